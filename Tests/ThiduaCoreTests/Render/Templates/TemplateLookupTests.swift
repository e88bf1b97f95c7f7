import Foundation
import Mustache
import Testing
@testable import ThiduaSupport
@testable import ThiduaLoad
@testable import ThiduaModel
@testable import ThiduaRank
@testable import ThiduaChart
@testable import ThiduaRender
@testable import ThiduaWrite
@testable import ThiduaCore

/// Page models answer templates by name (`PageModelLookup.swift`,
/// `ShareModelLookup.swift`) instead of through `Mirror`: every stored
/// property must be answered, with the value `Mirror` sees.
struct TemplateLookupTests {
    @Test func everyStoredPropertyIsAnsweredByName() throws {
        var checked = Set<String>()
        for model in try Self.everyPageModel() + [Self.compactLeaderboard()] { try Self.check(model, path: "\(type(of: model))", checked: &checked) }
        // Every model type was met at least once, with its optional parts filled.
        #expect(checked.sorted() == [
            "AwardSummary", "AwardsPage", "CampaignCard", "Cell", "ChartBlock", "ColumnHeader", "EmbedGroup",
            "EmbedIndicator", "EmbedPage", "EmbedRow", "Figure", "GrantEntry", "GroupPage", "GroupSection", "GroupSummary",
            "HistoryRow", "IndexPage", "IndicatorLine", "IndicatorPage", "IndicatorRow", "Layout", "LeaderboardPage",
            "Link", "MethodItem", "MethodSection", "Mover", "NeighbourLine", "NeighbourRow", "NotFoundPage", "PeriodItem",
            "PeriodList", "PeriodNav", "PeriodPage", "PersonGrant", "PlanPage", "RankedBarList", "RankedBarRow", "RingFigure", "Row",
            "ShareMeta", "TableShape",
            "TotalsBlock", "TotalsRow", "UnitPage",
        ])
    }

    @Test func anUnknownNameIsNil() {
        #expect(Link(text: "a", url: "b").child(named: "href") == nil)
        #expect(Link(text: "a", url: "b").child(named: "text") as? String == "a")
    }

    @Test func escapingMatchesSwiftMustacheAndClosesItsGap() throws {
        let samples = ["", "Sở Y tế", "<script>alert('x')</script>", "a & b \"c\"", "🇻🇳 <>", "x\u{301}<", "&amp;"]
        let plain = try MustacheTemplate(string: "{{.}}")
        for text in samples {
            #expect(HTMLEscaping.escape(text) == plain.render(text), "\(text)")
        }
        #expect(HTMLEscaping.escape("Huyện Đắk Mil") == "Huyện Đắk Mil")
        // A combining mark after a quote hides it from the library's
        // cluster-by-cluster escaping, not from ours (nor from browsers).
        let hidden = "\"\u{301} onx=1 <\u{301}", escaped = "&quot;\u{301} onx=1 &lt;\u{301}"
        let quote = "\"\u{301}"
        #expect(HTMLEscaping.escape(hidden) == escaped)
        #expect(plain.render(quote) == quote)
        #expect(HTMLEscaping.escape("Tom & Jerry's <b>") == "Tom &amp; Jerry&#39;s &lt;b&gt;")
    }

    @Test func aTemplateErrorNamesTheThemeAuthorsLineAndColumn() throws {
        let site = TestSite(["c/campaign.md": campaignMD("""
            title: "T"
            period: {start: 2024-01-01, end: 2024-12-31}
            metrics: [{id: v}]
            indicators: [{id: x, formula: "v"}]
            """), "c/units.csv": "id,name\na,A\n", "c/data/2024-05-01.csv": "unit,v\na,1\n"])
        try site.fs.write(Data("<h1>{{name}}</h1>\n<p>{{#items}}{{.}}{{/item}}</p>\n".utf8), to: "themes/default/templates/plan.mustache")
        #expect(site.errors() == [
            "themes/default/templates/plan.mustache:2:22: the template cannot be read (sectionCloseNameIncorrect); "
                + "check that every {{#section}} is closed by {{/section}} with the same name",
        ])
    }

    /// Walks a model as `Mirror` sees it and asks the lookup for each property.
    static func check(_ value: Any, path: String, checked: inout Set<String>) throws {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .struct?:
            let parent = try #require(value as? MustacheParent, "\(path): \(type(of: value)) answers no lookups")
            checked.insert("\(type(of: value))")
            for child in mirror.children {
                let label = try #require(child.label)
                let expected = unwrap(child.value), actual = parent.child(named: label)
                #expect(actual.map { String(describing: $0) } == expected.map { String(describing: $0) }, "\(path).\(label)")
                if let expected { try check(expected, path: path + "." + label, checked: &checked) }
            }
        case .collection?:
            for (i, child) in mirror.children.enumerated() { try check(child.value, path: "\(path)[\(i)]", checked: &checked) }
        default:
            break
        }
    }

    static func unwrap(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first.map(\.value)
    }

    /// The home page of a campaign large enough to list its groups.
    static func compactLeaderboard() throws -> Any {
        let analysis = try LargeCampaignTests.site().analyse()
        let context = PageContext(settings: analysis.site.settings, strings: analysis.strings)
        let page = CampaignPages(context: context, result: analysis.results[0], charts: analysis.charts[0]).leaderboard()
        #expect(page.compact)
        return page
    }

    /// Every kind of page of a campaign with groups, brackets, a baseline and awards.
    static func everyPageModel() throws -> [Any] {
        let site = TestSite([
            "c/campaign.md": campaignMD("""
                title: "Cải cách hành chính"
                issuer: "UBND tỉnh"
                document: "Số 1/KH"
                period: {start: 2024-01-01, end: 2024-12-31}
                baseline: 2024-01-31
                groups:
                  - {id: so, name: "Sở"}
                  - {id: xa, name: "Xã", brackets: {metric: total, bounds: [10]}}
                metrics: [{id: online}, {id: total}]
                indicators:
                  - {id: rate, name: "Tỷ lệ", formula: "online / total", format: percent, target: ">= 50%"}
                  - {id: gain, name: "Mức tăng", formula: "rate - baseline(rate)", format: points}
                ranking: {by: rate}
                awards:
                  - {id: khen, name: "Bằng khen", require: all_targets, top: 1, criteria: "Dẫn đầu khối."}
                  - {id: ca-nhan, name: "Bằng khen cá nhân", require: decided}
                """, body: "Kế hoạch **thi đua**."),
            "c/awards.csv": "award,unit,decision,date,person\nkhen,s1,Quyết định số 1/QĐ,15/01/2025,\nca-nhan,s1,Quyết định số 2/QĐ,,Nguyễn Văn A\n",
            "c/units.csv": "id,name,group\ns1,Sở Y tế,so\ns2,Sở Tư pháp,so\nx1,Xã Một,xa\nx2,Xã Hai,xa\n",
            "c/data/2024-01-31.csv": "unit,online,total\ns1,1,4\ns2,2,4\nx1,1,5\nx2,3,20\n",
            "c/data/2024-02-29.csv": "unit,online,total\ns1,3,4\ns2,1,4\nx1,4,5\nx2,9,20\n",
        ], site: "title: \"Thi đua\"\nbase_url: \"https://example.gov.vn/thidua/\"\norganization: \"Sở TT&TT\"\n")
        let analysis = try site.analyse()
        let context = PageContext(settings: analysis.site.settings, strings: analysis.strings)
        var sharing = Sharing(context: context)
        let pages = CampaignPages(context: context, result: analysis.results[0], charts: analysis.charts[0])
        let image = sharing.image(pages.homeCard().card, folder: pages.paths.home)
        let meta = sharing.meta(page: pages.paths.home, title: "T", description: "D", image: image, embed: "<iframe>")
        var models: [Any] = [
            pages.leaderboard().sharing(meta), pages.planPage(), pages.awardsPage(), pages.embedHome(),
            IndexPage(layout: context.layout(title: "T", description: "D", sample: false, breadcrumbs: []),
                      campaigns: [pages.card()]),
            NotFoundPage(layout: context.layout(title: "T", description: "D", sample: false, breadcrumbs: [])),
        ]
        models += pages.campaign.groups.compactMap(pages.groupPage)
        models += pages.campaign.indicators.indices.map(pages.indicatorPage)
        // The baseline's period: its leaderboard and indicator pages.
        let baseline = pages.at(0)
        models.append(baseline.periodPage())
        models += pages.campaign.indicators.indices.map(baseline.indicatorPage)
        for standing in pages.result.current {
            let unit = pages.unitPage(standing, neighbourCells: Array(repeating: "<td></td>", count: pages.campaign.units.count))
            models += [unit, pages.embedUnit(standing, page: unit),
                       NeighbourRow(row: pages.row(standing, highlight: standing.unit, inGroup: true), table: pages.table)]
        }
        return models
    }
}

