import Foundation

/// How far a unit is from an indicator's target, in the unit's own terms.
public enum Gap: Hashable, Sendable {
    /// The target is met.
    case met
    /// For a ratio of two metrics `part / whole`: this many more of `part`
    /// (with the same whole) would meet the target (negative: fewer).
    case count(Double, metric: Int)
    /// Otherwise: the indicator must rise (positive) or fall (negative) by this much.
    case amount(Double)
    /// No value to compare.
    case unknown

    /// The gap of a unit on indicator `k` at snapshot `s`.
    public static func of(indicator k: Int, unit u: Int, snapshot s: Int, result: CampaignResult) -> Gap? {
        let campaign = result.campaign
        let indicator = campaign.indicators[k]
        guard let goal = indicator.target.goal(for: campaign.units[u].group) else { return nil }
        if result.meetsTarget(unit: u, indicator: k, at: s) { return .met }
        // The gap is to the value part; a goal that is only a condition has no amount to reach.
        guard let target = goal.threshold else { return .unknown }
        guard let value = result.values[s][u][k] else { return .unknown }
        let strict = target.comparison == .above || target.comparison == .below
        if case .binary(.divide, .metric(let part), .metric(let whole)) = indicator.formula,
           let row = campaign.snapshots[s].rows[u], let a = row[part], let b = row[whole], b > 0 {
            let exact = target.value * b - a
            switch target.comparison {
            case .atLeast, .above:
                let needed = strict ? (exact + 1e-9).rounded(.down) + 1 : (exact - 1e-9).rounded(.up)
                return .count(max(1, needed), metric: part)
            case .atMost, .below:
                let cut = strict ? (-exact + 1e-9).rounded(.down) + 1 : (-exact - 1e-9).rounded(.up)
                return .count(-max(1, cut), metric: part)
            }
        }
        return .amount(target.value - value)
    }
}
