import Foundation

/// The Rank stage: indicator values, ranks, brackets, scores, targets and
/// awards for every snapshot of a campaign.
public enum RankStage {
    public static func rank(_ campaign: Campaign) -> CampaignResult {
        rank(campaign, memo: nil).result
    }

    /// As `rank`, taking from `memo` the standings of the snapshots an
    /// earlier build ranked (`RankMemo`); also gives the standings ranked
    /// anew, to keep for the next build. The same result either way.
    public static func rank(_ campaign: Campaign, memo: RankMemo?) -> (result: CampaignResult, kept: MemoEntries) {
        let units = UnitRules(campaign)
        let keys = memo == nil ? nil : RankMemo.keys(campaign)
        let decoded: [[Standing]?] = keys.map { keys in
            Parallel.map(keys) { key in
                memo?.entries[key].flatMap { StandingsCodec.decode($0, campaign: campaign, rules: units) }
            }
        } ?? campaign.snapshots.map { _ in nil }
        let known = decoded.map { standings in
            standings.map { standings in
                var values = [[Double?]](repeating: [], count: campaign.units.count)
                for standing in standings { values[standing.unit] = standing.values }
                return values
            }
        }
        let values = Evaluator.evaluate(campaign, known: known)
        let position = decoded.contains { $0 == nil } ? alphabeticalPositions(campaign) : []

        // Snapshots are ranked independently: on every core.
        let ranked = Parallel.map(Array(campaign.snapshots.indices)) { s -> ([Standing], Data?) in
            if let standings = decoded[s] { return (standings, nil) }
            let standings = standingsAt(s, campaign: campaign, units: units, table: values, alphabetical: position)
            return (standings, keys == nil ? nil : StandingsCodec.encode(standings))
        }
        var kept = MemoEntries()
        if let keys {
            for (key, (_, fresh)) in zip(keys, ranked) {
                kept.used.insert(key)
                if let fresh { kept.fresh[key] = fresh }
            }
        }
        var result = CampaignResult(campaign: campaign, values: values, standings: ranked.map(\.0))
        result.totals = Totals.compute(campaign)
        result.warnings = PlanFigureCheck.warnings(campaign, totals: result.totals) + grantWarnings(result)
        result.rankKeys = keys
        return (result, kept)
    }

    /// Each unit's place in the leaderboard's tie-break: Vietnamese
    /// alphabetical order of names, then id.
    static func alphabeticalPositions(_ campaign: Campaign) -> [Int] {
        let collation = Parallel.map(campaign.units) { VietnameseCollation.key($0.name) }
        let alphabetical = campaign.units.indices.sorted {
            collation[$0] != collation[$1] ? collation[$0] < collation[$1]
                : Array(campaign.units[$0].id.utf8).lexicographicallyPrecedes(Array(campaign.units[$1].id.utf8))
        }
        var position = [Int](repeating: 0, count: campaign.units.count)
        for (order, unit) in alphabetical.enumerated() { position[unit] = order }
        return position
    }

    /// What ranking needs of each unit that is the same at every snapshot.
    struct UnitRules {
        /// `[unit]`: index into `Campaign.groups`, nil for a group not declared.
        var group: [Int?]
        /// `[unit]`: a number per distinct group id of the units (the scope of `group_rank`).
        var groupKey: [Int]
        /// `[unit]`: (indicator, goal) of each indicator with a target for the unit's group, in indicator order.
        var goals: [[(indicator: Int, goal: Goal)]]
        /// `[unit]`: the goal of each indicator for the unit's group, by indicator (nil: none).
        var goalByIndicator: [[Goal?]]

        init(_ campaign: Campaign) {
            let groupIndex = Dictionary(campaign.groups.enumerated().map { ($1.id, $0) }) { first, _ in first }
            group = campaign.units.map { groupIndex[$0.group] }
            var keys: [String: Int] = [:]
            groupKey = campaign.units.map { unit in
                if let key = keys[unit.group] { return key }
                keys[unit.group] = keys.count
                return keys.count - 1
            }
            var byGroup: [String: (goals: [(indicator: Int, goal: Goal)], all: [Goal?])] = [:]
            goals = []
            goalByIndicator = []
            for unit in campaign.units {
                if byGroup[unit.group] == nil {
                    let all = campaign.indicators.map { $0.target.goal(for: unit.group) }
                    byGroup[unit.group] = (all.enumerated().compactMap { k, goal in goal.map { (k, $0) } }, all)
                }
                let rules = byGroup[unit.group]!
                goals.append(rules.goals)
                goalByIndicator.append(rules.all)
            }
        }
    }

