import Testing
@testable import ThiduaSupport
@testable import ThiduaLoad
@testable import ThiduaModel
@testable import ThiduaRank
@testable import ThiduaChart
@testable import ThiduaRender
@testable import ThiduaWrite
@testable import ThiduaCore

/// Ranks and counts of a national campaign pass 999: "hạng 1.549/3.306".
struct NumberFormatCountTests {
    @Test func countsAndRanksAreGrouped() {
        let vi = NumberFormat(language: .vi), en = NumberFormat(language: .en)
        #expect([0, 7, 999, 1000, 1549, 3306, 1_234_567, -1200].map(vi.count) == ["0", "7", "999", "1.000", "1.549", "3.306", "1.234.567", "-1.200"])
        #expect(en.count(3306) == "3,306")
    }

    @Test func aUnitPageOfALargeCampaignGroupsItsRank() throws {
        var roster = "id,name\n", data = "unit,v\n"
        for i in 0..<1200 {
            roster += "u\(i),Xã số \(i)\n"
            data += "u\(i),\(i)\n"
        }
        let site = TestSite([
            "c/campaign.md": campaignMD("""
                title: "Toàn quốc"
                period: {start: 2024-01-01, end: 2024-12-31}
                metrics: [{id: v}]
                indicators: [{id: x, formula: "v"}]
                """),
            "c/units.csv": roster, "c/data/2024-06-30.csv": data,
        ])
        _ = try site.build()
        let page = try #require(site.text("c/u0/index.html"))
        #expect(page.contains("Xã số 0 xếp hạng 1.200/1.200."))
    }
}
