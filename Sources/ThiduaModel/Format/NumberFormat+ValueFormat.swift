/// `NumberFormat` for the model's values: an indicator's `ValueFormat` and its `Target`s
/// (the rest of `NumberFormat` lives in ThiduaSupport, for messages).
extension NumberFormat {
    /// A value in an indicator's format, short enough for a chart label.
    public func short(_ value: Double?, as format: ValueFormat) -> String {
        guard let value, format == .money else { return self.value(value, as: format) }
        return compactMoney(value)
    }

    /// A value in an indicator's format; `—` when undefined.
    public func value(_ value: Double?, as format: ValueFormat) -> String {
        guard let value else { return Self.missing }
        switch format {
        case .percent: return percent(value)
        case .points: return points(value)
        case .number: return number(value)
        case .money: return money(value)
        }
    }

    /// A target as the office writes it: `≥ 50,0%`.
    public func target(_ target: Target, as format: ValueFormat) -> String {
        let symbol: String
        switch target.comparison {
        case .atLeast: symbol = "≥"
        case .above: symbol = ">"
        case .atMost: symbol = "≤"
        case .below: symbol = "<"
        }
        var amount = value(target.value, as: format)
        if format == .points, amount.hasPrefix("+") { amount.removeFirst() }
        return symbol + " " + amount
    }
}
