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

    @Test func historyCSVHasEveryUnitAtEverySnapshot() throws {
        let site = OpenDataTests.site
        _ = try site.build()
        let data = try site.fs.read("public/dak-nong/data/history.csv")
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let lines = String(decoding: data.dropFirst(3), as: UTF8.self).split(separator: "\n").map(String.init)
        #expect(lines.count == 11)
        #expect(lines[0] == "date,unit,bracket,reported,rank,group_rank,bracket_rank,score,metric:total,metric:received,value:received_rate,value:received_gain,target_met:received_rate,target_met:received_gain")
        #expect(lines[1] == "2024-07-16,so-cong-thuong,,1,1,1,,,18775,18621,0.9917976031957391,0,1,0")
        #expect(lines[6] == "2024-10-31,so-y-te,,1,1,1,,,600,350,0.5833333333333334,0.20919938414164746,1,1")
        #expect(lines[10] == "2024-10-31,so-noi-vu,,0,,,,,,,,,0,0")
        let readme = try #require(site.text("dak-nong/data/README.txt"))
        #expect(readme.contains("- value:received_gain: giá trị chỉ số “Mức tăng”\n"))
        #expect(readme.contains("- metric:total: số liệu gốc “total” (cột “Tổng số hồ sơ” của tệp số liệu)\n"))
        #expect(readme.contains("Các kỳ số liệu: 16/07/2024, 31/10/2024.\n"))
        #expect(readme.contains("- received_rate — Tỷ lệ tiếp nhận trực tuyến; Cách tính: received / total; tỷ lệ; cao hơn là tốt hơn; Chỉ tiêu: ≥ 50,0%\n"))
        let home = try #require(site.text("dak-nong/index.html"))
        #expect(home.contains("<a href=\"/thidua/dak-nong/data/history.csv\">"))
        #expect(home.contains("<a href=\"/thidua/dak-nong/data/README.txt\">"))
    }
}
