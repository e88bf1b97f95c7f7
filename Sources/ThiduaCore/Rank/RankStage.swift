/// The Rank stage: indicator values, ranks, brackets, scores, targets and
/// awards for every snapshot of a campaign.
public enum RankStage {
    public static func rank(_ campaign: Campaign) -> CampaignResult {
        let values = Evaluator.evaluate(campaign)
        let collation = Parallel.map(campaign.units) { VietnameseCollation.key($0.name) }
        // Leaderboard tie-break: Vietnamese alphabetical order of names, then id.
        let alphabetical = campaign.units.indices.sorted {
            collation[$0] != collation[$1] ? collation[$0] < collation[$1]
                : Array(campaign.units[$0].id.utf8).lexicographicallyPrecedes(Array(campaign.units[$1].id.utf8))
        }
        var position = [Int](repeating: 0, count: campaign.units.count)
        for (order, unit) in alphabetical.enumerated() { position[unit] = order }

        // Snapshots are ranked independently: on every core.
        let units = UnitRules(campaign)
        let standings = Parallel.map(Array(campaign.snapshots.indices)) { s in
            standingsAt(s, campaign: campaign, units: units, values: values[s], alphabetical: position)
        }
        return CampaignResult(campaign: campaign, values: values, standings: standings)
    }

    /// What ranking needs of each unit that is the same at every snapshot.
    struct UnitRules {
        /// `[unit]`: index into `Campaign.groups`, nil for a group not declared.
        var group: [Int?]
        /// `[unit]`: a number per distinct group id of the units (the scope of `group_rank`).
        var groupKey: [Int]
        /// `[unit]`: (indicator, target) of each indicator with a target for the unit's group, in indicator order.
        var targets: [[(indicator: Int, target: Target)]]
        /// `[unit]`: the weighted score's targets, by indicator (`ranking.by: score` only).
        var scoreTargets: [[Target?]]

        init(_ campaign: Campaign) {
            let groupIndex = Dictionary(campaign.groups.enumerated().map { ($1.id, $0) }) { first, _ in first }
            group = campaign.units.map { groupIndex[$0.group] }
            var keys: [String: Int] = [:]
            groupKey = campaign.units.map { unit in
                if let key = keys[unit.group] { return key }
                keys[unit.group] = keys.count
                return keys.count - 1
            }
            var byGroup: [String: (targets: [(indicator: Int, target: Target)], all: [Target?])] = [:]
            targets = []
            scoreTargets = []
            for unit in campaign.units {
                if byGroup[unit.group] == nil {
                    let all = campaign.indicators.map { $0.target.target(for: unit.group) }
                    byGroup[unit.group] = (all.enumerated().compactMap { k, target in target.map { (k, $0) } }, all)
                }
                let rules = byGroup[unit.group]!
                targets.append(rules.targets)
                scoreTargets.append(rules.all)
            }
        }
    }

    static func standingsAt(_ s: Int, campaign: Campaign, units: UnitRules, values: [[Double?]],
                            alphabetical: [Int]) -> [Standing] {
        let snapshot = campaign.snapshots[s]
        let byScore = campaign.ranking == .score
        var standings: [Standing] = []
        standings.reserveCapacity(campaign.units.count)
        // Ranking keys of all units in one array, `width` each (zeros for units without one).
        let width: Int
        switch campaign.ranking {
        case .score: width = 1
        case .indicators(let order): width = order.count
        }
        var keys: [Double] = []
        keys.reserveCapacity(campaign.units.count * width)
        var ranked: [Bool] = []
        ranked.reserveCapacity(campaign.units.count)
        for (u, unit) in campaign.units.enumerated() {
            let group = units.group[u].map { campaign.groups[$0] }
            let row = snapshot.rows[u]
            let reported = row != nil
            let unitValues = values[u]
            let checks = units.targets[u].map { entry in
                TargetCheck(indicator: entry.indicator, target: entry.target, met: entry.target.isMet(by: unitValues[entry.indicator]))
            }
            var score: Double?
            let keyStart = keys.count
            switch campaign.ranking {
            case .score:
                let value = Score.score(values: unitValues, indicators: campaign.indicators, targets: units.scoreTargets[u])
                score = value
                keys.append(value)
            case .indicators(let order):
                for k in order {
                    guard let value = unitValues[k] else { break }
                    keys.append(campaign.indicators[k].better == .higher ? value : -value)
                }
            }
            let complete = keys.count - keyStart == width
            ranked.append(reported && complete)
            // Every unit keeps a slot, so unit u's key starts at u × width.
            if !complete { keys.removeSubrange(keyStart...); keys.append(contentsOf: repeatElement(0, count: width)) }
            var bracket: Int?
            if let brackets = group?.brackets, let value = row?[brackets.metric] ?? nil {
                bracket = brackets.bracket(of: value)
            }
            standings.append(Standing(
                unit: u, group: unit.group, bracket: bracket, reported: reported, rank: nil, groupRank: nil,
                bracketRank: nil, score: byScore ? score : nil, values: unitValues, targetsMet: checks, awards: []))
        }

        let ranking = ScopeRanking(keys: keys, width: width, ranked: ranked, alphabetical: alphabetical)
        ranking.assign(&standings, scopes: [Int?](repeating: 0, count: standings.count)) { $0.rank = $1 }
        ranking.assign(&standings, scopes: units.groupKey.map(Optional.some)) { $0.groupRank = $1 }
        ranking.assign(&standings, scopes: standings.indices.map { u in
            standings[u].bracket.map { BracketScope(group: units.groupKey[u], bracket: $0) }
        }) { $0.bracketRank = $1 }

        if !campaign.awards.isEmpty {
            for i in standings.indices {
                standings[i].awards = campaign.awards.indices.filter {
                    isEligible(standings[i], for: campaign.awards[$0], campaign: campaign)
                }
            }
        }
        // Leaderboard order, sorting positions rather than the standings themselves.
        let order = standings.indices.sorted { a, b in
            switch (standings[a].rank, standings[b].rank) {
            case let (x?, y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return alphabetical[standings[a].unit] < alphabetical[standings[b].unit]
            }
        }
        return order.map { standings[$0] }
    }

    /// A group (`UnitRules.groupKey`) and one of its brackets: the scope of `bracket_rank`.
    struct BracketScope: Hashable {
        var group: Int
        var bracket: Int
    }

    static func isEligible(_ standing: Standing, for award: Award, campaign: Campaign) -> Bool {
        if let groups = award.groups, !groups.contains(standing.group) { return false }
        if award.require == .allTargets && !standing.meetsAllTargets { return false }
        guard let top = award.top else { return true }
        let rank: Int?
        switch award.per {
        case .all: rank = standing.rank
        case .group: rank = standing.groupRank
        case .bracket:
            let groupHasBrackets = campaign.group(standing.group)?.brackets != nil
            rank = groupHasBrackets ? standing.bracketRank : standing.groupRank
        }
        guard let rank else { return false }
        return rank <= top
    }
}
