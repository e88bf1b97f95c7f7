import Foundation

/// Makes each unit's page, embed and share card (and, for smaller campaigns,
/// its charts as files) from the unit's `UnitFacts` on the campaign's
/// `unitFrame()`. With a `PageReuse`, each of the three whose key
/// (`UnitKeys`) is the live site's is kept; a unit whose three keys are
/// is neither modelled nor drawn.
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
        let folder = paths.unit(unit.id)
        let pagePath = folder + "index.html", embedPath = frame.embedPaths.unit(unit.id), cardPath = folder + Sharing.cardName
        let keys = keys?.keys(facts)
        func kept(_ path: String, _ key: KeyPath<(page: PageKey, embed: PageKey, card: PageKey), PageKey>) -> OutputFile? {
            guard let keys, renderer.reuse?.previous[path] == keys[keyPath: key] else { return nil }
            return OutputFile(kept: path, key: keys[keyPath: key])
        }
        let keptCard = kept(cardPath, \.card), keptPage = kept(pagePath, \.page), keptEmbed = kept(embedPath, \.embed)
        var files: [OutputFile] = []
        var cards: [CardSource] = []
        // The page's share tags carry the card's text and version: the card's SVG is made for either.
        var card: (text: String, image: ShareImage)?
        if keptCard == nil || keptPage == nil {
            let made = frame.unitCard(facts.standing)
            let (image, source) = sharing.prepare(made.card, folder: folder, key: keys?.card)
            card = (made.text, image)
            if keptCard == nil { cards.append(source) }
        }
        if let keptCard { files.append(keptCard) }
        // Drawn only for a unit whose page or chart files are made: a kept page's key says they are as they were.
        var drawn: UnitCharts?
        func charts() -> UnitCharts {
            if let drawn { return drawn }
            let made = pages.unitCharts(standing.unit)
            drawn = made
            return made
        }
        if let keptPage, let keptEmbed {
            files += [keptPage, keptEmbed]
        } else {
            // The embed is made from the page's model: both are modelled, and each rendered unless kept.
            let model = frame.unitPage(facts, charts: charts())
            let embed = frame.embedUnit(facts.standing, page: model)
            if let keptPage {
                files.append(keptPage)
            } else if let card {
                files.append(renderer.page(model.sharing(sharing.meta(
                    page: folder, title: model.layout.pageTitle, description: card.text, image: card.image,
                    embed: sharing.iframe(embedPath, title: unit.name, height: frame.embedHeight(embed)),
                    resizeAt: model.campaignURL)),
                                           "unit", pagePath, key: keys?.page))
            }
            files.append(keptEmbed ?? renderer.page(embed, "embed-unit", embedPath, key: keys?.embed))
        }
        progress?.advance()
        // Large campaigns keep each unit's charts inline only: thousands of
        // small files cost more to write and upload than they are worth.
        guard frame.unitChartFiles else { return (files, cards) }
        let unitCharts = charts()
        var made = [ChartDownload.files(path: paths.rankChart(unit: unit.id), svg: unitCharts.rankTrend.svg(width: .file),
                                        heading: frame.chartFileHeading(unit.name + " — " + unitCharts.rankTrend.title))]
        for (k, indicator) in frame.campaign.indicators.enumerated() {
            made.append(ChartDownload.files(path: paths.trendChart(unit: unit.id, indicator: indicator.id),
                                            svg: unitCharts.trends[k].svg(width: .file),
                                            heading: frame.chartFileHeading(unit.name + " — " + indicator.name)))
        }
        return (files + made.map(\.file), cards + made.compactMap(\.png))
    }
}
