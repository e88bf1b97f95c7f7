import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import ThiduaSupport
@testable import ThiduaLoad
@testable import ThiduaModel
@testable import ThiduaRank
@testable import ThiduaChart
@testable import ThiduaRender
@testable import ThiduaWrite
@testable import ThiduaCore

/// Atom feeds, sitemap, robots.txt, the history CSV and the data README.
struct FeedsAndDataTests {
    @Test func feedHasOneEntryPerSnapshotDatedFromTheSnapshots() throws {
        let site = OpenDataTests.site
        _ = try site.build()
        let feed = try #require(site.text("feed.xml"))
        #expect(XMLParser(data: Data(feed.utf8)).parse())
        #expect(feed == """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">
            <title>Thi đua — cập nhật số liệu</title>
            <id>tag:example.gov.vn,2024-07-16:/thidua/feed.xml</id>
            <updated>2024-10-31T00:00:00+07:00</updated>
            <link rel="self" type="application/atom+xml" href="https://example.gov.vn/thidua/feed.xml"/>
            <link rel="alternate" type="text/html" href="https://example.gov.vn/thidua/"/>
            <author><name>Thi đua</name></author>
            <generator>thidua</generator>
            <entry>
            <title>Chiến dịch &lt;60 ngày&gt; &amp; &quot;DVC&quot;: số liệu ngày 31/10/2024</title>
            <id>tag:example.gov.vn,2024-10-31:/thidua/dak-nong/2024-10-31</id>
            <updated>2024-10-31T00:00:00+07:00</updated>
            <link rel="alternate" type="text/html" href="https://example.gov.vn/thidua/dak-nong/"/>
            <summary type="text">4/5 đơn vị có số liệu. 3/5 đơn vị đạt chỉ tiêu Mức tăng (kỳ trước: 0/5). Dẫn đầu: Sở Y tế, đạt +20,9 điểm phần trăm.</summary>
            </entry>
            <entry>
            <title>Chiến dịch &lt;60 ngày&gt; &amp; &quot;DVC&quot;: số liệu ngày 16/07/2024</title>
            <id>tag:example.gov.vn,2024-07-16:/thidua/dak-nong/2024-07-16</id>
            <updated>2024-07-16T00:00:00+07:00</updated>
            <link rel="alternate" type="text/html" href="https://example.gov.vn/thidua/dak-nong/"/>
            <summary type="text">5/5 đơn vị có số liệu. 0/5 đơn vị đạt chỉ tiêu Mức tăng. Dẫn đầu: Sở Công Thương, đạt 0,0 điểm phần trăm. Kỳ số liệu đầu tiên.</summary>
            </entry>
            </feed>

            """)
        #expect(site.text("dak-nong/feed.xml")?.contains("<link rel=\"self\" type=\"application/atom+xml\" href=\"https://example.gov.vn/thidua/dak-nong/feed.xml\"/>") == true)
    }

    @Test func sitemapListsEveryPageWithAbsoluteURLsAndRobotsPointsAtIt() throws {
        let site = OpenDataTests.site
        _ = try site.build()
        #expect(site.text("sitemap.xml") == """
            <?xml version="1.0" encoding="utf-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
            <url><loc>https://example.gov.vn/thidua/</loc><lastmod>2024-10-31</lastmod></url>
            <url><loc>https://example.gov.vn/thidua/dak-nong/</loc><lastmod>2024-10-31</lastmod></url>
            <url><loc>https://example.gov.vn/thidua/dak-nong/chi-so/received-gain/</loc><lastmod>2024-10-31</lastmod></url>
            <url><loc>https://example.gov.vn/thidua/dak-nong/chi-so/received-rate/</loc><lastmod>2024-10-31</lastmod></url>
            <url><loc>https://example.gov.vn/thidua/dak-nong/dak-mil/</loc><lastmod>2024-10-31</lastmod></url>
            <url><loc>https://example.gov.vn/thidua/dak-nong/ke-hoach/</loc><lastmod>2024-10-31</lastmod></url>
            <url><loc>https://example.gov.vn/thidua/dak-nong/khen-thuong/</loc><lastmod>2024-10-31</lastmod></url>
            <url><loc>https://example.gov.vn/thidua/dak-nong/krong-no/</loc><lastmod>2024-10-31</lastmod></url>
            <url><loc>https://example.gov.vn/thidua/dak-nong/ky/2024-07-16/</loc><lastmod>2024-07-16</lastmod></url>
            <url><loc>https://example.gov.vn/thidua/dak-nong/ky/2024-07-16/chi-so/received-gain/</loc><lastmod>2024-07-16</lastmod></url>
            <url><loc>https://example.gov.vn/thidua/dak-nong/ky/2024-07-16/chi-so/received-rate/</loc><lastmod>2024-07-16</lastmod></url>
            <url><loc>https://example.gov.vn/thidua/dak-nong/nhom/huyen/</loc><lastmod>2024-10-31</lastmod></url>
            <url><loc>https://example.gov.vn/thidua/dak-nong/nhom/so-nganh/</loc><lastmod>2024-10-31</lastmod></url>
            <url><loc>https://example.gov.vn/thidua/dak-nong/so-cong-thuong/</loc><lastmod>2024-10-31</lastmod></url>
            <url><loc>https://example.gov.vn/thidua/dak-nong/so-noi-vu/</loc><lastmod>2024-10-31</lastmod></url>
            <url><loc>https://example.gov.vn/thidua/dak-nong/so-y-te/</loc><lastmod>2024-10-31</lastmod></url>
            </urlset>

            """)
        #expect(site.text("robots.txt") == "User-agent: *\nAllow: /\nSitemap: https://example.gov.vn/thidua/sitemap.xml\n")
    }

    @Test func historyFilesHaveEveryUnitOfTheirGroupAtEverySnapshot() throws {
        let site = OpenDataTests.site
        _ = try site.build()
        func lines(_ group: String) throws -> [String] {
            let data = try site.fs.read("public/dak-nong/data/history-\(group).csv")
            #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
            return String(decoding: data.dropFirst(3), as: UTF8.self).split(separator: "\n").map(String.init)
        }
        let header = "date,unit,bracket,reported,rank,group_rank,bracket_rank,score,metric:total,metric:received,value:received_rate,value:received_gain,target_met:received_rate,target_met:received_gain"
        // By date, then in leaderboard order, with the campaign's ranks (at
        // the baseline every gain is 0: all tie for first).
        #expect(try lines("so-nganh") == [
            header,
            "2024-07-16,so-cong-thuong,,1,1,1,,,18775,18621,0.9917976031957391,0,1,0",
            "2024-07-16,so-noi-vu,,1,1,1,,,241,10,0.04149377593360996,0,0,0",
            "2024-07-16,so-y-te,,1,1,1,,,433,162,0.3741339491916859,0,0,0",
            "2024-10-31,so-y-te,,1,1,1,,,600,350,0.5833333333333334,0.20919938414164746,1,1",
            "2024-10-31,so-cong-thuong,,1,4,2,,,25000,24900,0.996,0.004202396804260933,1,0",
            "2024-10-31,so-noi-vu,,0,,,,,,,,,0,0",
        ])
        #expect(try lines("huyen") == [
            header,
            "2024-07-16,dak-mil,,1,1,1,,,14104,1765,0.12514180374361883,0,0,0",
            "2024-07-16,krong-no,,1,1,1,,,10566,2602,0.24626159379140639,0,0,0",
            "2024-10-31,dak-mil,,1,2,1,,,19000,4500,0.23684210526315788,0.11170030151953905,0,1",
            "2024-10-31,krong-no,,1,3,2,,,14000,5000,0.35714285714285715,0.11088126335145077,0,1",
        ])
        #expect(!site.fs.isFile("public/dak-nong/data/history.csv"))
        let readme = try #require(site.text("dak-nong/data/README.txt"))
        #expect(readme.contains("- history-<mã khối>.csv: giá trị của mọi chỉ số và số liệu gốc của mọi đơn vị ở mọi kỳ số liệu, kèm thứ hạng ở từng kỳ; một dòng cho mỗi đơn vị ở mỗi kỳ, tên và khối của đơn vị nằm ở leaderboard.csv (nối theo mã đơn vị). Mỗi khối một tệp, mã khối và tên khối ở mục các khối bên dưới; các tệp có cùng các cột nên có thể nối lại với nhau.\n"))
        #expect(readme.contains("Các cột của history-<mã khối>.csv:\n"))
        #expect(readme.contains("- value:received_gain: giá trị chỉ số “Mức tăng”\n"))
        #expect(readme.contains("- metric:total: số liệu gốc “total” (cột “Tổng số hồ sơ” của tệp số liệu)\n"))
        #expect(readme.contains("Các kỳ số liệu: 16/07/2024, 31/10/2024.\n"))
        #expect(readme.contains("- received_rate — Tỷ lệ tiếp nhận trực tuyến; Cách tính: received / total; tỷ lệ; cao hơn là tốt hơn; Chỉ tiêu: ≥ 50,0%\n"))
        let home = try #require(site.text("dak-nong/index.html"))
        #expect(home.contains("<li><a href=\"/thidua/dak-nong/data/history-so-nganh.csv\">Số liệu mọi kỳ của các đơn vị — Các Sở, Ban, ngành (CSV)</a></li>"
                              + "<li><a href=\"/thidua/dak-nong/data/history-huyen.csv\">Số liệu mọi kỳ của các đơn vị — UBND các huyện (CSV)</a></li>"))
        // A unit's page links its own group's file.
        let analysis = try site.analyse()
        let pages = CampaignPages(context: PageContext(settings: analysis.site.settings, strings: analysis.strings),
                                  result: analysis.results[0], charts: analysis.charts[0])
        let krongNo = try #require(pages.result.current.first { pages.campaign.units[$0.unit].id == "krong-no" })
        let unit = pages.unitFrame().unitPage(pages.unitFacts(krongNo, neighbourCells: Array(repeating: "", count: pages.campaign.units.count)),
                                              charts: pages.unitCharts(krongNo.unit))
        #expect(unit.historyURL == "/thidua/dak-nong/data/history-huyen.csv")
        #expect(unit.historyText == "Số liệu mọi kỳ của các đơn vị — UBND các huyện (CSV)")
        #expect(home.contains("<a href=\"/thidua/dak-nong/data/README.txt\">"))
    }
}
