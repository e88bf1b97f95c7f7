import Foundation

/// The Render stage: page models through the theme's Mustache templates,
/// open data and theme assets, as a list of output files sorted by path.
public enum RenderStage {
    static let requiredTemplates = ["index", "campaign", "unit", "indicator", "awards", "group", "plan", "404", "period",
                                    "embed-campaign", "embed-unit", "neighbour-row"]

    /// Receives the files as they are rendered (from any core, a piece of
    /// a campaign at a time), before the Render stage returns them all.
    public typealias Delivery = @Sendable ([OutputFile]) -> Void

    /// The files, and the share cards the Write stage still has to rasterise.
    /// With `reuse`, every page is keyed and the pages the live site has
    /// with the same key are kept, not rendered (`OutputFile.kept`); every
    /// file goes to `deliver` too, once, as soon as it is made, and the
    /// files returned then have no bytes (`OutputFile.withoutBytes`).
    public static func renderSite(site: Site, results: [CampaignResult], charts: [CampaignCharts],
                                  strings: UIStrings, theme: ThemeSource, progress: BuildProgress? = nil,
                                  reuse: PageReuse? = nil, deliver: Delivery? = nil) throws -> RenderedSite {
        let context = PageContext(settings: site.settings, strings: strings)
        var sharing = Sharing(context: context)
        let templates = try TemplateLibrary.load(theme, required: requiredTemplates, strings: strings)
        let renderer = KeyedPages(renderer: PageRenderer(templates: templates), reuse: reuse, theme: theme,
                                  templates: templates, strings: strings)

        var files: [OutputFile] = []
        var cards: [CampaignCard] = []
        var reports: [ReportSource] = []
        var digests = MemoEntries()
        for (result, charts) in zip(results, charts) {
            let pages = CampaignPages(context: context, result: result, charts: charts)
            cards.append(pages.card())
            files += try campaignFiles(pages, renderer: renderer, progress: progress, sharing: &sharing, digests: &digests,
                                       reports: &reports, deliver: deliver)
        }
        let siteCard = sharing.siteCard(site.campaigns)
        let index = IndexPage(
            layout: context.layout(title: site.settings.title, description: context.t("campaigns"),
                                   sample: false, breadcrumbs: []),
            campaigns: cards
        ).sharing(sharing.meta(page: "", title: site.settings.title, description: siteCard.description,
                               image: sharing.image(siteCard, folder: "")))
        let campaignsEnd = files.count
        files.append(renderer.page(index, "index", "index.html"))
        files.append(renderer.page(NotFoundPage(layout: context.layout(
            title: context.t("not_found_title"), description: context.t("not_found_text"), sample: false,
            breadcrumbs: [])), "404", "404.html"))
        for (path, data) in theme.assets { files.append(OutputFile(path: "assets/" + path, data: data)) }
        files += siteFeeds(site: site, results: results, charts: charts, context: context, pages: files)
        if let deliver {
            deliver(Array(files[campaignsEnd...]))
            for i in files.indices[campaignsEnd...] { files[i] = files[i].withoutBytes }
        }
        let ordered = files.sortedByBytes(of: \.path)
        // Two pages on one path would overwrite each other unpredictably: the
        // content checks prevent it, and this makes sure of it.
        for (a, b) in zip(ordered, ordered.dropFirst()) where a.path == b.path {
            throw BuildFailure([.error(SourceLocation(path: a.path),
                .twoPagesOnePath)])
        }
        let images = sharing.cards.sortedByBytes(of: \.path)
        try checkImagePaths(images, files: ordered)
        return RenderedSite(files: ordered, cards: images, reports: reports.sortedByBytes(of: \.path), digests: digests)
    }

    /// A piece of a campaign's output that can be rendered on any core: a
    /// page or a data file, or a unit's pages with the unit's share card,
    /// with the PNGs (cards, charts' downloads) the Write stage rasterises.
    typealias Job = () throws -> (files: [OutputFile], cards: [CardSource])

