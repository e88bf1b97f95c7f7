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

/// The leaderboard of every past snapshot (`ky/<date>/`), its indicator
/// pages, the links between periods and the selector on the campaign home.
struct PeriodPagesTests {
    /// Four units over three snapshots; the last (31/03) is the current one,
    /// and Xã Châu has no row in it.
    ///
    ///              31/01  29/02  31/03
    ///   Xã An        10     50     50
    ///   Xã Bình      20     20     60
    ///   Xã Châu      30     35      —
    ///   Xã Dương     40     30     30
    static var site: TestSite { TestSite([
        "c/campaign.md": campaignMD("""
            title: "T"
            period: {start: 2024-01-01, end: 2024-12-31}
            metrics: [{id: v}]
            indicators: [{id: x, name: "Chỉ số X", formula: "v", target: ">= 50"}]
            ranking: {by: x}
            """),
        "c/units.csv": "id,name\na,Xã An\nb,Xã Bình\nc,Xã Châu\nd,Xã Dương\n",
        "c/data/2024-01-31.csv": "unit,v\na,10\nb,20\nc,30\nd,40\n",
        "c/data/2024-02-29.csv": "unit,v\na,50\nb,20\nc,35\nd,30\n",
        "c/data/2024-03-31.csv": "unit,v\na,50\nb,60\nd,30\n",
    ]) }

    static func pages() throws -> CampaignPages {
        let analysis = try site.analyse()
        let context = PageContext(settings: analysis.site.settings, strings: analysis.strings)
        return CampaignPages(context: context, result: analysis.results[0], charts: analysis.charts[0])
    }

    /// (rank, change, name) of each row of a leaderboard's tables.
    static func rows(_ groups: [GroupSection]) -> [[String]] {
        groups.flatMap(\.rows).map { [$0.rank, $0.change, $0.name] }
    }

