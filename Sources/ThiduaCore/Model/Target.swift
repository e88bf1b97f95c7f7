/// A comparison an indicator's value must pass, e.g. `>= 50%`.
public struct Target: Hashable, Sendable {
    public enum Comparison: String, Hashable, Sendable, CaseIterable {
        case atLeast = ">=", above = ">", atMost = "<=", below = "<"
    }

    public var comparison: Comparison
    public var value: Double

    public init(_ comparison: Comparison, _ value: Double) {
        self.comparison = comparison
        self.value = value
    }

    /// Values within this distance are equal, for targets as for ranks.
    public static let tolerance = 1e-9

    /// Whether a value meets the target; an undefined value never does.
    public func isMet(by value: Double?) -> Bool {
        guard let value else { return false }
        switch comparison {
        case .atLeast: return value >= self.value - Target.tolerance
        case .above: return value > self.value + Target.tolerance
        case .atMost: return value <= self.value + Target.tolerance
        case .below: return value < self.value - Target.tolerance
        }
    }
}

/// An indicator's target: none, one for all groups, or one per group.
public enum TargetRule: Hashable, Sendable {
    case none
    case all(Target)
    case perGroup([String: Target])

    /// The target that applies to a unit of this group, if any.
    public func target(for group: String) -> Target? {
        switch self {
        case .none: return nil
        case .all(let target): return target
        case .perGroup(let map): return map[group]
        }
    }
}
