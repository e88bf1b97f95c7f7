/// Changes between two snapshots: rank changes and the biggest movers.
public enum Movement {
    /// Places gained (positive) or lost (negative) in the overall rank since
    /// snapshot `from`; nil when the unit is unranked in either.
    public static func rankChange(unit: Int, from: Int?, to: Int, result: CampaignResult) -> Int? {
        guard let from, let before = result.rank(of: unit, at: from), let after = result.rank(of: unit, at: to) else { return nil }
        return before - after
    }

    /// Units with the largest rank gains (`up`) and losses (`down`) since the
    /// previous snapshot, at most `limit` each. Ties: the better current rank
    /// first, then leaderboard order.
    public static func movers(_ result: CampaignResult, limit: Int = 3) -> (up: [(Int, Int)], down: [(Int, Int)]) {
        let campaign = result.campaign
        guard let previous = campaign.previous else { return ([], []) }
        var changes: [(unit: Int, change: Int, order: Int)] = []
        for (order, standing) in result.current.enumerated() {
            if let change = rankChange(unit: standing.unit, from: previous, to: campaign.current, result: result),
               change != 0 {
                changes.append((standing.unit, change, order))
            }
        }
        let up = changes.filter { $0.change > 0 }
            .sorted { $0.change != $1.change ? $0.change > $1.change : $0.order < $1.order }
        let down = changes.filter { $0.change < 0 }
            .sorted { $0.change != $1.change ? $0.change < $1.change : $0.order < $1.order }
        return (up.prefix(limit).map { ($0.unit, $0.change) }, down.prefix(limit).map { ($0.unit, $0.change) })
    }
}
