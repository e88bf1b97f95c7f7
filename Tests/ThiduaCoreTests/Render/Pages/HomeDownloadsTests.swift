import Foundation
import Testing
@testable import ThiduaSupport
@testable import ThiduaModel
@testable import ThiduaRender
@testable import ThiduaCore

/// The campaign home's "Tải dữ liệu" list: the history files are listed
/// one by one for a few groups, and folded into one item for many.
@Suite struct HomeDownloadsTests {
    /// A built site whose campaign has `count` groups of one unit each.
    static func site(groups count: Int) -> TestSite {
        let ids = (1...count).map { "k\($0)" }
        return TestSite([
            "c/campaign.md": campaignMD("""
                title: "T"
                period: {start: 2024-01-01, end: 2024-12-31}
                groups: [\(ids.map { "{id: \($0), name: \"Tỉnh \($0.uppercased())\"}" }.joined(separator: ", "))]
                metrics: [{id: v}]
                indicators: [{id: x, name: "Chỉ số X", formula: "v"}]
                """),
            "c/units.csv": "id,name,group\n" + ids.map { "u-\($0),Xã \($0),\($0)\n" }.joined(),
            "c/data/2024-01-31.csv": "unit,v\n" + ids.enumerated().map { "u-\($1),\($0)\n" }.joined(),
            "c/data/2024-02-29.csv": "unit,v\n" + ids.enumerated().map { "u-\($1),\($0 + 1)\n" }.joined(),
        ])
    }

    static func pages(groups count: Int) throws -> CampaignPages {
        let analysis = try site(groups: count).analyse()
        return CampaignPages(context: PageContext(settings: analysis.site.settings, strings: analysis.strings),
                             result: analysis.results[0], charts: analysis.charts[0])
    }

    @Test func sixGroupsListTheirHistoryFiles() throws {
        let home = try Self.pages(groups: 6).leaderboard()
        #expect(home.foldedHistory == nil)
        #expect(home.downloads.map(\.url) == ["/thidua/c/data/leaderboard.csv", "/thidua/c/data/leaderboard.json"]
            + (1...6).map { "/thidua/c/data/history-k\($0).csv" })
        #expect(home.readme.url == "/thidua/c/data/README.txt")
        #expect(home.downloads[2].text == "Số liệu mọi kỳ của các đơn vị — Tỉnh K1 (CSV)")
    }

    @Test func sevenGroupsFoldTheirHistoryFilesIntoOneItem() throws {
        let site = Self.site(groups: 7)
        _ = try site.build()
        let html = try #require(site.text("c/index.html"))
        let start = try #require(html.range(of: "<section class=\"downloads\">"))
        let end = try #require(html.range(of: "</section>", range: start.upperBound..<html.endIndex))
        let files = (1...7).map { "<li><a href=\"/thidua/c/data/history-k\($0).csv\">Tỉnh K\($0) (CSV)</a></li>" }.joined()
        #expect(String(html[start.lowerBound..<end.upperBound]) == """
            <section class="downloads">
            <h2>Tải dữ liệu</h2>
            <ul><li><a href="/thidua/c/data/leaderboard.csv">Bảng xếp hạng (CSV, mở bằng Excel)</a></li>\
            <li><a href="/thidua/c/data/leaderboard.json">Bảng xếp hạng (JSON)</a></li>
            <li><details class="folded"><summary>Số liệu mọi kỳ của các đơn vị, mỗi khối một tệp CSV (7 tệp)</summary>\
            <ul>\(files)</ul></details></li>
            <li><a href="/thidua/c/data/README.txt">Mô tả dữ liệu (README)</a></li></ul>
            </section>
            """)
        // A past period's own downloads section, which a past indicator page links, is not folded.
        let period = try #require(site.text("c/ky/2024-01-31/index.html"))
        #expect(!period.contains("class=\"folded\""))
    }
}
