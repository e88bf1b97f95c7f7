/// A parsed indicator formula.
public indirect enum Expression: Hashable, Sendable {
    public enum Operator: Character, Hashable, Sendable { case add = "+", subtract = "-", multiply = "*", divide = "/" }

    case number(Double)
    /// A raw figure: index into `Campaign.metrics`.
    case metric(Int)
    /// An earlier indicator: index into `Campaign.indicators`.
    case indicator(Int)
    case negate(Expression)
    case binary(Operator, Expression, Expression)
    /// The value of the expression at the baseline snapshot.
    case baseline(Expression)

    /// Whether `baseline(…)` appears anywhere in the expression.
    public var usesBaseline: Bool {
        switch self {
        case .number, .metric, .indicator: return false
        case .negate(let inner): return inner.usesBaseline
        case .binary(_, let l, let r): return l.usesBaseline || r.usesBaseline
        case .baseline: return true
        }
    }

    /// Whether the expression reads no figure at all, only numbers.
    public var isConstant: Bool {
        switch self {
        case .number: return true
        case .metric, .indicator, .baseline: return false
        case .negate(let inner): return inner.isConstant
        case .binary(_, let l, let r): return l.isConstant && r.isConstant
        }
    }

    /// Every metric index the expression reads, `baseline(…)` included, in
    /// order of appearance.
    public var allMetrics: [Int] {
        switch self {
        case .number, .indicator: return []
        case .metric(let index): return [index]
        case .negate(let inner), .baseline(let inner): return inner.allMetrics
        case .binary(_, let l, let r): return l.allMetrics + r.allMetrics
        }
    }

    /// Metric indices read outside `baseline(…)`, in order of appearance.
    public var currentMetrics: [Int] {
        switch self {
        case .number, .indicator, .baseline: return []
        case .metric(let index): return [index]
        case .negate(let inner): return inner.currentMetrics
        case .binary(_, let l, let r): return l.currentMetrics + r.currentMetrics
        }
    }
}

extension Expression.Operator {
    /// `l OP r`; nil for a division by zero or a result that is not finite.
    @inline(__always)
    public func apply(_ l: Double, _ r: Double) -> Double? {
        let result: Double
        switch self {
        case .add: result = l + r
        case .subtract: result = l - r
        case .multiply: result = l * r
        case .divide:
            if r == 0 { return nil }
            result = l / r
        }
        return result.isFinite ? result : nil
    }
}

extension Expression {
    /// The value of the expression over figures given by the three lookups
    /// (a metric, an earlier indicator, `baseline(…)` of a part); nil when
    /// undefined (a missing input, division by zero, a result that is not finite).
    public func evaluate(metric: (Int) -> Double?, indicator: (Int) -> Double?,
                         baseline: (Expression) -> Double?) -> Double? {
        switch self {
        case .number(let number): return number
        case .metric(let index): return metric(index)
        case .indicator(let index): return indicator(index)
        case .baseline(let inner): return baseline(inner)
        case .negate(let inner):
            return inner.evaluate(metric: metric, indicator: indicator, baseline: baseline).map { -$0 }
        case .binary(let op, let left, let right):
            guard let l = left.evaluate(metric: metric, indicator: indicator, baseline: baseline),
                  let r = right.evaluate(metric: metric, indicator: indicator, baseline: baseline) else { return nil }
            return op.apply(l, r)
        }
    }
}
