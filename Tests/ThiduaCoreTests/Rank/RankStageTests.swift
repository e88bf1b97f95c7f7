import Testing
@testable import ThiduaSupport
@testable import ThiduaLoad
@testable import ThiduaModel
@testable import ThiduaRank
@testable import ThiduaChart
@testable import ThiduaRender
@testable import ThiduaWrite
@testable import ThiduaCore

/// Exact ranks, values, targets and awards for small inline campaigns.
struct RankStageTests {
    static let roster = """
        id,name,group
        a,Đơn vị An,g1
        b,Đơn vị Bình,g1
        c,Đơn vị Cường,g1
        d,Đơn vị Dũng,g1
        e,Đơn vị Em,g2
        f,Đơn vị Phú,g2
        g,Đơn vị Giang,g2
        """

    static let groups = """
        groups:
          - {id: g1, name: "Khối 1"}
          - {id: g2, name: "Khối 2"}
        """

    @Test func competitionRanksTiesAndUnranked() throws {
        let site = TestSite([
            "c1/campaign.md": campaignMD("""
                title: "Xếp hạng"
                period: {start: 2024-01-01, end: 2024-12-31}
                \(Self.groups)
                metrics: [{id: total}, {id: online}]
                indicators:
                  - {id: rate, formula: "online / total", format: percent, target: ">= 50%"}
                ranking: {by: rate}
                """),
            "c1/units.csv": Self.roster,
            "c1/data/2024-01-31.csv": """
                unit,total,online
                a,100,80
                b,100,60
                c,5,3
                d,100,40
                e,0,0
                g,10,
                """,
        ])
        let result = try site.result()
        let s = result.byID()
        #expect(result.order == ["a", "b", "c", "d", "e", "g", "f"])
        #expect(["a", "b", "c", "d"].map { s[$0]!.rank } == [1, 2, 2, 4])
        #expect(["a", "b", "c", "d"].map { s[$0]!.groupRank } == [1, 2, 2, 4])
        #expect(s["e"]!.rank == nil && s["f"]!.rank == nil && s["g"]!.rank == nil)
        #expect(s["e"]!.values == [nil])   // 0 / 0 is undefined
        #expect(s["f"]!.reported == false)
        #expect(s["a"]!.values == [0.8])
        #expect(s["b"]!.targetsMet.map(\.met) == [true])
        #expect(s["d"]!.targetsMet.map(\.met) == [false])
        #expect(s["e"]!.targetsMet.map(\.met) == [false])
    }

    @Test func lowerIsBetterListKeysAndTolerance() throws {
        let site = TestSite([
            "c1/campaign.md": campaignMD("""
                title: "Thấp hơn là tốt hơn"
                period: {start: 2024-01-01, end: 2024-12-31}
                metrics: [{id: total}, {id: late}, {id: online}]
                indicators:
                  - {id: late_rate, formula: "late / total", format: percent, better: lower, target: "5%"}
                  - {id: online_rate, formula: "online / total", format: percent}
                ranking: {by: [late_rate, online_rate]}
                """),
            "c1/units.csv": "id,name\na,An\nb,Bình\nc,Cường\nd,Dũng\n",
            "c1/data/2024-02-01.csv": """
                unit,total,late,online
                a,100,10,90
                b,300,30,99
                c,1000,20,100
                d,100,2,50
                """,
        ])
        let result = try site.result()
        let s = result.byID()
        // late_rate: a 0.1, b 0.1 (equal), c 0.02, d 0.02 → c, d tie on the first key; online breaks it.
        #expect(result.order == ["d", "c", "a", "b"])
        #expect(["d", "c", "a", "b"].map { s[$0]!.rank } == [1, 2, 3, 4])
        #expect(s["c"]!.targetsMet.map(\.met) == [true])   // bare number with better: lower means <=
        #expect(s["a"]!.targetsMet.map(\.met) == [false])
    }

    @Test func valuesWithin1e9AreEqual() {
        #expect(CompetitionRanking.ranks(ofSorted: [[0.3], [0.1 + 0.2], [0.3 - 2e-9]]) == [1, 1, 3])
        #expect(CompetitionRanking.ranks(ofSortedValues: [0.3, 0.1 + 0.2, 0.3 - 2e-9, 0.1, 0.1, 0.1]) == [1, 1, 3, 4, 4, 4])
        #expect(CompetitionRanking.ranks(ofSortedValues: []) == [])
        #expect(Target(.atLeast, 0.2).isMet(by: 0.7 - 0.5))
        #expect(!Target(.above, 0.2).isMet(by: 0.2 + 1e-12))
        #expect(Target(.below, 0.05).isMet(by: 0.0499))
        #expect(!Target(.atMost, 0.05).isMet(by: nil))
    }

