import Foundation
import Mustache

/// The Render stage: page models through the theme's Mustache templates,
/// open data and theme assets, as a list of output files sorted by path.
public enum RenderStage {
    static let requiredTemplates = ["index", "campaign", "unit", "plan", "404"]

    public static func render(site: Site, results: [CampaignResult], charts: [CampaignCharts],
                              strings: UIStrings, theme: ThemeSource) throws -> [OutputFile] {
        let context = PageContext(settings: site.settings, strings: strings)
        let library = try templates(theme)
        func page(_ model: Any, _ template: String, _ path: String) -> OutputFile {
            OutputFile(path: path, text: library.render(model, withTemplate: template) ?? "")
        }

        var files: [OutputFile] = []
        var cards: [CampaignCard] = []
        for (result, charts) in zip(results, charts) {
            let campaign = result.campaign
            let pages = CampaignPages(context: context, result: result, charts: charts)
            cards.append(pages.card())
            files.append(page(pages.leaderboard(), "campaign", "\(campaign.slug)/index.html"))
            files.append(page(pages.planPage(), "plan", "\(campaign.slug)/ke-hoach/index.html"))
            for standing in result.current {
                files.append(page(pages.unitPage(standing), "unit",
                                  "\(campaign.slug)/\(campaign.units[standing.unit].id)/index.html"))
            }
            for (group, chart) in charts.groupBars.sorted(by: { $0.key < $1.key }) {
                files.append(OutputFile(path: "\(campaign.slug)/data/xep-hang-\(group).svg", text: chart.svg()))
            }
            files.append(OutputFile(path: "\(campaign.slug)/data/leaderboard.json",
                                    text: OpenData.leaderboard(result, format: context.format).serialized() + "\n"))
            files.append(OutputFile(path: "\(campaign.slug)/data/leaderboard.csv",
                                    data: try OpenData.leaderboardCSV(result, format: context.format)))
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