/// UI strings are filled into the templates once per build.
struct UIStringFillingTests {
    let strings = ["rank": "Hạng", "tag": "<b> & \"x\"", "live": "{{name}}", "lines": "a\nb"]

    @Test func escapedRawAndLeftAlone() {
        let text = "{{layout.t.rank}}|{{ t.rank }}|{{layout.t.tag}}|{{{layout.t.tag}}}|{{#layout.t.rank}}x{{/layout.t.rank}}|"
            + "{{layout.t.missing}}|{{layout.t.live}}|{{layout.t.lines}}|{{layout.title}}|{{{layout.t.rank}}|{{^empty(t.rank)}}"
        #expect(TemplateLibrary.fillingUIStrings(text, strings) ==
            "Hạng|Hạng|&lt;b&gt; &amp; &quot;x&quot;|<b> & \"x\"|{{#layout.t.rank}}x{{/layout.t.rank}}|"
            + "{{layout.t.missing}}|{{layout.t.live}}|{{layout.t.lines}}|{{layout.title}}|{{{layout.t.rank}}|{{^empty(t.rank)}}")
    }

    @Test func sameOutputAsLookingThemUp() throws {
        let model: [String: Any] = ["layout": ["t": strings], "t": strings]
        let text = "<p title=\"{{layout.t.tag}}\">{{t.rank}} {{{t.tag}}}</p>"
        let looked = try MustacheTemplate(string: text).render(model)
        let filled = try MustacheTemplate(string: TemplateLibrary.fillingUIStrings(text, strings)).render(model)
        #expect(filled == looked)
        #expect(filled == "<p title=\"&lt;b&gt; &amp; &quot;x&quot;\">Hạng <b> & \"x\"</p>")
    }
}
