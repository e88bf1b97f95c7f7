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

/// The ranking tables' column order (rank, name, the value that decides the
/// rank, then the rest) and their ranks: a group's table leads with the rank
/// in the group, the overall rank beside it, labelled as such.
struct RankingTableTests {
    /// Two groups; by the rate: An 1, Dũng 2, Bình 3, Em 4, Chi 5.
    static func site(ranking: String) -> TestSite {
        TestSite([
            "c/campaign.md": campaignMD("""
                title: "Bảng"
                period: {start: 2024-01-01, end: 2024-12-31}
                groups:
                  - {id: g1, name: "Khối xã"}
                  - {id: g2, name: "Khối phường"}
                metrics: [{id: online, name: "Hồ sơ trực tuyến"}, {id: total, name: "Tổng số hồ sơ"}]
                indicators:
                  - {id: count, name: "Số hồ sơ", formula: "total"}
                  - {id: rate, name: "Tỷ lệ", formula: "online / total", format: percent, target: ">= 50%"}
                ranking: {by: \(ranking)}
                """),
            "c/units.csv": "id,name,group\na,Xã An,g1\nb,Xã Bình,g1\nc,Xã Chi,g1\nd,Phường Dũng,g2\ne,Phường Em,g2\n",
            "c/data/2024-06-30.csv": "unit,online,total\na,9,10\nb,5,10\nc,2,10\nd,8,10\ne,3,10\n",
        ])
    }

