import Testing
@testable import ThiduaSupport
@testable import ThiduaLoad
@testable import ThiduaModel
@testable import ThiduaRank
@testable import ThiduaChart
@testable import ThiduaRender
@testable import ThiduaWrite
@testable import ThiduaCore

struct HistoryTests {
    static var site: TestSite {
        TestSite([
            "c/campaign.md": campaignMD("""
                title: "Lịch sử"
                period: {start: 2024-09-01, end: 2024-10-31}
                metrics: [{id: total}, {id: online}]
                indicators:
                  - {id: rate, formula: "online / total", format: percent, target: ">= 50%"}
                """),
            "c/units.csv": "id,name\na,An\nb,Bình\nc,Cường\nd,Dũng\n",
            // a: 60, 55, 52 → met three times; b: 20 → 30 → 40, two points a day → 50 on 2024-09-16;
            // c: 40 → 35 → 30 falling; d: 10 → 11 → 12, too slow for 31/10.
            "c/data/2024-09-01.csv": "unit,total,online\na,100,60\nb,100,20\nc,100,40\nd,100,10\n",
            "c/data/2024-09-06.csv": "unit,total,online\na,100,55\nb,100,30\nc,100,35\nd,100,11\n",
            "c/data/2024-09-11.csv": "unit,total,online\na,100,52\nb,100,40\nc,100,30\nd,100,12\n",
        ])
    }

    @Test func streaks() throws {
        let result = try Self.site.result()
        #expect((0..<4).map { History.streak(unit: $0, indicator: 0, upTo: 2, result: result) } == [3, 0, 0, 0])
        #expect(History.streak(unit: 0, indicator: 0, upTo: 0, result: result) == 1)
    }

    /// Read in place, as the standing itself says: a met at 60, 55, 52 % for An, never for the others.
    @Test func meetsTargetReadsTheStanding() throws {
        let result = try Self.site.result()
        let met = (0..<3).map { s in (0..<4).map { result.meetsTarget(unit: $0, indicator: 0, at: s) } }
        #expect(met == [[true, false, false, false], [true, false, false, false], [true, false, false, false]])
        for s in 0..<3 {
            for u in 0..<4 {
                #expect(met[s][u] == (result.standing(of: u, at: s)?.targetsMet.first { $0.indicator == 0 }?.met == true))
            }
        }
    }

    @Test func pace() throws {
        let result = try Self.site.result()
        #expect(History.pace(unit: 0, indicator: 0, result: result) == .met)
        #expect(History.pace(unit: 1, indicator: 0, result: result) == .reaches(Day(year: 2024, month: 9, day: 16)))
        #expect(History.pace(unit: 2, indicator: 0, result: result) == .notBeforeEnd)
        #expect(History.pace(unit: 3, indicator: 0, result: result) == .notBeforeEnd)
    }

    @Test func mostImprovedSinceTheFirstSnapshot() throws {
        let improved = History.mostImproved(try Self.site.result(), indicator: 0)
        #expect(improved.map(\.0) == [1, 3])
        #expect(abs(improved[0].1 - 0.2) < 1e-12)
    }

    @Test func dayOrdinalRoundTrips() {
        for text in ["1970-01-01", "2000-02-29", "2024-12-31", "2026-03-01"] {
            let day = Day(iso: text)!
            #expect(Day(ordinal: day.ordinal) == day)
        }
    }
}
