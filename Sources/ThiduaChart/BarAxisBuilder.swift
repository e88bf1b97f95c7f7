extension ChartBuilder {
    /// The scale of a group's bars. A percentage is a share of 100 %: its
    /// bars start at 0 and run to 100 % (further only when a value does).
    /// Gains (`points`) and any figure with a negative value are signed: the
    /// scale spans both sides of zero, and zero is labelled. Other figures
    /// run from 0 to a round number at or above the largest value; the score
    /// (nil `format`) from 0 to 100.
    func barAxis(values: [Double], target: Double?, format: ValueFormat?) -> BarAxis {
        let all = values + (target.map { [$0] } ?? [])
        guard let format else {
            return BarAxis(low: 0, high: 100, ticks: [0, 50, 100].map { .init(value: $0, text: self.format.integer($0)) },
                           signed: false, unit: nil)
        }
        // Percentages and points are fractions, written ×100.
        let scale = format == .percent || format == .points ? 100.0 : 1.0
        let signed = format == .points || all.contains { $0 < 0 }
        var low = min(0, all.min() ?? 0), high = max(0, all.max() ?? 0)
        if format == .percent && !signed {
            high = max(1, high)
        }
        if low < 0 { low = -BarAxis.niceCeiling(-low * scale) / scale }
        if high > 0 && !(format == .percent && high == 1) { high = BarAxis.niceCeiling(high * scale) / scale }
        if high <= low { high = low + 1 / scale }
        var values = [low]
        if low < 0 && high > 0 { values.append(0) }
        if format == .percent && low == 0 && high == 1 { values.append(0.5) }
        values.append(high)
        var ticks = values.map { BarAxis.Tick(value: $0, text: tickText($0, format: format, scale: scale)) }
        if low < 0 && high > 0 {
            // Zero is always labelled; an end too close to it on a phone's
            // track would collide with its label, and is left unlabelled.
            let axis = BarAxis(low: low, high: high, ticks: [], signed: true, unit: nil)
            let zero = axis.fraction(0), halfZero = TextFit.width("0", size: 13) / 2
            ticks.removeAll { tick in
                let room = tick.value < 0 ? zero : (tick.value > 0 ? 1 - zero : 1)
                return (TextFit.width(tick.text, size: 13) + halfZero + 6) / Self.phoneTrack > room
            }
        }
        return BarAxis(low: low, high: high, ticks: ticks, signed: signed,
                       unit: format == .points ? t("bars_scale_points") : nil)
    }

    /// The bars' track on a 360 px phone, in px (the narrowest the axis is drawn at).
    static let phoneTrack = 280.0

    /// A tick's number: `50%`, `+25` (points, whose unit the axis names), `2,6 tỷ đồng`.
    private func tickText(_ value: Double, format: ValueFormat, scale: Double) -> String {
        let shown = value * scale
        let whole = (shown * 10).rounded() == (shown.rounded() * 10)
        let number = self.format.decimal(shown, decimals: whole ? 0 : 1)
        switch format {
        case .percent: return number + "%"
        case .points: return value > 0 ? "+" + number : number
        case .number: return self.format.number(value)
        case .money: return self.format.short(value, as: .money)
        }
    }
}