    @Test func everyPastSnapshotHasItsPagesAndTheCurrentOneIsTheHome() throws {
        let site = Self.site
        _ = try site.build()
        let written = site.fs.snapshot.keys.filter { $0.hasPrefix("public/c/ky/") }.sorted()
        #expect(written == [
            "public/c/ky/2024-01-31/chi-so/x/index.html",
            "public/c/ky/2024-01-31/index.html",
            "public/c/ky/2024-02-29/chi-so/x/index.html",
            "public/c/ky/2024-02-29/index.html",
        ])
        let sitemap = site.text("sitemap.xml") ?? ""
        #expect(sitemap.contains("<url><loc>https://example.gov.vn/thidua/c/ky/2024-01-31/</loc><lastmod>2024-01-31</lastmod></url>"))
        #expect(sitemap.contains("<url><loc>https://example.gov.vn/thidua/c/ky/2024-02-29/chi-so/x/</loc><lastmod>2024-02-29</lastmod></url>"))
        #expect(!sitemap.contains("ky/2024-03-31"))
        let page = site.text("c/ky/2024-02-29/index.html") ?? ""
        #expect(page.contains("<title>Kỳ số liệu 29/02/2024 — T · Thi đua</title>"))
        #expect(page.contains("<link rel=\"canonical\" href=\"https://example.gov.vn/thidua/c/ky/2024-02-29/\">"))
        #expect(page.contains("<h1>Kỳ số liệu 29/02/2024</h1>"))
        #expect(page.contains("<p class=\"muted\">Cột ± so sánh thứ hạng với kỳ số liệu 31/01/2024.</p>"))
        // The columns lead to the indicator's page at the same date.
        #expect(page.contains("<th scope=\"col\" class=\"lead\"><a href=\"/thidua/c/ky/2024-02-29/chi-so/x/\">Chỉ số X</a>"))
        #expect(page.contains("""
            <li><a href="/thidua/c/ky/2024-01-31/" rel="prev"><span aria-hidden="true">← </span>Kỳ trước: 31/01/2024</a></li>

            <li><a href="/thidua/c/">Kỳ mới nhất: 31/03/2024<span aria-hidden="true"> »</span></a></li>
            """))
        // The first period: nothing to compare with, no ± column.
        let first = site.text("c/ky/2024-01-31/index.html") ?? ""
        #expect(first.contains("Đây là kỳ số liệu đầu tiên: chưa có kỳ trước để so sánh thứ hạng."))
        #expect(!first.contains("class=\"change"))
        #expect(!first.contains("rel=\"prev\""))
        #expect(first.contains("<a href=\"/thidua/c/ky/2024-02-29/\" rel=\"next\">Kỳ sau: 29/02/2024<span aria-hidden=\"true\"> →</span></a>"))
    }

    @Test func theHomeListsEveryPeriodNewestFirst() throws {
        let site = Self.site
        _ = try site.build()
        #expect(site.text("c/index.html")?.contains("""
            <nav class="periods" aria-label="Các kỳ số liệu">
            <details>
            <summary>Bảng xếp hạng theo từng kỳ số liệu (3 kỳ)</summary>
            <ol>
            <li><a href="/thidua/c/" aria-current="page">31/03/2024</a> <small>(mới nhất)</small></li>
            <li><a href="/thidua/c/ky/2024-02-29/">29/02/2024</a></li>
            <li><a href="/thidua/c/ky/2024-01-31/">31/01/2024</a></li>
            </ol>
            </details>
            </nav>
            """) == true)
        // On a period's page, the same list marks that period.
        #expect(site.text("c/ky/2024-01-31/index.html")?.contains(
            "<li><a href=\"/thidua/c/ky/2024-01-31/\" aria-current=\"page\">31/01/2024</a></li>") == true)
    }

    @Test func ranksAndChangesAtEachPeriodAgainstTheOneBefore() throws {
        let pages = try Self.pages()
        #expect(pages.pastPeriods == [0, 1])
        let first = pages.at(0).periodPage()
        #expect(!first.table.hasChange)
        #expect(Self.rows(first.groups) == [["1", "", "Xã Dương"], ["2", "", "Xã Châu"], ["3", "", "Xã Bình"], ["4", "", "Xã An"]])
        let second = pages.at(1).periodPage()
        #expect(second.table.hasChange)
        #expect(Self.rows(second.groups) == [["1", "▲3", "Xã An"], ["2", "–", "Xã Châu"], ["3", "▼2", "Xã Dương"], ["4", "▼1", "Xã Bình"]])
        #expect(second.groups.flatMap(\.rows).map(\.changeLabel) == [
            "tăng 3 bậc so với kỳ trước", "giữ nguyên thứ hạng so với kỳ trước",
            "giảm 2 bậc so với kỳ trước", "giảm 1 bậc so với kỳ trước"])
        // The home is the current period, compared with 29/02.
        let home = pages.leaderboard()
        #expect(Self.rows(home.groups) == [["1", "▲3", "Xã Bình"], ["2", "▼1", "Xã An"], ["3", "–", "Xã Dương"], ["—", "", "Xã Châu"]])
        #expect(home.groups.flatMap(\.rows).last?.changeLabel == "chưa so sánh được với kỳ trước")
        // A past period's page holds tables only.
        #expect(second.groups.allSatisfy { $0.bars == nil && $0.url == nil })
        #expect(second.downloads.map(\.url) == ["/thidua/c/data/history.csv", "/thidua/c/data/README.txt"])
    }

    /// 103 units: an indicator page lists the first and last 50 and says
    /// where the 3 in between are, now and at a past period.
    @Test func aCutIndicatorTableSaysWhereTheRestAre() throws {
        let ids = (1...103).map { "u\($0)" }
        let site = TestSite([
            "c/campaign.md": campaignMD("""
                title: "T"
                period: {start: 2024-01-01, end: 2024-12-31}
                metrics: [{id: v}]
                indicators: [{id: x, name: "Chỉ số X", formula: "v"}]
                """),
            "c/units.csv": "id,name\n" + ids.map { "\($0),Xã \($0)\n" }.joined(),
            "c/data/2024-01-31.csv": "unit,v\n" + ids.enumerated().map { "\($1),\($0)\n" }.joined(),
            "c/data/2024-02-29.csv": "unit,v\n" + ids.enumerated().map { "\($1),\($0 + 1)\n" }.joined(),
        ])
        let analysis = try site.analyse()
        let pages = CampaignPages(context: PageContext(settings: analysis.site.settings, strings: analysis.strings),
                                  result: analysis.results[0], charts: analysis.charts[0])
        let current = pages.indicatorPage(0), past = pages.at(0).indicatorPage(0)
        #expect(current.rows.count == 100 && past.rows.count == 100)
        #expect(current.omitted == "… 3 trong số 103 đơn vị ở giữa không liệt kê ở đây; xem đủ trong tệp dữ liệu:")
        #expect([current.csvText, current.csvURL] == ["Bảng xếp hạng (CSV, mở bằng Excel)", "/thidua/c/data/leaderboard.csv"])
        #expect(past.omitted == "… 3 trong số 103 đơn vị ở giữa không liệt kê ở đây; xem đủ ở các dòng ngày 31/01/2024 của")
        #expect([past.csvText, past.csvURL] == ["các tệp số liệu mọi kỳ (CSV)", "/thidua/c/ky/2024-01-31/#tai-du-lieu"])
        // That section of the period's page lists the history file.
        #expect(pages.at(0).periodPage().downloads.map(\.url) == ["/thidua/c/data/history.csv", "/thidua/c/data/README.txt"])
        // The sentence is a block of its own in the gap row, which the theme keeps on a phone's screen.
        _ = try site.build()
        #expect(try #require(site.text("c/chi-so/x/index.html")).contains(
            "<td colspan=\"4\" class=\"gap\"><span>… 3 trong số 103 đơn vị ở giữa không liệt kê ở đây; xem đủ trong tệp dữ liệu: "
            + "<a href=\"/thidua/c/data/leaderboard.csv\">Bảng xếp hạng (CSV, mở bằng Excel)</a></span></td>"))
    }

    @Test func linksBetweenPeriods() throws {
        let pages = try Self.pages()
        func links(_ nav: PeriodNav) -> [String?] {
            [nav.previous, nav.next, nav.latest].map { $0.map { "\($0.text) → \($0.url)" } }
        }
        #expect(links(pages.at(0).periodPage().nav) == [nil, "Kỳ sau: 29/02/2024 → /thidua/c/ky/2024-02-29/",
                                                        "Kỳ mới nhất: 31/03/2024 → /thidua/c/"])
        #expect(links(pages.at(1).periodPage().nav) == ["Kỳ trước: 31/01/2024 → /thidua/c/ky/2024-01-31/", nil,
                                                        "Kỳ mới nhất: 31/03/2024 → /thidua/c/"])
        // Indicator pages link to the same indicator at the periods around them.
        #expect(links(try #require(pages.at(0).indicatorPage(0).periodNav)) == [
            nil, "Kỳ sau: 29/02/2024 → /thidua/c/ky/2024-02-29/chi-so/x/", "Kỳ mới nhất: 31/03/2024 → /thidua/c/chi-so/x/"])
        #expect(links(try #require(pages.indicatorPage(0).periodNav)) == [
            "Kỳ trước: 29/02/2024 → /thidua/c/ky/2024-02-29/chi-so/x/", nil, nil])
        // The trail of a period's indicator page passes through that period.
        #expect(pages.at(1).indicatorPage(0).layout.breadcrumbs.map(\.url) == ["/thidua/", "/thidua/c/", "/thidua/c/ky/2024-02-29/"])
        #expect(pages.at(1).periodPage().layout.breadcrumbs.map(\.url) == ["/thidua/", "/thidua/c/"])
    }

    @Test func anIndicatorPageAtAPastPeriodRanksByThatPeriodsValues() throws {
        let pages = try Self.pages()
        let page = pages.at(1).indicatorPage(0)
        #expect(page.rows.map { [$0.rank, $0.name, $0.value, $0.statusText] } == [
            ["1", "Xã An", "50", "đạt"], ["2", "Xã Châu", "35", "chưa đạt"],
            ["3", "Xã Dương", "30", "chưa đạt"], ["4", "Xã Bình", "20", "chưa đạt"]])
        #expect(page.asOf == "Số liệu đến ngày 29/02/2024")
        #expect(page.chart == nil && page.ring == nil && page.summary == nil)
        #expect(page.campaignURL == "/thidua/c/ky/2024-02-29/")
        // The units it leaves out are in the history file, which its period's page lists.
        #expect(page.csvURL == "/thidua/c/ky/2024-02-29/#tai-du-lieu")
        #expect(page.csvText == "các tệp số liệu mọi kỳ (CSV)")
        #expect(page.layout.pageTitle == "Chỉ số X — Kỳ số liệu 29/02/2024 — T")
        // The current one keeps its charts.
        #expect(pages.indicatorPage(0).chart != nil)
    }

    /// Large campaigns: a period's page lists the top units and a line per
    /// group, like the home, but has no group pages (tables of every unit at
    /// every snapshot would double a national site: that is history.csv).
    @Test func largeCampaignsListTheirGroupsAtEachPeriod() throws {
        let site = LargeCampaignTests.site()
        var data = "unit,v\n"
        for i in 0..<160 { data += "u\(i),\(159 - i)\n" }
        try site.fs.write(Data(data.utf8), to: "content/c/data/2024-03-31.csv")
        _ = try site.build()
        let written = site.fs.snapshot.keys.filter { $0.hasPrefix("public/c/ky/") }.sorted()
        #expect(written == ["public/c/ky/2024-03-31/chi-so/x/index.html", "public/c/ky/2024-03-31/index.html"])
        let page = site.text("c/ky/2024-03-31/index.html") ?? ""
        #expect(page.contains("<tr><th scope=\"row\">Tỉnh Một</th><td class=\"num\">80</td><td class=\"num\">30/80</td><td><a href=\"/thidua/c/u0/\">Xã số 0</a></td></tr>"))
        #expect(page.contains("10 đơn vị dẫn đầu"))
        #expect(!page.contains("<svg"))
        // The indicator page at that date: the best 50 and the last 50.
        let indicator = site.text("c/ky/2024-03-31/chi-so/x/index.html") ?? ""
        #expect(indicator.contains("… 60 trong số 160 đơn vị ở giữa không liệt kê ở đây"))
        #expect(indicator.components(separatedBy: "<th scope=\"row\" class=\"name\">").count - 1 == 100)
    }

    @Test func aSingleSnapshotHasNoPeriods() throws {
        let site = TestSite(oneIndicatorCampaign(units: "id,name\na,A\n", data: "unit,v\na,1\n"))
        _ = try site.build()
        #expect(!site.fs.snapshot.keys.contains { $0.contains("/ky/") })
        #expect(site.text("c/index.html")?.contains("class=\"periods\"") == false)
        #expect(site.text("c/chi-so/x/index.html")?.contains("class=\"period-nav\"") == false)
    }

    @Test func aUnitCannotTakeThePeriodsFolder() throws {
        let site = TestSite(oneIndicatorCampaign(units: "id,name\nky,Xã Kỳ\n", data: "unit,v\nky,1\n"))
        #expect(site.errors() == ["content/c/units.csv:2:1: unit id \"ky\" is reserved for a page of the campaign; choose another id"])
    }
}
