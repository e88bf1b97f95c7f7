import Foundation
import Testing
@testable import ThiduaSupport
@testable import ThiduaLoad
@testable import ThiduaModel
@testable import ThiduaRank
@testable import ThiduaChart
@testable import ThiduaRender
@testable import ThiduaWrite
@testable import ThiduaCore

/// The theme compiled against the page models: every model's fields are
/// found through the compiler's metadata, every template compiles, and an
/// error points at the theme author's text.
struct CompiledThemeTests {
    /// Every model type reachable from the page models, by walking their fields' kinds.
    static func modelKinds() -> [String: TemplateKind] {
        var found: [String: TemplateKind] = [:]
        func walk(_ kind: TemplateKind) {
            if let array = kind as? ArrayKindProbe { walk(array.elementKind); return }
            guard let model = kind as? ModelKindProbe, found[kind.typeName] == nil else { return }
            found[kind.typeName] = kind
            for field in model.probeFields { walk(field.kind) }
        }
        for (_, model) in PageRenderer.pageModels { walk(model.templateKind) }
        return found
    }

    @Test func everyStoredPropertyOfEveryPageModelIsResolvable() throws {
        let kinds = Self.modelKinds()
        #expect(kinds.keys.sorted() == [
            "AwardSummary", "AwardsPage", "CampaignCard", "Cell", "ChartBlock", "ColumnHeader", "EmbedGroup",
            "EmbedIndicator", "EmbedPage", "EmbedRow", "Figure", "FoldedLinks", "GrantEntry", "GroupPage", "GroupSection", "GroupSummary",
            "HistoryRow", "IndexPage", "IndicatorLine", "IndicatorPage", "IndicatorRow", "Layout", "LeaderboardPage",
            "Link", "MethodItem", "MethodSection", "Mover", "NeighbourLine", "NeighbourRow", "NotFoundPage", "PeriodItem",
            "PeriodList", "PeriodNav", "PeriodPage", "PersonGrant", "PlanPage", "RankedBarList", "RankedBarRow", "RingFigure", "Row",
            "ShareMeta", "TableShape",
            "TotalsBlock", "TotalsRow", "UnitPage",
        ])
        for (name, kind) in kinds.sorted(by: { $0.key < $1.key }) {
            let model = try #require(kind as? ModelKindProbe)
            #expect(model.probeUnsupported == [], "\(name)")
            // Every stored property Mirror sees has a field.
            #expect(model.probeStoredNames.allSatisfy { kind.field(named: $0) != nil }, "\(name)")
        }
        #expect(Self.modelKinds()["Cell"]?.field(named: "status") != nil)
        #expect(Self.modelKinds()["Cell"]?.field(named: "mark") != nil)
        #expect(Self.modelKinds()["IndicatorPage"]?.field(named: "columnCount") != nil)
    }

    @Test func everyRequiredTemplateHasItsModel() {
        #expect(Set(PageRenderer.pageModels.map(\.template)) == Set(RenderStage.requiredTemplates))
        #expect(PageRenderer.pageModels.count == RenderStage.requiredTemplates.count)
    }

    @Test func aTypeTheRendererCannotShowIsReported() {
        struct Odd: TemplateModel { var name: String; var when: Date; var inner: Inner }
        struct Inner { var x: Int }
        let kind = Odd.templateKind as! ModelKind<Odd>
        #expect(kind.unsupportedFields == ["when: Date", "inner: Inner"])
        #expect(kind.field(named: "name") != nil)
        #expect(kind.field(named: "when") == nil)
    }

    @Test func everyTemplateOfTheDefaultThemeCompilesAgainstItsModel() throws {
        let theme = try Self.defaultTheme()
        let templates = try TemplateLibrary.load(theme, required: RenderStage.requiredTemplates)
        let compiler = MustacheCompiler(templates: templates)
        for (template, model) in PageRenderer.pageModels {
            #expect(compiler.compile(template: template, for: model.templateKind) != nil, "\(template)")
        }
    }

    /// The repository's default theme, read from disk.
    static func defaultTheme() throws -> ThemeSource {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../../themes/default/templates").standardized
        var templates: [String: SourceFile] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".mustache") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            templates[String(name.dropLast(".mustache".count))] = SourceFile(path: "themes/default/templates/" + name, text: text)
        }
        return ThemeSource(path: "themes/default", templates: templates, strings: [:], assets: [:])
    }

    @Test func anUnknownNameRendersNothing() throws {
        let out = try Self.render("[{{href}}|{{#href}}x{{/href}}|{{^href}}y{{/href}}|{{text}}]", Link(text: "a", url: "b"))
        #expect(out == "[||y|a]")
    }

    @Test func aNilFieldClimbsToTheOuterValue() throws {
        let page = GroupSummary(name: "G", url: nil, units: "3", meetingAll: "1", leader: Link(text: "L", url: "/l"))
        #expect(try Self.render("{{#leader}}{{name}} {{url}}{{/leader}}", page) == "G /l")
        let none = GroupSummary(name: "G", url: "/g", units: "3", meetingAll: "1", leader: nil)
        #expect(try Self.render("{{#leader}}x{{/leader}}{{^leader}}{{url}}{{/leader}}", none) == "/g")
    }

    static func render<M: TemplateModel>(_ text: String, _ model: M, partials: [String: String] = [:]) throws -> String {
        var templates = try partials.mapValues { try MustacheParser.parse($0) }
        templates["t"] = try MustacheParser.parse(text)
        let step = try #require(MustacheCompiler(templates: templates).compile(template: "t", for: M.templateKind))
        var run = MustacheRun(capacity: 0)
        withUnsafePointer(to: model) { run.frames.append(UnsafeRawPointer($0)); step(&run) }
        return run.out.text
    }

    @Test func escapingIsBytewise() {
        #expect(HTMLEscaping.escape("Huyện Đắk Mil") == "Huyện Đắk Mil")
        // A combining mark after a quote does not hide it (browsers read code points).
        #expect(HTMLEscaping.escape("\"\u{301} onx=1 <\u{301}") == "&quot;\u{301} onx=1 &lt;\u{301}")
        #expect(HTMLEscaping.escape("Tom & Jerry's <b>") == "Tom &amp; Jerry&#39;s &lt;b&gt;")
        #expect(HTMLEscaping.escape("") == "")
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
        let frame = pages.unitFrame()
        for standing in pages.result.current {
            let unit = frame.unitPage(pages.unitFacts(standing, neighbourCells: Array(repeating: "<td></td>", count: pages.campaign.units.count)),
                                      charts: pages.unitCharts(standing.unit))
            models += [unit, frame.embedUnit(standing, page: unit),
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
        let table = MustacheData.object(strings.mapValues { .string($0) })
        let model = MustacheData.object(["layout": .object(["t": table]), "t": table])
        let text = "<p title=\"{{layout.t.tag}}\">{{t.rank}} {{{t.tag}}}</p>"
        let looked = try MustacheSpecTests.render(text, model)
        let filled = try MustacheSpecTests.render(TemplateLibrary.fillingUIStrings(text, strings), model)
        #expect(filled == looked)
        #expect(filled == "<p title=\"&lt;b&gt; &amp; &quot;x&quot;\">Hạng <b> & \"x\"</p>")
    }
}
