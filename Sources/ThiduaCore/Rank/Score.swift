/// The weighted attainment score of `ranking.by: score`:
/// `100 × Σ wᵢ·aᵢ / Σ wᵢ` over indicators with weight > 0.
public enum Score {
    /// Attainment of one indicator, 0…1.
    public static func attainment(value: Double?, target: Target?, better: Direction) -> Double {
        guard let value else { return 0 }
        guard let target else { return clamp(value) }
        switch better {
        case .higher:
            if target.value > 0 { return clamp(value / target.value) }
            return target.isMet(by: value) ? 1 : 0
        case .lower:
            if value <= target.value { return 1 }
            return value == 0 ? 0 : clamp(target.value / value)
        }
    }

    /// The score of a unit of `group` with these indicator values.
    public static func score(values: [Double?], indicators: [Indicator], group: String) -> Double {
        score(values: values, indicators: indicators, targets: indicators.map { $0.target.target(for: group) })
    }

    /// The score with each indicator's target for the unit's group already
    /// looked up (`targets` indexed by indicator).
    static func score(values: [Double?], indicators: [Indicator], targets: [Target?]) -> Double {
        var weighted = 0.0, total = 0.0
        for k in indicators.indices where indicators[k].weight > 0 {
            weighted += indicators[k].weight * attainment(value: values[k], target: targets[k], better: indicators[k].better)
            total += indicators[k].weight
        }
        return total > 0 ? 100 * weighted / total : 0
    }

    static func clamp(_ x: Double) -> Double { min(1, max(0, x)) }
}
