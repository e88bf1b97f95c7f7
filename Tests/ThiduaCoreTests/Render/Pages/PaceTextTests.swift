import Testing
@testable import ThiduaSupport
@testable import ThiduaLoad
@testable import ThiduaModel
@testable import ThiduaRank
@testable import ThiduaChart
@testable import ThiduaRender
@testable import ThiduaWrite
@testable import ThiduaCore

/// "Với tốc độ hiện nay…" looks ahead to the end of the campaign, so it is
/// said only while the campaign still has days to run.
struct PaceTextTests {
    static func site(end: String) -> TestSite {
        TestSite([
            "c/campaign.md": campaignMD("""
                title: "T"
                period: {start: 2024-01-01, end: \(end)}
                metrics: [{id: v, name: "Số hồ sơ"}]
                indicators: [{id: x, name: "Chỉ số", formula: "v", target: ">= 100"}]
                """),
            "c/units.csv": "id,name\na,A\n",
            "c/data/2024-01-31.csv": "unit,v\na,50\n",
            "c/data/2024-02-29.csv": "unit,v\na,40\n",
        ])
    }

    @Test func saidWhileTheCampaignRuns() throws {
        let site = Self.site(end: "2024-12-31")
        _ = try site.build()
        let page = try #require(site.text("c/a/index.html"))
        #expect(page.contains("<p class=\"pace\">Với tốc độ hiện nay, chưa đạt được chỉ tiêu trước ngày kết thúc 31/12/2024.</p>"))
        #expect(page.contains("Cần tăng thêm 60 để đạt chỉ tiêu ≥ 100."))
    }

    @Test func notSaidOnceTheLastFiguresAreIn() throws {
        let site = Self.site(end: "2024-02-29")
        _ = try site.build()
        let page = try #require(site.text("c/a/index.html"))
        #expect(!page.contains("class=\"pace\""))
        #expect(page.contains("Cần tăng thêm 60 để đạt chỉ tiêu ≥ 100."))
    }
}
