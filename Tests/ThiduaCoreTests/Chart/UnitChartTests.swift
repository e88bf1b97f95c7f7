import Testing
@testable import ThiduaSupport
@testable import ThiduaLoad
@testable import ThiduaModel
@testable import ThiduaRank
@testable import ThiduaChart
@testable import ThiduaRender
@testable import ThiduaWrite
@testable import ThiduaCore

/// The unit page's bullet, trend and rank-history charts, drawn for any
/// width, and the group references of its bullets.
struct UnitChartTests {
    /// Two groups; ranked on `rate`, so the leaderboard order differs from
    /// both the alphabetical order and the order of the counts.
    static var site: TestSite { TestSite([
        "c/campaign.md": campaignMD("""
            title: "C"
            period: {start: 2024-01-01, end: 2024-12-31}
            groups:
              - {id: a, name: "Khối A"}
              - {id: b, name: "Khối B"}
            metrics: [{id: filed, column: total}, {id: online}, {id: waited, column: wait}]
            indicators:
              - {id: total, name: "Số hồ sơ", formula: "filed", format: number}
              - {id: rate, name: "Tỷ lệ", formula: "online / filed", format: percent, target: ">= 50%"}
              - {id: wait, name: "Ngày chờ", formula: "waited", format: number, better: lower}
            ranking: {by: rate}
            """),
        "c/units.csv": "id,name,group\nan,An,a\nbinh,Bình,a\nchau,Châu,a\ndung,Dũng,a\nem,Em,b\n",
        "c/data/2024-03-31.csv": "unit,total,online,wait\nan,20,2,2\nbinh,20,10,5\nchau,8,4,2\ndung,10,4,3\nem,4,2,1\n",
        "c/data/2024-06-30.csv": "unit,total,online,wait\nan,30,6,1\nbinh,30,27,4\nchau,10,5,1\ndung,20,8,3\nem,5,3,1\n",
    ]) }

    @Test func groupReferencesTakeTheMedianAndTheBestWithTiesToTheLeaderboardOrder() throws {
        let analysis = try Self.site.analyse()
        let result = analysis.results[0]
        let builder = ChartBuilder(result: result, format: NumberFormat(language: .vi), strings: analysis.strings)
        // Group a's leaderboard: Bình 90%, Châu 50%, Dũng 40%, An 20%.
        #expect(result.members(of: "a").map { result.campaign.units[$0.unit].id } == ["binh", "chau", "dung", "an"])
        // Totals 30, 30, 10, 20: median (20 + 30) / 2; Bình and An tie at 30, Bình listed first.
        #expect(builder.references[0]["a"] == GroupReference([(1, 30), (2, 10), (3, 20), (0, 30)], better: .higher))
        #expect(builder.references[0]["a"]?.median == 25)
        #expect(builder.references[0]["a"]?.best == 1 && builder.references[0]["a"]?.bestValue == 30)
        // Waits 4, 1, 3, 1, lower better: Châu and An tie at 1, Châu listed first (An comes first by name).
        #expect(builder.references[2]["a"]?.median == 2)
        #expect(builder.references[2]["a"]?.best == 2 && builder.references[2]["a"]?.bestValue == 1)
        // A group of one is its own median and best.
        #expect(builder.references[0]["b"] == GroupReference([(4, 5)], better: .higher))
        #expect(builder.references[0]["b"]?.median == 5 && builder.references[0]["b"]?.best == 4)

        // The count's bullet names both; the percentage with a target keeps its tick alone.
        let count = builder.bullet(unit: 3, indicator: 0)
        #expect(count.references == [
            BulletChart.Reference(kind: .median, value: 25, text: "Trung vị khối: 25"),
            BulletChart.Reference(kind: .best, value: 30, text: "Cao nhất khối: 30"),
        ])
        #expect(count.description == "Dũng đạt 20, hạng 3/4 trong khối. Trung vị khối: 25; Cao nhất khối: 30 — Bình.")
        #expect(builder.bullet(unit: 3, indicator: 2).references.map(\.text) == ["Trung vị khối: 2", "Thấp nhất khối: 1"])
        #expect(builder.bullet(unit: 3, indicator: 1).references.isEmpty)
        #expect(builder.bullet(unit: 3, indicator: 1).targetText == "Chỉ tiêu ≥ 50,0%")
    }

    @Test func groupReferenceOfNoValuesIsNil() {
        #expect(GroupReference([], better: .higher) == nil)
        let odd = GroupReference([(0, 3), (1, 1), (2, 2)], better: .lower)
        #expect(odd?.median == 2 && odd?.best == 1 && odd?.bestValue == 1)
    }

    @Test func axisEndsAreRoundFigures() {
        #expect(AxisEnds.ceiling(3306) == 4000)
        #expect(AxisEnds.ceiling(92.12) == 100)
        #expect(AxisEnds.ceiling(30) == 30)
        #expect(AxisEnds.ceiling(0) == 0)
        #expect(AxisEnds.ceiling(2_614_507_177) == 3e9)
        #expect(AxisEnds.floor(-0.0062) == -0.008)
        #expect(AxisEnds.floor(0) == 0)
        #expect(AxisEnds.ends(of: (0, 0.42), format: .percent) == (0, 0.42))
        #expect(AxisEnds.ends(of: (-0.006, 0.42), format: .points) == (-0.006, 0.5))
    }

    @Test func trendAxisEndsAreWrittenShort() throws {
        let analysis = try Self.site.analyse()
        let builder = ChartBuilder(result: analysis.results[0], format: NumberFormat(language: .vi), strings: analysis.strings)
        #expect(builder.ticks[0] == [TrendChart.Tick(value: 0, text: "0"), TrendChart.Tick(value: 30, text: "30")])
        #expect(builder.ticks[1] == [TrendChart.Tick(value: 0, text: "0%"), TrendChart.Tick(value: 1, text: "100%")])
        #expect(builder.rankTrend(unit: 0).ticks == [TrendChart.Tick(value: 1, text: "hạng 1"), TrendChart.Tick(value: 5, text: "hạng 5")])
        let strings = analysis.strings, format = NumberFormat(language: .vi)
        #expect(ChartBuilder.chartText(0.034, .points, format: format, strings: strings) == "+3,4 điểm %")
        #expect(ChartBuilder.chartText(-0.006, .points, format: format, strings: strings, tick: true) == "-0,6 điểm %")
        #expect(ChartBuilder.chartText(0.4, .points, format: format, strings: strings, tick: true) == "+40 điểm %")
        #expect(ChartBuilder.chartText(0.375, .percent, format: format, strings: strings) == "37,5%")
    }

    @Test func labelsNearEachOtherGoOnSeparateLines() {
        let near = [FluidLabel("Trung vị khối: 1.234", size: 14, at: 0.4), FluidLabel("Cao nhất khối: 5.678", size: 14, at: 0.55)]
        #expect(FluidLabel.stack(near) == [0, 1])
        let apart = [FluidLabel("Trung vị: 1", size: 14, at: 0.1), FluidLabel("Cao nhất: 9", size: 14, at: 0.95)]
        #expect(FluidLabel.stack(apart) == [0, 0])
        // Near an edge a label grows inwards.
        #expect(apart.map(\.anchor) == [.start, .end])
        #expect(FluidLabel("Trung vị: 1", size: 14, at: 0.5).anchor == .middle)
    }
}