    /// The text of every header cell of the first ranking table, tags dropped.
    static func headers(_ html: String) -> [String] {
        let table = section(html, from: "<table class=\"ranking\"", to: "</thead>")
        return cells(table, pattern: #"<th scope="col"[^>]*>(.*?)</th>"#)
    }

    /// The cells of each body row of the first ranking table, tags dropped.
    static func rows(_ html: String) -> [[String]] {
        let body = section(html, from: "<table class=\"ranking\"", to: "</tbody>")
        return body.components(separatedBy: "<tr").dropFirst(2).map {
            // A cell runs to its end tag or, where the theme omits end tags, to the next cell or the row's end.
            cells($0, pattern: #"<t[dh](?:\s[^>]*)?>(.*?)(?=</?t[dhrb]|$)"#)
        }
    }

    static func section(_ html: String, from start: String, to end: String) -> String {
        guard let a = html.range(of: start), let b = html[a.upperBound...].range(of: end) else { return "" }
        return String(html[a.lowerBound..<b.upperBound])
    }

    static func cells(_ text: String, pattern: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
        let ns = text as NSString
        return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { match in
            let inner = ns.substring(with: match.range(at: 1))
            let plain = inner.replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression)
            return plain.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
    }

    @Test func aGroupTableLeadsWithTheGroupRankAndTheDecidingIndicator() throws {
        let site = Self.site(ranking: "rate")
        _ = try site.build()
        let page = try #require(site.text("c/nhom/g1/index.html"))
        #expect(Self.headers(page) == ["Hạng", "Đơn vị", "Tỷ lệ Chỉ tiêu ≥ 50,0%", "Hạng chung", "Số hồ sơ",
                                       "Đủ điều kiện đề xuất"])
        #expect(Self.rows(page) == [
            ["1", "Xã An", "90,0% ✓ đạt", "1", "10", ""],
            ["2", "Xã Bình", "50,0% ✓ đạt", "3", "10", ""],
            ["3", "Xã Chi", "20,0% ✗ chưa đạt", "5", "10", ""],
        ])
        #expect(page.contains("<tr data-group=\"Khối xã\">"))
        #expect(page.contains("<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"Bảng xếp hạng: Khối xã\">"))
        // The second group's table on the home page, in its own order.
        let home = try #require(site.text("c/index.html"))
        let second = String(home[try #require(home.range(of: "aria-label=\"Bảng xếp hạng: Khối phường\"")).lowerBound...])
        #expect(Self.rows("<table class=\"ranking\"" + second) == [
            ["1", "Phường Dũng", "80,0% ✓ đạt", "2", "10", ""],
            ["2", "Phường Em", "30,0% ✗ chưa đạt", "4", "10", ""],
        ])
    }

    @Test func anIndicatorWithoutATargetHasNoStatusOrShortfallColumns() throws {
        let site = Self.site(ranking: "rate")
        _ = try site.build()
        let count = try #require(site.text("c/chi-so/count/index.html"))
        #expect(Self.headers(count) == ["Hạng", "Đơn vị", "Giá trị", "Khối"])
        #expect(Self.rows(count).first == ["1", "Xã An", "10", "Khối xã"])
        let rate = try #require(site.text("c/chi-so/rate/index.html"))
        #expect(Self.headers(rate) == ["Hạng", "Đơn vị", "Giá trị", "Kết quả", "Khối", "Còn thiếu"])
        #expect(Self.rows(rate).last == ["5", "Xã Chi", "20,0%", "✗ chưa đạt", "Khối xã",
                                        "Cần thêm 3 hồ sơ trực tuyến để đạt chỉ tiêu ≥ 50,0%."])
    }

    @Test func theScoreComesFirstWhenItDecides() throws {
        let site = Self.site(ranking: "[score, rate]")
        _ = try site.build()
        let page = try #require(site.text("c/nhom/g2/index.html"))
        #expect(Self.headers(page) == ["Hạng", "Đơn vị", "Điểm", "Hạng chung", "Số hồ sơ", "Tỷ lệ Chỉ tiêu ≥ 50,0%",
                                       "Đủ điều kiện đề xuất"])
        #expect(Self.rows(page).map { [$0[0], $0[1], $0[3]] } == [["1", "Phường Dũng", "2"], ["2", "Phường Em", "4"]])
    }

    @Test func aScoreThatOnlyBreaksTiesComesAfterTheRanks() throws {
        let site = Self.site(ranking: "[rate, score]")
        _ = try site.build()
        let page = try #require(site.text("c/nhom/g1/index.html"))
        #expect(Self.headers(page) == ["Hạng", "Đơn vị", "Tỷ lệ Chỉ tiêu ≥ 50,0%", "Hạng chung", "Điểm", "Số hồ sơ",
                                       "Đủ điều kiện đề xuất"])
    }

    @Test func aGroupTableShowsItsOwnTargets() throws {
        let site = TestSite([
            "c/campaign.md": campaignMD("""
                title: "Bảng"
                period: {start: 2024-01-01, end: 2024-12-31}
                groups: [{id: g1, name: "Khối xã"}, {id: g2, name: "Khối phường"}]
                metrics: [{id: online}, {id: total}]
                indicators:
                  - {id: rate, name: "Tỷ lệ", formula: "online / total", format: percent, target: {g1: ">= 50%", g2: ">= 70%"}}
                ranking: {by: rate}
                """),
            "c/units.csv": "id,name,group\na,Xã An,g1\nd,Phường Dũng,g2\n",
            "c/data/2024-06-30.csv": "unit,online,total\na,9,10\nd,8,10\n",
        ])
        _ = try site.build()
        #expect(Self.headers(try #require(site.text("c/nhom/g2/index.html"))) == ["Hạng", "Đơn vị", "Tỷ lệ Chỉ tiêu ≥ 70,0%",
                                                                                 "Hạng chung", "Đủ điều kiện đề xuất"])
        // A table of units of every group names every group's target.
        let pages = try Self.pages(site)
        #expect(pages.table.lead?.target == "Khối xã: ≥ 50,0%; Khối phường: ≥ 70,0%")
        #expect(pages.topSection().lead?.target == "Khối xã: ≥ 50,0%; Khối phường: ≥ 70,0%")
    }

    @Test func aLongHeaderGetsAWiderColumn() throws {
        let long = String(repeating: "Tỷ lệ hồ sơ ", count: 6)   // 72 characters
        let site = TestSite([
            "c/campaign.md": campaignMD("""
                title: "Bảng"
                period: {start: 2024-01-01, end: 2024-12-31}
                metrics: [{id: v}]
                indicators: [{id: x, name: "\(long)", formula: "v"}, {id: y, name: "Ngắn", formula: "v"}]
                ranking: {by: y}
                """),
            "c/units.csv": "id,name\na,Xã An\n",
            "c/data/2024-06-30.csv": "unit,v\na,1\n",
        ])
        _ = try site.build()
        let page = try #require(site.text("c/index.html"))
        #expect(page.contains("<th scope=\"col\" class=\"lead\"><a href=\"/thidua/c/chi-so/y/\">Ngắn</a></th>"))
        #expect(page.contains("<th scope=\"col\" class=\"wide\"><a href=\"/thidua/c/chi-so/x/\">\(long)</a></th>"))
    }

    @Test func theNeighboursOfAUnitShowTheirRankInTheGroup() throws {
        let site = Self.site(ranking: "rate")
        _ = try site.build()
        let page = try #require(site.text("c/c/index.html"))
        let neighbours = Self.section(page, from: "aria-label=\"Các đơn vị xếp gần\"", to: "</tbody>")
        #expect(Self.cells(neighbours, pattern: #"<th scope="col"[^>]*>(.*?)</th>"#)
                == ["Hạng trong khối", "Đơn vị", "Tỷ lệ", "Số hồ sơ"])
        #expect(Self.rows("<table class=\"ranking\"" + neighbours) == [
            ["1", "Xã An", "90,0%", "10"], ["2", "Xã Bình", "50,0%", "10"], ["3", "Xã Chi", "20,0%", "10"],
        ])
    }

    @Test func theTopTableOfALargeCampaignLeadsWithTheOverallRank() throws {
        let pages = try Self.pages(Self.site(ranking: "rate"))
        let top = pages.topSection()
        #expect(top.otherRankHeader == "Hạng trong khối")
        #expect(top.rows.map { [$0.rank, $0.name, $0.otherRank, $0.leadCell?.text ?? ""] } == [
            ["1", "Xã An", "1", "90,0%"], ["2", "Phường Dũng", "1", "80,0%"], ["3", "Xã Bình", "2", "50,0%"],
            ["4", "Phường Em", "2", "30,0%"], ["5", "Xã Chi", "3", "20,0%"],
        ])
        #expect(top.rows.map(\.group) == ["Khối xã", "Khối phường", "Khối xã", "Khối phường", "Khối xã"])
        #expect(pages.table.lead?.name == "Tỷ lệ")
        #expect(pages.table.columns.map(\.name) == ["Số hồ sơ"])
        #expect(top.rows[0].cells.map(\.text) == ["10"])
    }

    static func pages(_ site: TestSite) throws -> CampaignPages {
        let analysis = try site.analyse()
        let context = PageContext(settings: analysis.site.settings, strings: analysis.strings)
        return CampaignPages(context: context, result: analysis.results[0], charts: analysis.charts[0])
    }
}
