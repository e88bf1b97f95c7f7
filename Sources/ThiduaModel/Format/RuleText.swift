/// The campaign's rules in the site's language, for readers: targets
/// (composite ones included), conditions and award requirements, with
/// indicator and metric names instead of ids and numbers in the site's
/// format ("≥ 20,0 điểm phần trăm hoặc Tỷ lệ … ≥ 100,0%").
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
    /// condition joined by "hoặc"; ", mức minh hoạ" after it when the plan gives no such figure.
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
        if goal.illustrative { text = strings.text("rule_illustrative", ["goal": text]) }
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
        FormulaText(campaign: campaign, format: format, strings: strings).words(expression, as: numberFormat)
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
