/// A unit's record over the snapshots: streaks of met targets and the pace
/// toward a target.
public enum History {
    /// How many snapshots in a row, ending at `snapshot`, the unit has met
    /// the target of indicator `k` (0 when it does not meet it now).
    public static func streak(unit u: Int, indicator k: Int, upTo snapshot: Int, result: CampaignResult) -> Int {
        var count = 0
        var s = snapshot
        // Met as the standings say: the value part or the condition part of the goal.
        while s >= 0, result.meetsTarget(unit: u, indicator: k, at: s) {
            count += 1
            s -= 1
        }
        return count
    }

    public enum Pace: Equatable, Sendable {
        /// Already meets the target.
        case met
        /// At the current pace the target is reached on this day, within the period.
        case reaches(Day)
        /// At the current pace, not before the campaign ends (or never).
        case notBeforeEnd
        /// Fewer than two snapshots with a value: no pace to speak of.
        case unknown
    }

    /// The pace toward indicator `k`'s target: a least-squares line through
    /// the unit's values at the last (up to) four snapshots up to the current
    /// one, extended until it crosses the target.
    public static func pace(unit u: Int, indicator k: Int, result: CampaignResult) -> Pace? {
        let campaign = result.campaign
        let indicator = campaign.indicators[k]
        guard let goal = indicator.target.goal(for: campaign.units[u].group) else { return nil }
        let current = campaign.current
        if result.meetsTarget(unit: u, indicator: k, at: current) { return .met }
        // A pace is toward a value: a goal that is only a condition has none.
        guard let target = goal.threshold else { return .unknown }
        guard let value = result.values[current][u][k] else { return .unknown }
        let points = (0...current).compactMap { s -> (x: Double, y: Double)? in
            result.values[s][u][k].map { (Double(campaign.snapshots[s].date.ordinal), $0) }
        }.suffix(4)
        guard points.count >= 2 else { return .unknown }
        let n = Double(points.count)
        let meanX = points.map(\.x).reduce(0, +) / n, meanY = points.map(\.y).reduce(0, +) / n
        let sxx = points.map { ($0.x - meanX) * ($0.x - meanX) }.reduce(0, +)
        let sxy = points.map { ($0.x - meanX) * ($0.y - meanY) }.reduce(0, +)
        guard sxx > 0 else { return .unknown }
        let slope = sxy / sxx
        let improving = indicator.better == .higher ? slope > 1e-12 : slope < -1e-12
        guard improving else { return .notBeforeEnd }
        // From the current value, at the fitted slope (per day).
        let days = ((target.value - value) / slope).rounded(.up)
        let today = campaign.snapshots[current].date.ordinal
        let day = Int(days) + today
        guard day <= campaign.period.end.ordinal else { return .notBeforeEnd }
        return .reaches(Day(ordinal: max(day, today)))
    }

    /// Units whose headline value rose most since `from` (the baseline, or
    /// the first snapshot): (unit, change), best first, at most `limit`.
    public static func mostImproved(_ result: CampaignResult, indicator k: Int, limit: Int = 5) -> [(Int, Double)] {
        let campaign = result.campaign
        let from = campaign.baseline ?? 0
        guard from != campaign.current else { return [] }
        let sign = campaign.indicators[k].better == .higher ? 1.0 : -1.0
        var changes: [(unit: Int, change: Double, order: Int)] = []
        for (order, standing) in result.current.enumerated() {
            if let now = result.values[campaign.current][standing.unit][k],
               let before = result.values[from][standing.unit][k], sign * (now - before) > Target.tolerance {
                changes.append((standing.unit, now - before, order))
            }
        }
        return changes.sorted {
            abs($0.change - $1.change) > Target.tolerance ? sign * $0.change > sign * $1.change : $0.order < $1.order
        }.prefix(limit).map { ($0.unit, $0.change) }
    }
}

extension Day {
    /// The day `ordinal` days after 1970-01-01 (inverse of `ordinal`).
    public init(ordinal: Int) {
        // Howard Hinnant's civil_from_days.
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }
}
