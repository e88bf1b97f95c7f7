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
///
/// Every standing of every snapshot carries its goals (`TargetCheck`), so
/// the rarely used parts live in one shared box: a v1 target costs no more
/// than its comparison.
public struct Goal: Hashable, Sendable {
    /// The value part: the indicator compared with a number.
    public var threshold: Target?
    private var extras: Extras?

    /// The condition, label and illustrative mark of a goal written as a map.
    final class Extras: Hashable, Sendable {
        let condition: Condition?
        let conditionText: String?
        let label: String?
        let illustrative: Bool

        init(condition: Condition?, conditionText: String?, label: String?, illustrative: Bool) {
            self.condition = condition
            self.conditionText = conditionText
            self.label = label
            self.illustrative = illustrative
        }

        static func == (a: Extras, b: Extras) -> Bool {
            a.condition == b.condition && a.conditionText == b.conditionText && a.label == b.label
                && a.illustrative == b.illustrative
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(condition)
            hasher.combine(conditionText)
            hasher.combine(label)
            hasher.combine(illustrative)
        }
    }

    public init(threshold: Target?, condition: Condition? = nil, conditionText: String? = nil,
                label: String? = nil, illustrative: Bool = false) {
        self.threshold = threshold
        set(condition: condition, conditionText: conditionText, label: label, illustrative: illustrative)
    }

    private mutating func set(condition: Condition?, conditionText: String?, label: String?, illustrative: Bool) {
        extras = condition == nil && conditionText == nil && label == nil && !illustrative ? nil
            : Extras(condition: condition, conditionText: conditionText, label: label, illustrative: illustrative)
    }

    /// The condition part (`or:` beside a value, or `when:`).
    public var condition: Condition? {
        get { extras?.condition }
        set { set(condition: newValue, conditionText: conditionText, label: label, illustrative: illustrative) }
    }
    /// The condition as written in the front matter.
    public var conditionText: String? {
        get { extras?.conditionText }
        set { set(condition: condition, conditionText: newValue, label: label, illustrative: illustrative) }
    }
    /// `label:`: the campaign's own wording, shown instead of the generated one.
    public var label: String? {
        get { extras?.label }
        set { set(condition: condition, conditionText: conditionText, label: newValue, illustrative: illustrative) }
    }
    /// `illustrative: true`: the plan gives no such figure; pages mark it.
    public var illustrative: Bool {
        get { extras?.illustrative ?? false }
        set { set(condition: condition, conditionText: conditionText, label: label, illustrative: newValue) }
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
