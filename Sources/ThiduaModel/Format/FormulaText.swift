/// A parsed formula in words for readers: metric and indicator names in
/// place of ids, the operators `+ − × /`, parentheses only where the order
/// of operations needs them, and numbers in the site's format —
/// `received_online / total` reads "Hồ sơ tiếp nhận trực tuyến / Tổng số hồ sơ".
struct FormulaText {
    var campaign: Campaign
    var format: NumberFormat
    var strings: UIStrings

    /// The formula in words. `numberFormat` is the format of what the
    /// formula is compared with: bare numbers in sums and differences are
    /// written in it ("20,0 điểm phần trăm"); factors and divisors stay plain numbers.
    func words(_ expression: Expression, as numberFormat: ValueFormat? = nil) -> String {
        switch expression {
        case .number(let value):
            guard let numberFormat else { return format.number(value) }
            var text = format.value(value, as: numberFormat)
            if numberFormat == .points, text.hasPrefix("+") { text.removeFirst() }
            return text
        case .metric(let m): return campaign.metrics[m].name
        case .indicator(let k): return campaign.indicators[k].name
        case .negate(let inner):
            return "−" + (Self.precedence(inner) < Self.unary ? "(" + words(inner, as: numberFormat) + ")"
                                                                : words(inner, as: numberFormat))
        case .baseline(let inner):
            var value = words(inner, as: numberFormat)
            if Self.precedence(inner) < Self.atom { value = "(" + value + ")" }
            guard let b = campaign.baseline, campaign.snapshots.indices.contains(b) else {
                return strings.text("rule_baseline_undated", ["value": value])
            }
            return strings.text("rule_baseline", ["value": value, "date": format.date(campaign.snapshots[b].date)])
        case .binary(let op, let left, let right):
            let own = Self.precedence(expression)
            // Only sums and differences keep the number's format; factors are plain numbers.
            let inner = op == .add || op == .subtract ? numberFormat : nil
            // Left-associative: a left operand of the same rank needs no
            // parentheses, a right one does after "−" and "/" (a − (b − c)).
            // A negation on the right is bracketed so that no "− −" appears.
            let leftText = operand(left, inner, bracket: Self.precedence(left) < own)
            let rightRank = Self.precedence(right)
            let bracketRight = rightRank < own || (rightRank == own && (op == .subtract || op == .divide))
                || { if case .negate = right { return true } else { return false } }()
            return leftText + " " + Self.symbol(op) + " " + operand(right, inner, bracket: bracketRight)
        }
    }

    private func operand(_ e: Expression, _ numberFormat: ValueFormat?, bracket: Bool) -> String {
        bracket ? "(" + words(e, as: numberFormat) + ")" : words(e, as: numberFormat)
    }

    /// The operator as printed: minus and times as the typographic signs, division as a slash.
    static func symbol(_ op: Expression.Operator) -> String {
        switch op {
        case .add: return "+"
        case .subtract: return "−"
        case .multiply: return "×"
        case .divide: return "/"
        }
    }

    private static let sum = 1, product = 2, unary = 3, atom = 4

    /// How tightly a part binds: sums, products, negation, then names and numbers.
    private static func precedence(_ e: Expression) -> Int {
        switch e {
        case .number, .metric, .indicator, .baseline: return atom
        case .negate: return unary
        case .binary(let op, _, _): return op == .add || op == .subtract ? sum : product
        }
    }
}
