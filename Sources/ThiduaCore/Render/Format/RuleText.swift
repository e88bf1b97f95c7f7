/// The campaign's rules in the site's language, for readers: targets
/// (composite ones included), conditions and award requirements, with
/// indicator and metric names instead of ids and numbers in the site's
/// format ("≥ +20,0 điểm % hoặc Tỷ lệ … ≥ 100,0%").
public struct RuleText: Sendable {
    public var campaign: Campaign
    public var format: NumberFormat
    public var strings: UIStrings

    public init(campaign: Campaign, format: NumberFormat, strings: UIStrings) {
        self.campaign = campaign
        self.format = format
        self.strings = strings
    }

    /// A goal's label: its own `label`, else the value part and the
    /// condition joined by "hoặc"; "(minh hoạ)" when the plan gives no such figure.
    public func goal(_ goal: Goal, indicator k: Int) -> String {
        var text: String
        if let label = goal.label {
            text = label
        } else {
            var parts: [String] = []
            if let threshold = goal.threshold { parts.append(format.target(threshold, as: campaign.indicators[k].format)) }
            if let condition = goal.condition { parts.append(self.condition(condition)) }
            text = parts.joined(separator: " " + strings.text("rule_or") + " ")
        }
        if goal.illustrative { text += " " + strings.text("rule_illustrative") }
        return text
    }

    /// The goal of indicator `k` for a group, or "" when it has none.
    public func target(indicator k: Int, group: String) -> String {
        campaign.indicators[k].target.goal(for: group).map { goal($0, indicator: k) } ?? ""
    }

    /// A condition in words.
    public func condition(_ condition: Condition) -> String {
        switch condition {
        case .constant(let truth): return strings.text(truth ? "rule_true" : "rule_false")
        case .allTargets: return strings.text("award_rule_all_targets")
        case .compare(let op, let left, let right):
            let leftFormat = Self.format(of: left, campaign)
            let rightFormat = Self.format(of: right, campaign)
            return expression(left, as: rightFormat ?? leftFormat) + " " + Self.symbol(op) + " "
                + expression(right, as: leftFormat ?? rightFormat)
        case .not(let inner):
            return strings.text("rule_not") + " (" + self.condition(inner) + ")"
        case .and(let a, let b):
            return joined(a, "rule_and", b, parenthesise: { if case .or = $0 { return true } else { return false } })
        case .or(let a, let b):
            return joined(a, "rule_or", b, parenthesise: { if case .and = $0 { return true } else { return false } })
        }
    }

    private func joined(_ a: Condition, _ word: String, _ b: Condition, parenthesise: (Condition) -> Bool) -> String {
        func part(_ c: Condition) -> String { parenthesise(c) ? "(" + condition(c) + ")" : condition(c) }
        return part(a) + " " + strings.text(word) + " " + part(b)
    }

    /// A formula in words; bare numbers in the format of what they are compared with.
    public func expression(_ expression: Expression, as numberFormat: ValueFormat? = nil) -> String {
        switch expression {
        case .number(let value):
            guard let numberFormat else { return format.number(value) }
            var text = format.value(value, as: numberFormat)
            if numberFormat == .points, text.hasPrefix("+") { text.removeFirst() }
            return text
        case .metric(let m): return campaign.metrics[m].name
        case .indicator(let k): return campaign.indicators[k].name
        case .negate(let inner): return "−" + operand(inner, numberFormat)
        case .baseline(let inner):
            return strings.text("rule_baseline", ["value": self.expression(inner, as: numberFormat)])
        case .binary(let op, let l, let r):
            let symbol: String
            switch op {
            case .add: symbol = "+"
            case .subtract: symbol = "−"
            case .multiply: symbol = "×"
            case .divide: symbol = "÷"
            }
            // Only sums and differences keep the number's format; factors are plain numbers.
            let inner = op == .add || op == .subtract ? numberFormat : nil
            return operand(l, inner) + " " + symbol + " " + operand(r, inner)
        }
    }

    private func operand(_ e: Expression, _ numberFormat: ValueFormat?) -> String {
        if case .binary = e { return "(" + expression(e, as: numberFormat) + ")" }
        return expression(e, as: numberFormat)
    }

    /// The format a formula's value is shown in: an indicator's own format,
    /// a metric's figures as numbers; nil when it cannot be told.
    static func format(of expression: Expression, _ campaign: Campaign) -> ValueFormat? {
        switch expression {
        case .indicator(let k): return campaign.indicators[k].format
        case .metric: return .number
        case .baseline(let inner), .negate(let inner): return format(of: inner, campaign)
        case .number, .binary: return nil
        }
    }

    static func symbol(_ op: Condition.Comparison) -> String {
        switch op {
        case .atLeast: return "≥"
        case .above: return ">"
        case .atMost: return "≤"
        case .below: return "<"
        case .equal: return "="
        case .notEqual: return "≠"
        }
    }

    /// An award's requirement in words ("" for `none`).
    public func requirement(_ award: Award) -> String {
        switch award.require {
        case .none: return ""
        case .allTargets: return strings.text("award_rule_all_targets")
        case .decided: return strings.text("award_rule_decided")
        case .condition(let condition, _): return self.condition(condition)
        }
    }
}
