import Testing
@testable import ThiduaSupport
@testable import ThiduaLoad
@testable import ThiduaModel
@testable import ThiduaRank
@testable import ThiduaChart
@testable import ThiduaRender
@testable import ThiduaWrite
@testable import ThiduaCore

/// The ranking of one snapshot's scopes on flat keys (`Rank/ScopeRanking.swift`).
struct ScopeRankingTests {
    static func standings(_ count: Int) -> [Standing] {
        (0..<count).map {
            Standing(unit: $0, group: "g", bracket: nil, reported: true, rank: nil, groupRank: nil, bracketRank: nil,
                     score: nil, values: [], targetsMet: [], awards: [])
        }
    }

    @Test func competitionRanksWithinEachScopeTiesWithinTheToleranceShareARank() {
        // Units 0–5; higher is better; unit 4 is not ranked.
        // Scope A: 0 (0.5), 1 (0.7), 2 (0.7 + 1e-12, a tie with 1), 3 (0.2). Scope B: 5 (0.1). No scope: none.
        let ranking = ScopeRanking(keys: [0.5, 0.7, 0.7 + 1e-12, 0.2, 0.9, 0.1], width: 1,
                                   ranked: [true, true, true, true, false, true],
                                   alphabetical: [0, 3, 1, 2, 4, 5])
        var standings = Self.standings(6)
        ranking.assign(&standings, scopes: ["A", "A", "A", "A", "A", "B"]) { $0.rank = $1 }
        #expect(standings.map(\.rank) == [3, 1, 1, 4, nil, 1])
    }

    @Test func laterKeysBreakTiesOfEarlierOnesThenTheAlphabeticalOrderOnly() {
        // Two keys per unit: equal first keys are decided by the second; equal
        // keys give the same rank whatever the alphabetical order.
        let ranking = ScopeRanking(keys: [1, 5, 1, 7, 1, 5, 0, 9], width: 2,
                                   ranked: [true, true, true, true], alphabetical: [2, 1, 0, 3])
        #expect(ranking.compare(1, 0) < 0)
        #expect(ranking.compare(0, 2) == 0)
        #expect(ranking.compare(3, 0) > 0)
        var standings = Self.standings(4)
        ranking.assign(&standings, scopes: [0, 0, 0, nil]) { $0.groupRank = $1 }
        #expect(standings.map(\.groupRank) == [2, 1, 2, nil])
    }
}
