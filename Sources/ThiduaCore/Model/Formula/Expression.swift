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