    /// Whether a unit meets a goal at a snapshot: the value part, or the
    /// condition part evaluated over the unit's figures there.
    static func isMet(_ goal: Goal, indicator k: Int, unit u: Int, snapshot s: Int,
                      campaign: Campaign, table: Evaluator.Table) -> Bool {
        let value = table[s][u][k]
        if let threshold = goal.threshold, threshold.isMet(by: value) { return true }
        guard let condition = goal.condition else { return false }
        return condition.evaluate { Evaluator.value($0, snapshot: s, unit: u, campaign: campaign, table: table) } == true
    }

    static func standingsAt(_ s: Int, campaign: Campaign, units: UnitRules, table: Evaluator.Table,
                            alphabetical: [Int]) -> [Standing] {
        let snapshot = campaign.snapshots[s]
        let values = table[s]
        let keyList = campaign.ranking.keys
        let usesScore = campaign.ranking.usesScore
        var standings: [Standing] = []
        standings.reserveCapacity(campaign.units.count)
        // Ranking keys of all units in one array, `width` each (zeros for units without one).
        let width = keyList.count
        var keys: [Double] = []
        keys.reserveCapacity(campaign.units.count * width)
        var ranked: [Bool] = []
        ranked.reserveCapacity(campaign.units.count)
        var met = [Bool](repeating: false, count: campaign.indicators.count)
        for (u, unit) in campaign.units.enumerated() {
            let group = units.group[u].map { campaign.groups[$0] }
            let row = snapshot.rows[u]
            let reported = row != nil
            let unitValues = values[u]
            let checks = units.goals[u].map { entry in
                TargetCheck(indicator: entry.indicator, goal: entry.goal,
                            met: isMet(entry.goal, indicator: entry.indicator, unit: u, snapshot: s, campaign: campaign, table: table))
            }
            var score: Double?
            if usesScore && reported {
                for k in met.indices { met[k] = false }
                for check in checks { met[check.indicator] = check.met }
                score = Score.score(values: unitValues, indicators: campaign.indicators,
                                    goals: units.goalByIndicator[u], met: met)
            }
            let keyStart = keys.count
            for key in keyList {
                switch key {
                case .score:
                    guard let score else { break }
                    keys.append(score)
                    continue
                case .indicator(let k):
                    guard let value = unitValues[k] else { break }
                    keys.append(campaign.indicators[k].better == .higher ? value : -value)
                    continue
                }
                break
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
                bracketRank: nil, score: score, values: unitValues, targetsMet: checks, awards: []))
        }

        let ranking = ScopeRanking(keys: keys, width: width, ranked: ranked, alphabetical: alphabetical)
        ranking.assign(&standings, scopes: [Int?](repeating: 0, count: standings.count)) { $0.rank = $1 }
        ranking.assign(&standings, scopes: units.groupKey.map(Optional.some)) { $0.groupRank = $1 }
        ranking.assign(&standings, scopes: standings.indices.map { u in
            standings[u].bracket.map { BracketScope(group: units.groupKey[u], bracket: $0) }
        }) { $0.bracketRank = $1 }

        AwardEligibility.assign(&standings, campaign: campaign, snapshot: s, table: table)
        // Leaderboard order, sorted in place: the standings are moved, where
        // picking them in a sorted order of positions copied each (a retain
        // of each of its arrays). A total order: `alphabetical` has a place
        // for every unit.
        standings.sort { a, b in
            switch (a.rank, b.rank) {
            case let (x?, y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return alphabetical[a.unit] < alphabetical[b.unit]
            }
        }
        return standings
    }

    /// A grant of a rule-based award to a unit the rules do not make
    /// eligible at the current snapshot: shown, as decided, but worth a look.
    static func grantWarnings(_ result: CampaignResult) -> [Diagnostic] {
        let campaign = result.campaign
        return campaign.grants.compactMap { grant in
            let award = campaign.awards[grant.award]
            guard award.require != .decided,
                  let standing = result.standing(of: grant.unit, at: campaign.current),
                  !standing.awards.contains(grant.award) else { return nil }
            return .warning(grant.location,
                .grantNotEligible, ["id": award.id, "unit": campaign.units[grant.unit].id, "date": campaign.snapshots[campaign.current].date])
        }
    }

    /// A group (`UnitRules.groupKey`) and one of its brackets: the scope of `bracket_rank`.
    struct BracketScope: Hashable {
        var group: Int
        var bracket: Int
    }
}
