/// The Rank stage: indicator values, ranks, brackets, scores, targets and
/// awards for every snapshot of a campaign.
public enum RankStage {
    public static func rank(_ campaign: Campaign) -> CampaignResult {
        let values = Evaluator.evaluate(campaign)
        let collation = campaign.units.map { VietnameseCollation.key($0.name) }
        // Leaderboard tie-break: Vietnamese alphabetical order of names, then id.
        let alphabetical = campaign.units.indices.sorted {
            collation[$0] != collation[$1] ? collation[$0] < collation[$1]
                : Array(campaign.units[$0].id.utf8).lexicographicallyPrecedes(Array(campaign.units[$1].id.utf8))
        }
        var position = [Int](repeating: 0, count: campaign.units.count)
        for (order, unit) in alphabetical.enumerated() { position[unit] = order }

        let standings = campaign.snapshots.indices.map { s in
            standingsAt(s, campaign: campaign, values: values[s], alphabetical: position)
        }
        return CampaignResult(campaign: campaign, values: values, standings: standings)
    }

    static func standingsAt(_ s: Int, campaign: Campaign, values: [[Double?]], alphabetical: [Int]) -> [Standing] {
        let snapshot = campaign.snapshots[s]
        let byScore = campaign.ranking == .score
        var standings: [Standing] = []
        var keys: [[Double]?] = []
        for (u, unit) in campaign.units.enumerated() {
            let group = campaign.group(unit.group)
            let reported = snapshot.rows[u] != nil
            let unitValues = values[u]
            var checks: [TargetCheck] = []
            for (k, indicator) in campaign.indicators.enumerated() {
                if let target = indicator.target.target(for: unit.group) {
                    checks.append(TargetCheck(indicator: k, target: target, met: target.isMet(by: unitValues[k])))
                }
            }
            var score: Double?
            var key: [Double]?
            switch campaign.ranking {
            case .score:
                let value = Score.score(values: unitValues, indicators: campaign.indicators, group: unit.group)
                score = value
                key = reported ? [value] : nil
            case .indicators(let order):
                var list: [Double] = []
                for k in order {
                    guard let value = unitValues[k] else { break }
                    list.append(campaign.indicators[k].better == .higher ? value : -value)
                }
                key = reported && list.count == order.count ? list : nil
            }
            var bracket: Int?
            if let brackets = group?.brackets, let value = snapshot.rows[u]?[brackets.metric] ?? nil {
                bracket = brackets.bracket(of: value)
            }
            standings.append(Standing(
                unit: u, group: unit.group, bracket: bracket, reported: reported, rank: nil, groupRank: nil,
                bracketRank: nil, score: byScore ? score : nil, values: unitValues, targetsMet: checks, awards: []))
            keys.append(key)
        }

        assignRanks(&standings, keys: keys, alphabetical: alphabetical, scope: { _ in 0 }, set: { $0.rank = $1 })
        assignRanks(&standings, keys: keys, alphabetical: alphabetical,
                    scope: { $0.group }, set: { $0.groupRank = $1 })
        assignRanks(&standings, keys: keys, alphabetical: alphabetical,
                    scope: { standing in standing.bracket.map { "\(standing.group)\u{0}\($0)" } }, set: { $0.bracketRank = $1 })

        for i in standings.indices {
            standings[i].awards = campaign.awards.indices.filter {
                isEligible(standings[i], for: campaign.awards[$0], campaign: campaign)
            }
        }
        return standings.sorted {
            switch ($0.rank, $1.rank) {
            case let (a?, b?) where a != b: return a < b
            case (.some, nil): return true
            case (nil, .some): return false
            default: return alphabetical[$0.unit] < alphabetical[$1.unit]
            }
        }
    }

    /// Ranks the ranked units within each scope (units whose scope is nil are
    /// not ranked in it).
    static func assignRanks<Scope: Hashable>(
        _ standings: inout [Standing], keys: [[Double]?], alphabetical: [Int],
        scope: (Standing) -> Scope?, set: (inout Standing, Int) -> Void
    ) {
        var members: [Scope: [Int]] = [:]
        var scopes: [Scope] = []
        for (i, standing) in standings.enumerated() {
            guard keys[i] != nil, let key = scope(standing) else { continue }
            if members[key] == nil { scopes.append(key) }
            members[key, default: []].append(i)
        }
        for key in scopes {
            let sorted = members[key]!.sorted { a, b in
                let order = CompetitionRanking.compare(keys[a]!, keys[b]!)
                return order != 0 ? order < 0 : alphabetical[a] < alphabetical[b]
            }
            let ranks = CompetitionRanking.ranks(ofSorted: sorted.map { keys[$0]! })
            for (i, rank) in zip(sorted, ranks) { set(&standings[i], rank) }
        }
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
