import Testing
@testable import ThiduaSupport
@testable import ThiduaLoad
@testable import ThiduaModel
@testable import ThiduaRank
@testable import ThiduaChart
@testable import ThiduaRender
@testable import ThiduaWrite
@testable import ThiduaCore

/// What a unit still needs is counted in the metric's own noun:
/// "131 giao dịch", never "131 số giao dịch".
struct NeedWordingTests {
    @Test func aCountDropsTheLeadingSố() throws {
        let site = TestSite([
            "c/campaign.md": campaignMD("""
                title: "T"
                period: {start: 2024-01-01, end: 2024-12-31}
                metrics: [{id: paid, name: "Số giao dịch thanh toán trực tuyến"}, {id: all, name: "Tổng số giao dịch"},
                          {id: n, name: "Số lượng hồ sơ"}, {id: d, name: "Hồ sơ"}]
                indicators:
                  - {id: rate, name: "Tỷ lệ thanh toán", formula: "paid / all", format: percent, target: ">= 45%"}
                  - {id: share, name: "Tỷ lệ hồ sơ", formula: "n / d", format: percent, target: ">= 50%"}
                """),
            "c/units.csv": "id,name\na,A\n",
            "c/data/2024-01-31.csv": "unit,paid,all,n,d\na,49,400,10,100\n",
        ])
        _ = try site.build()
        let page = try #require(site.text("c/a/index.html"))
        #expect(page.contains("Cần thêm 131 giao dịch thanh toán trực tuyến để đạt chỉ tiêu ≥ 45,0%."))
        #expect(page.contains("Cần thêm 40 hồ sơ để đạt chỉ tiêu ≥ 50,0%."))
    }
}
