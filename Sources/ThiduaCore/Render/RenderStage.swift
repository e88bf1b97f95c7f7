import Foundation
import Mustache

/// The Render stage: page models through the theme's Mustache templates,
/// open data and theme assets, as a list of output files sorted by path.
public enum RenderStage {
    static let requiredTemplates = ["index", "campaign", "unit", "indicator", "awards", "group", "plan", "404"]

    public static func render(site: Site, results: [CampaignResult], charts: [CampaignCharts],
                              strings: UIStrings, theme: ThemeSource, progress: BuildProgress? = nil) throws -> [OutputFile] {
        let context = PageContext(settings: site.settings, strings: strings)
        let library = try templates(theme)
        func page(_ model: Any, _ template: String, _ path: String) -> OutputFile {
            OutputFile(path: path, text: library.render(TemplateValue.convert(model), withTemplate: template) ?? "")
        }

        var files: [OutputFile] = []
        var cards: [CampaignCard] = []
        for (result, charts) in zip(results, charts) {
            let pages = CampaignPages(context: context, result: result, charts: charts)
            cards.append(pages.card())
            files += try campaignFiles(pages, page: page, progress: progress)
        }
        let index = IndexPage(
            layout: context.layout(title: site.settings.title, description: context.t("campaigns"),
                                   sample: false, breadcrumbs: []),
            campaigns: cards)
        files.append(page(index, "index", "index.html"))
        files.append(page(NotFoundPage(layout: context.layout(
            title: context.t("not_found_title"), description: context.t("not_found_text"), sample: false,
            breadcrumbs: [])), "404", "404.html"))
        for (path, data) in theme.assets { files.append(OutputFile(path: "assets/" + path, data: data)) }
        return files.sorted { Array($0.path.utf8).lexicographicallyPrecedes(Array($1.path.utf8)) }
    }

    static func campaignFiles(_ pages: CampaignPages, page: @escaping (Any, String, String) -> OutputFile,
                              progress: BuildProgress? = nil) throws -> [OutputFile] {
        let campaign = pages.campaign, paths = pages.paths, charts = pages.charts, result = pages.result
        var files = [
            page(pages.leaderboard(), "campaign", paths.home + "index.html"),
            page(pages.planPage(), "plan", paths.plan + "index.html"),
        ]
        if !campaign.awards.isEmpty { files.append(page(pages.awardsPage(), "awards", paths.awards + "index.html")) }
        if campaign.groups.count > 1 {
            for group in campaign.groups {
                if let model = pages.groupPage(group) { files.append(page(model, "group", paths.group(group.id) + "index.html")) }
            }
        }
        for (k, indicator) in campaign.indicators.enumerated() {
            files.append(page(pages.indicatorPage(k), "indicator", paths.indicator(indicator.id) + "index.html"))
            files.append(OutputFile(path: paths.distributionChart(indicator.id), text: charts.distributions[k].svg()))
        }
        // Unit pages are most of a large site: render them on every core.
        let perUnit = concurrentMap(result.current) { standing -> [OutputFile] in
            let unit = campaign.units[standing.unit]
            var unitFiles = [page(pages.unitPage(standing), "unit", paths.unit(unit.id) + "index.html")]
            progress?.advance()
            // Large campaigns keep each unit's charts inline only: thousands of
            // small files cost more to write and upload than they are worth.
            guard pages.unitChartFiles else { return unitFiles }
            unitFiles.append(OutputFile(path: paths.rankChart(unit: unit.id), text: charts.rankTrends[standing.unit].svg()))
            for (k, indicator) in campaign.indicators.enumerated() {
                unitFiles.append(OutputFile(path: paths.trendChart(unit: unit.id, indicator: indicator.id),
                                            text: charts.trends[standing.unit][k].svg()))
            }
            return unitFiles
        }
        files += perUnit.joined()
        for (group, chart) in charts.groupBars.sorted(by: { $0.key < $1.key }) {
            files.append(OutputFile(path: paths.groupChart(group), text: chart.svg(standalone: true)))
        }
        files.append(OutputFile(path: paths.data + "leaderboard.json",
                                text: OpenData.leaderboard(result, format: pages.format).serialized() + "\n"))
        files.append(OutputFile(path: paths.data + "leaderboard.csv",
                                data: try OpenData.leaderboardCSV(result, format: pages.format)))
        return files
    }

    /// `transform` applied to every element on all cores; results in input order.
    static func concurrentMap<T, R>(_ items: [T], _ transform: (T) -> R) -> [R] {
        var results = [R?](repeating: nil, count: items.count)
        results.withUnsafeMutableBufferPointer { buffer in
            // Each iteration writes only its own slot.
            let slots = buffer
            DispatchQueue.concurrentPerform(iterations: items.count) { i in
                slots[i] = transform(items[i])
            }
        }
        return results.map { $0! }
    }

    static func templates(_ theme: ThemeSource) throws -> MustacheLibrary {
        var library = MustacheLibrary()
        for name in requiredTemplates where theme.templates[name] == nil {
            throw BuildFailure([.error(SourceLocation(path: joinPath(theme.path, "templates", name + ".mustache")),
                "the theme has no template \"\(name)\"")])
        }
        for (name, file) in theme.templates.sorted(by: { $0.key < $1.key }) {
            do {
                try library.register(file.text, named: name)
            } catch {
                throw BuildFailure([.error(SourceLocation(path: file.path), "the template cannot be read: \(error)")])
            }
        }
        return library
    }
}
