import Testing
@testable import ThiduaSupport
@testable import ThiduaLoad
@testable import ThiduaModel
@testable import ThiduaRank
@testable import ThiduaChart
@testable import ThiduaRender
@testable import ThiduaWrite
@testable import ThiduaCore

/// Above 150 units the home page lists groups and the top 10, indicator
/// pages the best and last 50, and unit charts stay inline only.
struct LargeCampaignTests {
    /// 160 units in two groups: above the 150 units where pages turn compact.
    static func site() -> TestSite {
        var roster = "id,name,group\n", data = "unit,v\n"
        for i in 0..<160 {
            roster += "u\(i),Xã số \(i),\(i % 2 == 0 ? "g1" : "g2")\n"
            data += "u\(i),\(i)\n"
        }
        return TestSite([
            "c/campaign.md": campaignMD("""
                title: "Toàn quốc"
                period: {start: 2024-01-01, end: 2024-12-31}
                groups: [{id: g1, name: "Tỉnh Một"}, {id: g2, name: "Tỉnh Hai"}]
                metrics: [{id: v}]
                indicators: [{id: x, formula: "v", target: ">= 100"}]
                """),
            "c/units.csv": roster,
            "c/data/2024-06-30.csv": data,
        ])
    }

    @Test func compactPages() throws {
        let site = Self.site()
        _ = try site.build()
        let home = site.text("c/index.html") ?? ""
        #expect(home.contains("10 đơn vị dẫn đầu"))
        #expect(home.components(separatedBy: "<th scope=\"row\" class=\"name\"><a href=").count - 1 == 10)   // top 10
        #expect(home.components(separatedBy: "<th scope=\"row\"><a href=").count - 1 == 2)   // two group rows
        #expect(home.contains("Xã số 159"))        // rank 1
        #expect(!home.contains("Xã số 0<"))        // last: only on the group page
        #expect(site.text("c/nhom/g1/index.html")?.contains("Xã số 0<") == true)
        let indicator = site.text("c/chi-so/x/index.html") ?? ""
        #expect(indicator.contains("… 60 trong số 160 đơn vị ở giữa không liệt kê ở đây"))
        #expect(site.text("c/u1/x.svg") == nil)    // unit charts inline only
        #expect(!(site.text("c/u1/index.html") ?? "").contains("nhom/g2/\">Tỉnh Hai</a></li>"))  // no group links in the section nav
    }
}
