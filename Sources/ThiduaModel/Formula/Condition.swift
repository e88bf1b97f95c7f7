/// A parsed condition of the condition language: comparisons of formulas
/// joined by `and`, `or` and `not`, with three-valued logic (a comparison
/// with an undefined side is undefined; a condition that ends undefined is
/// not met). Used by targets (`or`, `when`), award requirements and data checks.
public indirect enum Condition: Hashable, Sendable {
    public enum Comparison: String, Hashable, Sendable, CaseIterable {
        case atLeast = ">=", above = ">", atMost = "<=", below = "<", equal = "==", notEqual = "!="

        /// Whether `l OP r` holds, values within `Target.tolerance` being equal.
        public func holds(_ l: Double, _ r: Double) -> Bool {
            let tolerance = Target.tolerance
            switch self {
            case .atLeast: return l >= r - tolerance
            case .above: return l > r + tolerance
            case .atMost: return l <= r + tolerance
            case .below: return l < r - tolerance
            case .equal: return abs(l - r) <= tolerance
            case .notEqual: return abs(l - r) > tolerance
            }
        }
    }

    case compare(Comparison, Expression, Expression)
    case and(Condition, Condition)
    case or(Condition, Condition)
    case not(Condition)
    /// Every target that applies to the unit's group is met (award requirements only).
    case allTargets
    case constant(Bool)

    /// Evaluates with three-valued logic: nil is undefined. `value` gives
    /// a formula's value (nil when undefined), `allTargets` the term's truth.
    public func evaluate(_ value: (Expression) -> Double?, allTargets: () -> Bool = { false }) -> Bool? {
        switch self {
        case .constant(let truth): return truth
        case .allTargets: return allTargets()
        case .compare(let op, let left, let right):
            guard let l = value(left), let r = value(right) else { return nil }
            return op.holds(l, r)
        case .not(let inner):
            return inner.evaluate(value, allTargets: allTargets).map { !$0 }
        case .and(let a, let b):
            let x = a.evaluate(value, allTargets: allTargets)
            if x == false { return false }
            let y = b.evaluate(value, allTargets: allTargets)
            if y == false { return false }
            return x == true && y == true ? true : nil
        case .or(let a, let b):
            let x = a.evaluate(value, allTargets: allTargets)
            if x == true { return true }
            let y = b.evaluate(value, allTargets: allTargets)
            if y == true { return true }
            return x == false && y == false ? false : nil
        }
    }

    /// Whether `all_targets` appears in the condition.
    public var usesAllTargets: Bool {
        switch self {
        case .allTargets: return true
        case .constant, .compare: return false
        case .not(let inner): return inner.usesAllTargets
        case .and(let a, let b), .or(let a, let b): return a.usesAllTargets || b.usesAllTargets
        }
    }

    /// Every formula compared in the condition, left to right.
    public var expressions: [Expression] {
        switch self {
        case .allTargets, .constant: return []
        case .compare(_, let l, let r): return [l, r]
        case .not(let inner): return inner.expressions
        case .and(let a, let b), .or(let a, let b): return a.expressions + b.expressions
        }
    }
}
