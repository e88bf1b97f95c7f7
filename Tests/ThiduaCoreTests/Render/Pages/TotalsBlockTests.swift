import Testing
@testable import ThiduaSupport
@testable import ThiduaLoad
@testable import ThiduaModel
@testable import ThiduaRank
@testable import ThiduaChart
@testable import ThiduaRender
@testable import ThiduaWrite
@testable import ThiduaCore

/// The totals that lead the campaign home: ratios of sums, sums of the
/// figures the indicators use, and a line per group.
struct TotalsBlockTests {
    static var site: TestSite { TestSite([
        "c/campaign.md": campaignMD("""
            title: "T"
            issuer: "Ủy ban nhân dân tỉnh Lạng Sơn"
            period: {start: 2024-01-01, end: 2024-12-31}
            groups: [{id: so, name: "Khối Sở"}, {id: huyen, name: "Khối huyện"}]
            metrics:
              - {id: online, name: "Hồ sơ trực tuyến"}
              - {id: total, name: "Tổng số hồ sơ"}
              - {id: score_766, name: "Điểm 766", aggregate: none}
            indicators:
              - {id: rate, name: "Tỷ lệ trực tuyến", formula: "online / total", format: percent, target: ">= 50%"}
              - {id: index, name: "Điểm 766", formula: "score_766", format: number}
            """),
        "c/units.csv": "id,name,group\ns1,Sở Y tế,so\ns2,Sở Tư pháp,so\nh1,Huyện Một,huyen\nh2,Huyện Hai,huyen\n",
        // Huyện Hai has no row: its figures are not in the totals.
        "c/data/2024-01-31.csv": "unit,online,total,score_766\ns1,30,40,80\ns2,10,60,70\nh1,1.000,4.000,90\n",
    ]) }

    @Test func theHomeLeadsWithTheTotals() throws {
        let site = Self.site
        _ = try site.build()
        let html = try #require(site.text("c/index.html"))
        // 41/104 online: a ratio of sums (not the mean 40,5% of 30/40, 10/60 and 1.000/4.000).
        #expect(html.contains("""
            <h2 id="totals-h">Toàn tỉnh</h2>
            <p class="muted">Cộng số liệu của 3/4 đơn vị có số liệu ngày 31/01/2024; các tỷ lệ tính trên tổng cộng, \
            không phải trung bình các tỷ lệ của đơn vị.</p>
            <ul class="figures">
            <li><span class="figure">25,4%</span><span class="label">Tỷ lệ trực tuyến</span></li>
            <li><span class="figure">—</span><span class="label">Điểm 766</span></li>
            </ul>
            """))
        // The figures the indicators use, summed; not the one that does not add up.
        #expect(html.contains("""
            <ul class="totals-metrics"><li>Hồ sơ trực tuyến: <strong>1.040</strong></li>\
            <li>Tổng số hồ sơ: <strong>4.100</strong></li></ul>
            """))
        #expect(html.contains("""
            <thead><tr><th scope="col">Khối</th><th scope="col">Tỷ lệ trực tuyến</th><th scope="col">Điểm 766</th></tr></thead>
            <tbody>
            <tr><th scope="row">Khối Sở</th><td class="num">40,0%</td><td class="num">—</td></tr>
            <tr><th scope="row">Khối huyện</th><td class="num">25,0%</td><td class="num">—</td></tr>
            </tbody>
            """))
        // The totals come before the ranking, and the ranking links to how it is computed.
        let totals = try #require(html.range(of: "totals-h"))
        let method = try #require(html.range(of: "<p class=\"method-link\"><a href=\"/thidua/c/ke-hoach/#cach-tinh\">Cách tính xếp hạng và điểm</a></p>"))
        let table = try #require(html.range(of: "<table class=\"ranking\" data-find>"))
        #expect(totals.lowerBound < method.lowerBound && method.lowerBound < table.lowerBound)
    }

    @Test func aCampaignWithoutGroupsHasNoGroupTable() throws {
        let site = TestSite(oneIndicatorCampaign(units: "id,name\na,A\nb,B\n", data: "unit,v\na,1\nb,2\n"))
        _ = try site.build()
        let html = try #require(site.text("c/index.html"))
        #expect(html.contains("<h2 id=\"totals-h\">Tất cả đơn vị</h2>"))
        #expect(html.contains("<li><span class=\"figure\">3</span><span class=\"label\">x</span></li>"))
        #expect(!html.contains("totals-groups"))
    }
}
