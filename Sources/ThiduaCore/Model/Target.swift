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

/// What an indicator must reach for the units of one group: a value
/// comparison (`">= 20%"`), a condition (`when`), or both (`value` … `or`),
/// met when either part is.
public struct Goal: Hashable, Sendable {
    /// The value part: the indicator compared with a number.
    public var threshold: Target?
    /// The condition part (`or:` beside a value, or `when:`).
    public var condition: Condition?
    /// The condition as written in the front matter.
    public var conditionText: String?
    /// `label:`: the campaign's own wording, shown instead of the generated one.
    public var label: String?
    /// `illustrative: true`: the plan gives no such figure; pages mark it.
    public var illustrative = false

    public init(threshold: Target?, condition: Condition? = nil, conditionText: String? = nil,
                label: String? = nil, illustrative: Bool = false) {
        self.threshold = threshold
        self.condition = condition
        self.conditionText = conditionText
        self.label = label
        self.illustrative = illustrative
    }

    /// Whether a unit meets it: the value part is met, or the condition is
    /// true (`condition` gives its three-valued result; undefined is not met).
    public func isMet(by value: Double?, condition result: Bool?) -> Bool {
        if let threshold, threshold.isMet(by: value) { return true }
        return condition != nil && result == true
    }
}

/// An indicator's target: none, one for all groups, or one per group.
public enum TargetRule: Hashable, Sendable {
    case none
    case all(Goal)
    case perGroup([String: Goal])

    /// The goal that applies to a unit of this group, if any.
    public func goal(for group: String) -> Goal? {
        switch self {
        case .none: return nil
        case .all(let goal): return goal
        case .perGroup(let map): return map[group]
        }
    }

    /// The value part of the group's goal, if it has one.
    public func target(for group: String) -> Target? { goal(for: group)?.threshold }
}