    /// `digests`: gets the snapshot digests made for the pages' keys, to
    /// keep; `reports`: the campaign's official reports (`reportSources`).
    static func campaignFiles(_ pages: CampaignPages, renderer: KeyedPages, progress: BuildProgress? = nil,
                              sharing: inout Sharing, digests kept: inout MemoEntries, reports: inout [ReportSource],
                              deliver: Delivery? = nil) throws -> [OutputFile] {
        let campaign = pages.campaign, paths = pages.paths, charts = pages.charts, result = pages.result
        // Cards of the campaign's own pages are registered here, in page
        // order; everything else is rendered by jobs spread over the cores.
        let home = pages.homeCard()
        let homeImage = sharing.image(home.card, folder: paths.home)
        let plan = pages.planCard()
        let planImage = sharing.image(plan.card, folder: paths.plan)
        let awards = campaign.awards.isEmpty ? nil : pages.awardsCard()
        let awardsImage = awards.map { sharing.image($0.card, folder: paths.awards) }
        let indicatorCards = campaign.indicators.indices.map(pages.indicatorCard)
        let indicatorImages = zip(campaign.indicators, indicatorCards).map { sharing.image($1.card, folder: paths.indicator($0.id)) }
        let share = sharing
        func files(_ list: @escaping () throws -> [OutputFile]) -> Job { { (try list(), []) } }

        // The longest jobs first, so that no core is left with one at the end.
        let history = HistoryCSV(result, format: pages.format)
        // Only where there are keys to make (a render with `PageReuse`, a campaign read from files).
        let historyKeys = HistoryKeys(pages: pages, renderer: renderer)
        let digests = historyKeys.map { _ in SnapshotDigests(result, history: history, memo: renderer.reuse?.digests ?? [:]) }
        if let digests {
            kept.fresh.merge(digests.kept.fresh) { first, _ in first }
            kept.used.formUnion(digests.kept.used)
        }
        reports += pages.reportSources(keys: ReportKeys.keys(pages: pages, renderer: renderer, digests: digests))
        var jobs: [Job] = history.groups.indices.map { f in
            files {
                let key = digests.flatMap { historyKeys?.key(file: f, of: history, digests: $0) }
                return [renderer.file(paths.history(group: history.groups[f], of: campaign), key: key) { history.data(file: f) }]
            }
        }
        jobs += [
            files {
                [OutputFile(path: paths.data + "leaderboard.json",
                            text: OpenData.leaderboard(result, format: pages.format).serialized() + "\n"),
                 OutputFile(path: paths.data + "leaderboard.csv", data: try OpenData.leaderboardCSV(result, format: pages.format)),
                 OutputFile(path: paths.data + "README.txt", text: DataReadme(pages: pages).text())]
            },
            files {
                let embedHome = pages.embedHome()
                return [
                    renderer.page(pages.leaderboard().sharing(share.meta(
                        page: paths.home, title: campaign.title, description: home.text, image: homeImage,
                        embed: share.iframe(pages.embedPaths.home, title: campaign.title, height: pages.embedHeight(embedHome)))),
                         "campaign", paths.home + "index.html"),
                    renderer.page(embedHome, "embed-campaign", pages.embedPaths.home + "index.html"),
                    renderer.page(pages.planPage().sharing(share.meta(page: paths.plan, title: pages.context.t("plan") + " — " + campaign.title,
                                                             description: plan.text, image: planImage)),
                         "plan", paths.plan + "index.html"),
                ]
            },
        ]
        if let awards, let awardsImage {
            jobs.append(files { [renderer.page(pages.awardsPage().sharing(share.meta(
                page: paths.awards, title: pages.context.t("awards") + " — " + campaign.title, description: awards.text,
                image: awardsImage)), "awards", paths.awards + "index.html")] })
        }
        for (k, indicator) in campaign.indicators.enumerated() {
            jobs.append {
                let model = pages.indicatorPage(k)
                let distribution = charts.distributions[k]
                let chart = ChartDownload.files(path: paths.distributionChart(indicator.id), svg: distribution.svg(width: .file),
                                                heading: pages.chartFileHeading(indicator.name, description: distribution.description,
                                                                                statuses: distribution.dots.map(\.met)))
                return ([renderer.page(model.sharing(share.meta(page: paths.indicator(indicator.id), title: model.layout.pageTitle,
                                                       description: indicatorCards[k].text, image: indicatorImages[k])),
                              "indicator", paths.indicator(indicator.id) + "index.html"), chart.file],
                        chart.png.map { [$0] } ?? [])
            }
        }
        if campaign.hasGroups {
            for group in campaign.groups {
                jobs.append(files {
                    guard let model = pages.groupPage(group) else { return [] }
                    return [renderer.page(model.sharing(share.meta(page: paths.group(group.id), title: model.layout.pageTitle,
                                                          description: home.text, image: homeImage)),
                                 "group", paths.group(group.id) + "index.html")]
                })
            }
        }
        jobs += periodJobs(pages, renderer: renderer, digests: digests, sharing: share, image: homeImage, description: home.text)
        jobs.append {
            let made = charts.groupBars.sorted(by: { $0.key < $1.key }).map { group, chart in
                ChartDownload.files(path: paths.groupChart(group), svg: chart.svg(width: .file),
                                    heading: pages.chartFileHeading(nil, statuses: chart.bars.map(\.met)),
                                    png: ChartDownload.hasPNG(rankedRows: chart.bars.count))
            }
            return (made.map(\.file), made.compactMap(\.png))
        }
        // A unit's row in the neighbours table is on five unit pages (its
        // own, highlighted, and its neighbours'): its cells are rendered once here.
        var neighbourCells = [String](repeating: "", count: campaign.units.count)
        for (standing, cells) in zip(result.current, Parallel.map(result.current) { renderer.neighbourRow(pages.row($0, inGroup: true), pages.table) }) {
            neighbourCells[standing.unit] = cells
        }
        let units = UnitJob(pages: pages, renderer: renderer, neighbourCells: neighbourCells, sharing: share)
        for standing in result.current {
            jobs.append {
                units.files(standing, progress: progress)
            }
        }
        let done = try Parallel.map(jobs) { job in
            Result {
                let made = try job()
                guard let deliver else { return made }
                deliver(made.files)
                // The bytes are the delivery's now: a national site's pages are 150 MB.
                return (made.files.map(\.withoutBytes), made.cards)
            }
        }.map { try $0.get() }
        sharing.add(done.flatMap(\.cards))
        return done.flatMap(\.files)
    }

    /// Two images, or an image and a file, on one path would overwrite each
    /// other: a chart's PNG beside its SVG could meet a share card
    /// (`anh-chia-se.png`) only through an indicator named so.
    static func checkImagePaths(_ cards: [CardSource], files: [OutputFile]) throws {
        var clash: String?
        for (a, b) in zip(cards, cards.dropFirst()) where a.path == b.path { clash = a.path }
        var i = files.startIndex
        for card in cards where clash == nil {
            while i < files.endIndex, files[i].path.utf8.lexicographicallyPrecedes(card.path.utf8) { i += 1 }
            if i < files.endIndex, files[i].path == card.path { clash = card.path }
        }
        if let clash {
            throw BuildFailure([.error(SourceLocation(path: clash), .twoImagesOnePath)])
        }
    }
}
