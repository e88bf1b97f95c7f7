import Foundation

/// Makes each unit's page and embed (and, for smaller campaigns, its charts
/// as files) from the unit's `UnitFacts` on the campaign's `unitFrame()`,
/// with its share card. With a `PageReuse`, a unit whose keys (`UnitKeys`)
/// are the live site's is not modelled at all: its two files are kept.
struct UnitJob {
    let pages: CampaignPages
    let frame: CampaignPages
    let renderer: KeyedPages
    let keys: UnitKeys?
    /// `[unit]`: the cells of the unit's row in a neighbours table.
    let neighbourCells: [String]
    let sharing: Sharing

    init(pages: CampaignPages, renderer: KeyedPages, neighbourCells: [String], sharing: Sharing) {
        self.pages = pages
        frame = pages.unitFrame()
        self.renderer = renderer
        keys = UnitKeys(frame: frame, renderer: renderer)
        self.neighbourCells = neighbourCells
        self.sharing = sharing
    }

    func files(_ standing: Standing, progress: BuildProgress?) -> (files: [OutputFile], cards: [CardSource]) {
        let facts = pages.unitFacts(standing, neighbourCells: neighbourCells)
        let paths = frame.paths
        let unit = frame.campaign.units[standing.unit]
        let card = frame.unitCard(facts.standing)
        let (image, source) = sharing.prepare(card.card, folder: paths.unit(unit.id))
        let pagePath = paths.unit(unit.id) + "index.html", embedPath = frame.embedPaths.unit(unit.id)
        let keys = keys?.keys(facts)
        let previous = renderer.reuse?.previous
        let keepPage = keys != nil && previous?[pagePath] == keys?.page
        let keepEmbed = keys != nil && previous?[embedPath] == keys?.embed
        let files: [OutputFile]
        if let keys, keepPage, keepEmbed {
            files = [OutputFile(kept: pagePath, key: keys.page), OutputFile(kept: embedPath, key: keys.embed)]
        } else {
            // The embed is made from the page's model: both are modelled, and each rendered unless kept.
            let model = frame.unitPage(facts)
            let embed = frame.embedUnit(facts.standing, page: model)
            let page = keys.flatMap { keepPage ? OutputFile(kept: pagePath, key: $0.page) : nil }
                ?? renderer.page(model.sharing(sharing.meta(
                    page: paths.unit(unit.id), title: model.layout.pageTitle, description: card.text, image: image,
                    embed: sharing.iframe(frame.embedPaths.unit(unit.id), title: unit.name, height: frame.embedHeight(embed)))),
                                 "unit", pagePath, key: keys?.page)
            files = [page, keys.flatMap { keepEmbed ? OutputFile(kept: embedPath, key: $0.embed) : nil }
                        ?? renderer.page(embed, "embed-unit", embedPath, key: keys?.embed)]
        }
        progress?.advance()
        // Large campaigns keep each unit's charts inline only: thousands of
        // small files cost more to write and upload than they are worth.
        guard frame.unitChartFiles else { return (files, [source]) }
        var made = [ChartDownload.files(path: paths.rankChart(unit: unit.id), svg: facts.rankTrend.svg(width: .file))]
        for (k, indicator) in frame.campaign.indicators.enumerated() {
            made.append(ChartDownload.files(path: paths.trendChart(unit: unit.id, indicator: indicator.id),
                                            svg: facts.trends[k].svg(width: .file)))
        }
        return (files + made.map(\.file), [source] + made.compactMap(\.png))
    }
}
