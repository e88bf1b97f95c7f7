/// Who the plan's rules make eligible for each award at one snapshot: a
/// proposal ("đủ điều kiện đề xuất"), never a decision.
enum AwardEligibility {
    /// Fills `awards` of each standing (standings in unit order, ranks
    /// assigned); awards are visited in order, so each list is in award order.
    static func assign(_ standings: inout [Standing], campaign: Campaign, snapshot s: Int, table: Evaluator.Table) {
        for (a, award) in campaign.awards.enumerated() {
            let passes = standings.map { standing in
                if let groups = award.groups, !groups.contains(standing.group) { return false }
                return meets(award.require, standing, campaign: campaign, snapshot: s, table: table)
            }
            guard let top = award.top else {
                for u in standings.indices where passes[u] { standings[u].awards.append(a) }
                continue
            }
            // In each scope, the first `top` ranked units that pass, in rank
            // order, and every unit tied with the last of them.
            var members: [String: [(unit: Int, rank: Int)]] = [:]
            var scopes: [String] = []
            for u in standings.indices where passes[u] {
                guard let (scope, rank) = place(standings[u], per: award.per, campaign: campaign) else { continue }
                if members[scope] == nil { scopes.append(scope) }
                members[scope, default: []].append((u, rank))
            }
            for scope in scopes {
                // Unit order breaks ties in the sort only; tied units all qualify or none does.
                let sorted = members[scope]!.sorted { $0.rank != $1.rank ? $0.rank < $1.rank : $0.unit < $1.unit }
                let cutoff = sorted.count <= top ? Int.max : sorted[top - 1].rank
                for entry in sorted where entry.rank <= cutoff { standings[entry.unit].awards.append(a) }
            }
        }
    }

    /// The scope a unit competes in for a `top` award, and its rank there;
    /// nil when it is unranked there.
    static func place(_ standing: Standing, per: Award.Scope, campaign: Campaign) -> (String, Int)? {
        switch per {
        case .all:
            return standing.rank.map { ("", $0) }
        case .group:
            return standing.groupRank.map { (standing.group, $0) }
        case .bracket:
            // A group without brackets is one scope (the documented decision).
            guard campaign.group(standing.group)?.brackets != nil else {
                return standing.groupRank.map { (standing.group, $0) }
            }
            guard let bracket = standing.bracket, let rank = standing.bracketRank else { return nil }
            return ("\(standing.group)\u{1F}\(bracket)", rank)
        }
    }

    /// Whether a unit meets an award's `require`.
    static func meets(_ require: Award.Requirement, _ standing: Standing, campaign: Campaign,
                      snapshot s: Int, table: Evaluator.Table) -> Bool {
        switch require {
        case .none: return true
        case .allTargets: return standing.meetsAllTargets
        case .decided: return false
        case .condition(let condition, _):
            let u = standing.unit
            return condition.evaluate({ Evaluator.value($0, snapshot: s, unit: u, campaign: campaign, table: table) },
                                      allTargets: { standing.meetsAllTargets }) == true
        }
    }
}