    @Test func perGroupTargetsBaselineAndBrackets() throws {
        let site = TestSite([
            "c1/campaign.md": campaignMD("""
                title: "Tăng so với trước chiến dịch"
                period: {start: 2024-09-01, end: 2024-10-31}
                baseline: 2024-07-16
                groups:
                  - {id: g1, name: "Khối 1", brackets: {metric: total, bounds: [1500, 3500]}}
                  - {id: g2, name: "Khối 2"}
                metrics: [{id: total, column: "Tổng số hồ sơ"}, {id: online, column: "Trực tuyến"}]
                indicators:
                  - {id: rate, formula: "online / total", format: percent}
                  - {id: gain, formula: "rate - baseline(rate)", format: points, target: {g1: "20%", g2: "10%"}}
                ranking: {by: gain}
                """),
            "c1/units.csv": Self.roster,
            "c1/data/2024-07-16.csv": """
                unit,Tổng số hồ sơ,Trực tuyến
                a,1000,100
                b,"2.000",200
                c,4000,400
                d,1400,700
                e,100,10
                f,100,50
                g,100,10
                """,
            "c1/data/2024-10-31.csv": """
                unit,Tổng số hồ sơ,Trực tuyến
                a,1000,300
                b,"2.000","1.000"
                c,4000,2000
                d,1499,749.5
                e,100,20
                f,100,50
                g,100,15
                """,
            // After the end of the period: not the current snapshot, still computed.
            "c1/data/2024-11-30.csv": "unit,Tổng số hồ sơ,Trực tuyến\na,1000,1000\n",
        ])
        let result = try site.result()
        let s = result.byID()
        #expect(result.campaign.current == 1)
        #expect(result.values[2][0][0] == 1.0)
        #expect(s["a"]!.values[1]! == 0.3 - 0.1)
        #expect(s["b"]!.values[1]! == 0.5 - 0.1)
        // gains: a .2, b .4, c .4, d 0 | e .1, f 0, g .05
        #expect(result.order == ["b", "c", "a", "e", "g", "d", "f"])
        #expect(["b", "c", "a", "e", "g", "d", "f"].map { s[$0]!.rank } == [1, 1, 3, 4, 5, 6, 6])
        #expect(["b", "c", "a", "d"].map { s[$0]!.groupRank } == [1, 1, 3, 4])
        #expect(["e", "g", "f"].map { s[$0]!.groupRank } == [1, 2, 3])
        // Brackets on the current total: a 1000 (<1500), b 2000, c 4000, d 1499.
        #expect(["a", "b", "c", "d"].map { s[$0]!.bracket } == [0, 1, 2, 0])
        #expect(["a", "b", "c", "d"].map { s[$0]!.bracketRank } == [1, 1, 1, 2])
        #expect(s["e"]!.bracket == nil && s["e"]!.bracketRank == nil)
        #expect(s["a"]!.targetsMet.map(\.met) == [true])    // 0.3 - 0.1 reaches 20% within 1e-9
        #expect(s["g"]!.targetsMet.map(\.met) == [false])
        #expect(s["e"]!.targetsMet.map(\.met) == [true])
    }

    @Test func awardsWithTiesAtNAndScopes() throws {
        let site = TestSite([
            "c1/campaign.md": campaignMD("""
                title: "Khen thưởng"
                period: {start: 2024-01-01, end: 2024-12-31}
                \(Self.groups)
                metrics: [{id: v}]
                indicators:
                  - {id: x, formula: "v", format: number, target: ">= 5"}
                awards:
                  - {id: top2-all, name: "Hai đơn vị dẫn đầu", top: 2, per: all}
                  - {id: top1-group, name: "Dẫn đầu khối", top: 1, require: all_targets}
                  - {id: all-targets, name: "Đạt chỉ tiêu", require: all_targets}
                  - {id: khoi-2, name: "Riêng khối 2", groups: [g2]}
                """),
            "c1/units.csv": Self.roster,
            "c1/data/2024-06-30.csv": """
                unit,v
                a,9
                b,7
                c,7
                d,5
                e,4
                f,4
                g,
                """,
        ])
        let s = try site.result().byID()
        func awards(_ id: String) -> [String] {
            s[id]!.awards.map { ["top2-all", "top1-group", "all-targets", "khoi-2"][$0] }
        }
        #expect(awards("a") == ["top2-all", "top1-group", "all-targets"])
        #expect(awards("b") == ["top2-all", "all-targets"])          // tie at N = 2: both qualify
        #expect(awards("c") == ["top2-all", "all-targets"])
        #expect(awards("d") == ["all-targets"])
        #expect(awards("e") == ["khoi-2"])                            // first in g2 but misses the target
        #expect(awards("f") == ["khoi-2"])
        #expect(awards("g") == ["khoi-2"])                            // require none, no top: unranked still eligible
    }

    @Test func weightedScore() throws {
        let site = TestSite([
            "c1/campaign.md": campaignMD("""
                title: "Chấm điểm"
                period: {start: 2024-01-01, end: 2024-12-31}
                metrics: [{id: x}, {id: y}, {id: z}]
                indicators:
                  - {id: xi, formula: "x", format: percent, target: ">= 50%", weight: 2}
                  - {id: yi, formula: "y", format: percent, better: lower, target: "<= 10%"}
                  - {id: zi, formula: "z", format: percent}
                  - {id: info, formula: "x * 100", weight: 0}
                ranking: {by: score}
                """),
            "c1/units.csv": "id,name\na,An\nb,Bình\nc,Cường\nd,Dũng\n",
            "c1/data/2024-03-31.csv": """
                unit,x,y,z
                a,25%,20%,90%
                b,80%,5%,150%
                c,,0%,50%
                d,60%,10%,100%
                """,
        ])
        let result = try site.result()
        let s = result.byID()
        #expect(s["a"]!.score == 60)                 // 100 × (2×0.5 + 0.5 + 0.9) / 4
        #expect(s["b"]!.score == 100)
        #expect(s["c"]!.score == 37.5)               // x undefined → 0; y 1; z 0.5
        #expect(s["d"]!.score == 100)
        #expect(result.order == ["b", "d", "a", "c"])
        #expect(["b", "d", "a", "c"].map { s[$0]!.rank } == [1, 1, 3, 4])
    }
}
