/// The weighted attainment score of `ranking.by: score`:
/// `100 × Σ wᵢ·aᵢ / Σ wᵢ` over indicators with weight > 0.
public enum Score {
    /// Attainment short of a met target never reaches 1: only a met target scores 1.
    public static let unmetCeiling = 0.999999

    /// Attainment of one indicator, 0…1: 1 exactly when the goal is met;
    /// an unmet goal with a value part scores the value part's attainment
    /// (below 1), an unmet `when` goal 0; without a goal, the value itself
    /// clamped to 0…1.
    public static func attainment(value: Double?, goal: Goal?, met: Bool, better: Direction) -> Double {
        guard let goal else { return value.map(clamp) ?? 0 }
        if met { return 1 }
        guard let threshold = goal.threshold else { return 0 }
        return min(valueAttainment(value: value, target: threshold, better: better), unmetCeiling)
    }

    /// The attainment of a value against a value target, as contract v1 defines it.
    public static func valueAttainment(value: Double?, target: Target, better: Direction) -> Double {
        guard let value else { return 0 }
        switch better {
        case .higher:
            if target.value > 0 { return clamp(value / target.value) }
            return target.isMet(by: value) ? 1 : 0
        case .lower:
            if value <= target.value + Target.tolerance { return 1 }
            return value == 0 ? 0 : clamp(target.value / value)
        }
    }

    /// The score from each weighted indicator's goal and whether it is met
    /// (`goals` and `met` indexed by indicator).
    static func score(values: [Double?], indicators: [Indicator], goals: [Goal?], met: [Bool]) -> Double {
        var weighted = 0.0, total = 0.0
        for k in indicators.indices where indicators[k].weight > 0 {
            let a = attainment(value: values[k], goal: goals[k], met: met[k], better: indicators[k].better)
            weighted += indicators[k].weight * a
            total += indicators[k].weight
        }
        return total > 0 ? 100 * weighted / total : 0
    }

    static func clamp(_ x: Double) -> Double { min(1, max(0, x)) }
}
