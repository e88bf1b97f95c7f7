/// The pages of a campaign's past periods (`ky/<date>/`): for each snapshot
/// but the current, its leaderboard and its indicator pages. Tables only: no
/// charts, no unit or group pages. Each period's pages are made from that
/// snapshot's and the previous one's figures alone, and keyed by them
/// (`PeriodKeys`).
extension RenderStage {
    /// One job per period. `image` and `description` are the campaign home's
    /// share card and text (the periods have no cards of their own).
    static func periodJobs(_ pages: CampaignPages, renderer: KeyedPages, digests: SnapshotDigests?, sharing: Sharing,
                           image: ShareImage, description: String) -> [Job] {
        let campaign = pages.campaign, paths = pages.paths
        let keys = PeriodKeys(pages: pages, renderer: renderer, digests: digests, image: image, description: description)
        return pages.pastPeriods.map { s in
            {
                // Made once, and only when a page of the period is made.
                var slice: CampaignPages?
                func at() -> CampaignPages {
                    if let slice { return slice }
                    let made = pages.at(s).sliced(pages.result.keeping(snapshots: s > 0 ? [s - 1, s] : [s]))
                    slice = made
                    return made
                }
                let folder = paths.period(campaign.snapshots[s].date)
                func shared<Model: SharablePage>(_ model: Model, _ path: String) -> Model {
                    model.sharing(sharing.meta(page: path, title: model.layout.pageTitle, description: description, image: image))
                }
                var files = [renderer.page("period", folder + "index.html", key: keys?.key("period", at: s)) {
                    shared(at().periodPage(), folder)
                }]
                for (k, indicator) in campaign.indicators.enumerated() {
                    let path = paths.indicator(indicator.id, at: s, of: campaign)
                    files.append(renderer.page("indicator", path + "index.html", key: keys?.key("indicator", at: s, indicator: k)) {
                        shared(at().indicatorPage(k), path)
                    })
                }
                return (files, [])
            }
        }
    }
}
