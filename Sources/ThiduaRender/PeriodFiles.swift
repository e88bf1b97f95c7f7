/// The pages of a campaign's past periods (`ky/<date>/`): for each snapshot
/// but the current, its leaderboard and its indicator pages. Tables only: no
/// charts, no unit or group pages.
extension RenderStage {
    /// One job per period. `image` and `description` are the campaign home's
    /// share card and text (the periods have no cards of their own).
    static func periodJobs(_ pages: CampaignPages, renderer: KeyedPages, sharing: Sharing,
                           image: ShareImage, description: String) -> [Job] {
        let campaign = pages.campaign, paths = pages.paths
        return pages.pastPeriods.map { s in
            {
                let at = pages.at(s)
                let folder = paths.period(campaign.snapshots[s].date)
                func shared<Model: SharablePage>(_ model: Model, _ path: String) -> Model {
                    model.sharing(sharing.meta(page: path, title: model.layout.pageTitle, description: description, image: image))
                }
                var files = [renderer.page(shared(at.periodPage(), folder), "period", folder + "index.html")]
                for (k, indicator) in campaign.indicators.enumerated() {
                    let path = paths.indicator(indicator.id, at: s, of: campaign)
                    files.append(renderer.page(shared(at.indicatorPage(k), path), "indicator", path + "index.html"))
                }
                return (files, [])
            }
        }
    }
}
