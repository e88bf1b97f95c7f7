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

/// A chart in a page takes its looks from the theme's stylesheets, a chart
/// file from its own attributes: the two must paint alike, and embed.css
/// (which an embed loads instead of style.css) must repeat style.css.
struct ChartLookTests {
    /// `.fluid .cg { … }` rules of a stylesheet: class name → declarations.
    func rules(_ stylesheet: String) throws -> [String: String] {
        let url = TestSite.repository.appendingPathComponent("themes/default/assets/" + stylesheet)
        let text = try String(contentsOf: url, encoding: .utf8)
        var found: [String: String] = [:]
        for line in text.split(separator: "\n") where line.hasPrefix(".fluid .") {
            let parts = line.dropFirst(".fluid .".count).split(separator: "{", maxSplits: 1)
            let name = parts[0].trimmingCharacters(in: .whitespaces)
            let body = parts[1].split(separator: "}")[0].trimmingCharacters(in: .whitespaces)
            found[name] = body
        }
        return found
    }

    @Test(arguments: ["style.css", "embed.css"])
    func everyLookIsTheStylesheetsRule(stylesheet: String) throws {
        let found = try rules(stylesheet)
        for look in ChartLook.allCases {
            #expect(found[look.className] == look.declarations, "\(stylesheet): .fluid .\(look.className)")
        }
        // A text's anchor in a page is a class of its own (`SVGWriter.textAnchor`).
        #expect(found["e"] == "text-anchor: end;" && found["m"] == "text-anchor: middle;", "\(stylesheet)")
        #expect(found.count == ChartLook.allCases.count + 2, "\(stylesheet) has a chart look no chart draws")
    }

    @Test func declarationsAndMarkupSayTheSame() {
        #expect(ChartLook.line.declarations
            == "fill: none; stroke: #0072B2; stroke-width: 3; stroke-linejoin: round; vector-effect: non-scaling-stroke;")
        #expect(ChartLook.line.markup == "fill=\"none\" stroke=\"#0072B2\" stroke-width=\"3\" stroke-linejoin=\"round\"")
        #expect(ChartLook.value.declarations == "font-size: 15px; font-weight: bold; fill: #1a1a1a;")
        #expect(ChartLook.value.markup == "font-size=\"15\" font-weight=\"bold\" fill=\"#1a1a1a\"")
        #expect(Set(ChartLook.allCases.map(\.className)).count == ChartLook.allCases.count)
    }

    /// Ranked bars on a signed axis with a target: every look a ranked bar draws.
    static let bars = RankedBarChart(
        id: "bars-x", title: "T", description: "D",
        bars: [.init(unit: 0, rank: "1", name: "A", value: 0.6, valueText: "+60", met: true),
               .init(unit: 1, rank: "2", name: "B", value: -0.05, valueText: "-5", met: false)],
        axis: BarAxis(low: -0.1, high: 1, ticks: [.init(value: -0.1, text: "-10"), .init(value: 0, text: "0"),
                                                  .init(value: 1, text: "+100")], signed: true, unit: "u"),
        target: 0.5, targetText: "≥ 50", metText: "đạt", missedText: "chưa đạt", metKey: "Đạt", missedKey: "Chưa đạt")

    @Test func aChartInAPageNamesItsLooksAndAFileCarriesThem() throws {
        let trend = UnitChartSVGTests.trend, bullet = UnitChartSVGTests.count, percent = UnitChartSVGTests.percent
        let distribution = DistributionChartTests.small, bars = Self.bars
        let rows = try bars.bars.map { try #require(bars.rowSVG($0)) }.joined()
        let page = [trend.svg(width: .fluid), bullet.svg(width: .fluid), percent.svg(width: .fluid), distribution.svg(),
                    rows, bars.axisSVG(), RankedBarChart.swatch(met: true), RankedBarChart.swatch(met: false),
                    RankedBarChart.targetSwatch].joined()
        // A file writes a text's anchor amid the look's attributes (before the fill).
        let file = [trend.svg(width: .fixed(640)), bullet.svg(width: .fixed(640)), percent.svg(width: .fixed(640)),
                    distribution.svg(width: .file), bars.svg(width: .file)].joined()
            .replacing(#/ text-anchor="\w+"/#, with: "")
        for look in ChartLook.allCases {
            #expect(page.contains("class=\"\(look.className)\"") || page.contains("class=\"\(look.className) "), "\(look)")
            #expect(file.contains(look.markup), "\(look)")
            #expect(!page.contains(look.markup), "\(look)")
        }
        #expect(!file.contains("class=\"c"))
        // A page's pictures take their namespace from the HTML parser and their font from the stylesheet.
        #expect(!page.contains("xmlns") && !page.contains("font-family"))
    }

    @Test func aTextsAnchorIsAClassInAPageAndGoesBeforeTheFillInAFile() {
        var page = SVGWriter(hiddenInPage: "x", width: .share(1), height: 10, capacity: 0)
        page.openText(x: .share(0.5), y: 8)
        page.look(.targetLabel, anchor: "middle")
        page.endText("a")
        #expect(page.closed() == """
            <svg width="100%" height="10" class="fluid x" aria-hidden="true">
            <text x="50%" y="8" class="cf m">a</text>
            </svg>

            """)
        var file = SVGWriter(width: .file, height: 10, title: "", description: "", capacity: 0)
        file.openText(x: .share(0.5), y: 8)
        file.look(.targetLabel, anchor: "end")
        file.endText("a")
        file.openText(x: .px(3), y: 8)
        file.look(.muted, anchor: nil)
        file.endText("b")
        #expect(file.closed().hasSuffix("""
            <text x="50%" y="8" font-size="14" font-weight="bold" text-anchor="end" fill="#1a1a1a">a</text>
            <text x="3" y="8" font-size="13" fill="#4a5565">b</text>
            </svg>

            """))
    }
}
