import Testing
@testable import ThiduaSupport
@testable import ThiduaLoad
@testable import ThiduaModel
@testable import ThiduaRank
@testable import ThiduaChart
@testable import ThiduaRender
@testable import ThiduaWrite
@testable import ThiduaCore

struct GapAndMovementTests {
    static var site: TestSite {
        TestSite([
            "c/campaign.md": campaignMD("""
                title: "Khoảng cách"
                period: {start: 2024-09-01, end: 2024-10-31}
                baseline: 2024-09-01
                metrics: [{id: total, name: "Tổng số hồ sơ"}, {id: online, name: "Hồ sơ tiếp nhận trực tuyến"}, {id: late, name: "Hồ sơ trễ hạn"}]
                indicators:
                  - {id: rate, formula: "online / total", format: percent, target: ">= 50%"}
                  - {id: strict, formula: "online / total", format: percent, target: "> 50%"}
                  - {id: late_rate, formula: "late / total", format: percent, better: lower, target: "<= 5%"}
                  - {id: gain, formula: "rate - baseline(rate)", format: points, target: ">= 30%"}
                ranking: {by: rate}
                """),
            "c/units.csv": "id,name\na,An\nb,Bình\nc,Cường\nd,Dũng\n",
            "c/data/2024-09-01.csv": "unit,total,online,late\na,1000,100,0\nb,1000,300,0\nc,1000,200,0\nd,10,1,0\n",
            "c/data/2024-10-31.csv": "unit,total,online,late\na,2000,766,120\nb,2000,1000,100\nc,2000,900,99\n",
        ])
    }

    @Test func gapsInTheUnitsOwnTerms() throws {
        let result = try Self.site.result()
        func gap(_ k: Int, _ u: Int) -> Gap? { Gap.of(indicator: k, unit: u, snapshot: 1, result: result) }
        #expect(gap(0, 0) == .count(234, metric: 1))      // 1000 − 766 more online dossiers for 50%
        #expect(gap(0, 1) == Gap.met)                    // exactly 50% meets ">= 50%"
        #expect(gap(1, 1) == .count(1, metric: 1))        // "> 50%" needs one more
        #expect(gap(2, 0) == .count(-20, metric: 2))      // 120 late of 2000: 20 fewer for 5%
        #expect(gap(2, 2) == Gap.met)
        if case .amount(let d)? = gap(3, 0) { #expect(abs(d - (0.3 - 0.283)) < 1e-12) } else { Issue.record("expected an amount") }
        #expect(gap(0, 3) == .unknown)                    // no row in the current snapshot
    }

    @Test func needSentences() throws {
        let site = Self.site
        _ = try site.build()
        let page = site.text("c/a/index.html") ?? ""
        #expect(page.contains("Cần thêm 234 hồ sơ tiếp nhận trực tuyến để đạt chỉ tiêu ≥ 50,0%."))
        #expect(page.contains("Cần giảm 20 hồ sơ trễ hạn để đạt chỉ tiêu ≤ 5,0%."))
        #expect(page.contains("Cần tăng thêm 1,7 điểm phần trăm để đạt chỉ tiêu ≥ 30,0 điểm phần trăm."))
    }

    @Test func rankChangesAndMovers() throws {
        let result = try Self.site.result()
        // 2024-09-01 by rate: b .3 (1), c .2 (2), a .1 (3), d .1 (3); 2024-10-31: b .5, c .45, a .383.
        #expect(Movement.rankChange(unit: 0, from: 0, to: 1, result: result) == 0)
        #expect(Movement.rankChange(unit: 3, from: 0, to: 1, result: result) == nil)
        let edited = TestSite([
            "c/campaign.md": campaignMD("""
                title: "Thay đổi"
                period: {start: 2024-09-01, end: 2024-10-31}
                metrics: [{id: v}]
                indicators: [{id: x, formula: "v"}]
                """),
            "c/units.csv": "id,name\na,An\nb,Bình\nc,Cường\nd,Dũng\n",
            "c/data/2024-09-01.csv": "unit,v\na,4\nb,3\nc,2\nd,1\n",
            "c/data/2024-10-01.csv": "unit,v\na,1\nb,4\nc,3\nd,2\n",
        ])
        let movers = Movement.movers(try edited.result())
        #expect(movers.up.map { $0.0 } == [1, 2, 3])
        #expect(movers.up.map { $0.1 } == [1, 1, 1])
        #expect(movers.down.map { $0.0 } == [0])
        #expect(movers.down.map { $0.1 } == [-3])
    }

    @Test func compactMoney() {
        let vi = NumberFormat(language: .vi), en = NumberFormat(language: .en)
        #expect(vi.compactMoney(2_614_507_177) == "2,6 tỷ đồng")
        #expect(vi.compactMoney(776_774_437) == "776,8 triệu đồng")
        #expect(vi.compactMoney(3_000_000_000) == "3 tỷ đồng")
        #expect(vi.compactMoney(700_000) == "700.000 đ")
        #expect(en.compactMoney(2_614_507_177) == "2.6 billion VND")
    }

    @Test func englishSite() throws {
        let site = TestSite(["c/campaign.md": campaignMD("""
                title: "Campaign"
                period: {start: 2024-09-01, end: 2024-10-31}
                metrics: [{id: total}, {id: online}]
                indicators: [{id: rate, name: "Online rate", formula: "online / total", format: percent, target: ">= 50%"}]
                """),
            "c/units.csv": "id,name\na,An\nb,Bình\n",
            "c/data/2024-10-01.csv": "unit,total,online\na,18775,18621\nb,1000,200\n",
        ], site: "title: \"Campaigns\"\nlanguage: en\n")
        _ = try site.build()
        let home = site.text("c/index.html") ?? ""
        #expect(home.contains("<html lang=\"en\">"))
        #expect(home.contains("Figures as of 01/10/2024"))
        #expect(home.contains("99.2%"))
        #expect(home.contains("30 days left"))
        #expect(site.text("c/b/index.html")?.contains("Needs 300 more online to reach ≥ 50.0%.") == true)
    }
}
