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
        #expect(found.count == ChartLook.allCases.count, "\(stylesheet) has a chart look no chart draws")
    }

    @Test func declarationsAndMarkupSayTheSame() {
        #expect(ChartLook.line.declarations
            == "fill: none; stroke: #0072B2; stroke-width: 3; stroke-linejoin: round; vector-effect: non-scaling-stroke;")
        #expect(ChartLook.line.markup == "fill=\"none\" stroke=\"#0072B2\" stroke-width=\"3\" stroke-linejoin=\"round\"")
        #expect(ChartLook.value.declarations == "font-size: 15px; font-weight: bold; fill: #1a1a1a;")
        #expect(ChartLook.value.markup == "font-size=\"15\" font-weight=\"bold\" fill=\"#1a1a1a\"")
        #expect(Set(ChartLook.allCases.map(\.className)).count == ChartLook.allCases.count)
    }

    @Test func aChartInAPageNamesItsLooksAndAFileCarriesThem() {
        let trend = UnitChartSVGTests.trend, bullet = UnitChartSVGTests.count
        let page = trend.svg(width: .fluid) + bullet.svg(width: .fluid)
        let file = trend.svg(width: .fixed(640)) + bullet.svg(width: .fixed(640))
        for look in ChartLook.allCases {
            #expect(page.contains("class=\"\(look.className)\""), "\(look)")
            #expect(file.contains(look.markup), "\(look)")
            #expect(!page.contains(look.markup), "\(look)")
        }
        #expect(!file.contains("class=\"c"))
    }
}
