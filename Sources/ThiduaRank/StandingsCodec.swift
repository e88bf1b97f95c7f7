import Foundation

/// One snapshot's standings as bytes, for `RankMemo` (`MemoWriter`'s
/// format). What the plan gives again is not written: a standing's group
/// is its unit's, a target check's goal is the one `RankStage.UnitRules`
/// finds for the unit's group. `decode` gives nil for anything that does
/// not fit the campaign it is read for (another roster, another plan), so
/// the snapshot is ranked again instead.
enum StandingsCodec {
    private static let magic = Array("thidua-standings 1\n".utf8)

    static func encode(_ standings: [Standing]) -> Data {
        var out = MemoWriter(magic: magic)
        out.int(standings.count)
        for standing in standings {
            out.int(standing.unit)
            out.optional(standing.bracket)
            out.flag(standing.reported)
            out.optional(standing.rank)
            out.optional(standing.groupRank)
            out.optional(standing.bracketRank)
            out.optional(standing.score)
            out.int(standing.values.count)
            for value in standing.values { out.optional(value) }
            out.int(standing.targetsMet.count)
            for check in standing.targetsMet {
                out.int(check.indicator)
                out.flag(check.met)
            }
            out.int(standing.awards.count)
            for award in standing.awards { out.int(award) }
        }
        return out.sealed()
    }

    static func decode(_ data: Data, campaign: Campaign, rules: RankStage.UnitRules) -> [Standing]? {
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> [Standing]? in
            guard var input = MemoReader(raw, magic: magic), let count = input.count(),
                  count == campaign.units.count else { return nil }
            var seen = [Bool](repeating: false, count: count)
            var standings: [Standing] = []
            standings.reserveCapacity(count)
            for _ in 0..<count {
                guard let unit = input.int(), seen.indices.contains(unit), !seen[unit],
                      let bracket = input.optional(), let reported = input.flag(),
                      let rank = input.optional(), let groupRank = input.optional(), let bracketRank = input.optional(),
                      let score = input.optionalDouble(),
                      let valueCount = input.count(), valueCount == campaign.indicators.count else { return nil }
                seen[unit] = true
                var values: [Double?] = []
                values.reserveCapacity(valueCount)
                for _ in 0..<valueCount {
                    guard let value = input.optionalDouble() else { return nil }
                    values.append(value)
                }
                let goals = rules.goals[unit]
                guard let checkCount = input.count(), checkCount == goals.count else { return nil }
                var checks: [TargetCheck] = []
                checks.reserveCapacity(checkCount)
                for entry in goals {
                    guard let indicator = input.int(), indicator == entry.indicator, let met = input.flag() else { return nil }
                    checks.append(TargetCheck(indicator: indicator, goal: entry.goal, met: met))
                }
                guard let awardCount = input.count() else { return nil }
                var awards: [Int] = []
                awards.reserveCapacity(awardCount)
                for _ in 0..<awardCount {
                    guard let award = input.int(), campaign.awards.indices.contains(award) else { return nil }
                    awards.append(award)
                }
                standings.append(Standing(
                    unit: unit, group: campaign.units[unit].group, bracket: bracket, reported: reported, rank: rank,
                    groupRank: groupRank, bracketRank: bracketRank, score: score, values: values,
                    targetsMet: checks, awards: awards))
            }
            return input.atEnd ? standings : nil
        }
    }
}
