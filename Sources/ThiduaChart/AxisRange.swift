import Foundation

/// A value axis with round ends and round ticks, starting where the data
/// does rather than at zero: values between 70 % and 94 % get an axis
/// from 70 % to 100 % with ticks every 10 %. Shared by the indicator
/// page's distribution chart and the indicator share card's histogram.
public struct AxisRange: Equatable, Sendable {
    /// The axis's first and last tick.
    public var low: Double
    public var high: Double
    /// The tick values from `low` to `high`, at most `maxIntervals + 1`.
    public var ticks: [Double]

    /// At most this many intervals between ticks: labels stay apart on a
    /// phone-wide chart.
    public static let maxIntervals = 4

    /// Steps are 1, 2, 2.5 or 5 times a power of ten (in tenths, so that the
    /// 2.5 is an integer too).
    static let mantissas = [10, 20, 25, 50]

    public var span: Double { high - low }

    /// The fraction (0…1) of the axis at `value`.
    public func fraction(_ value: Double) -> Double { (value - low) / span }

    /// The round axis that holds every value from `low` to `high` (give it
    /// the data's extremes and the target): the smallest round step that
    /// covers them in at most `maxIntervals` intervals, the low end the
    /// multiple of the step at or below `low`, the high end the one at or
    /// above `high`. A single value gets an axis from half of it (or from
    /// zero up to one, for zero).
    public static func nice(low: Double, high: Double) -> AxisRange {
        var (low, high) = (min(low, high), max(low, high))
        if !low.isFinite || !high.isFinite { (low, high) = (0, 1) }
        if high - low < 1e-12 * max(1, abs(high)) {
            if low > 0 { low /= 2 } else if low < 0 { high = low / 2 } else { high = 1 }
        }
        // Every tick is an integer number of `mantissa × 10^exponent / 10`:
        // computing them as integers divided by a power of ten keeps them
        // the doubles nearest to the round numbers (7 / 10, not 7 × 0.1).
        var exponent = Int((log10((high - low) / Double(maxIntervals))).rounded(.down)) - 1
        while true {
            for mantissa in mantissas {
                let first = units(low / step(mantissa, exponent), rounding: .down)
                let last = units(high / step(mantissa, exponent), rounding: .up)
                if last - first <= maxIntervals && last > first {
                    let ticks = (first...last).map { value($0 * mantissa, exponent) }
                    return AxisRange(low: ticks.first!, high: ticks.last!, ticks: ticks)
                }
            }
            exponent += 1
        }
    }

    /// `mantissa × 10^exponent / 10`.
    static func step(_ mantissa: Int, _ exponent: Int) -> Double { value(mantissa, exponent) }

    /// `count × 10^exponent / 10` as the double nearest to it.
    static func value(_ count: Int, _ exponent: Int) -> Double {
        let power = exponent - 1
        return power >= 0 ? Double(count) * pow(10, Double(power)) : Double(count) / pow(10, Double(-power))
    }

    /// `ratio` rounded to an integer, forgiving the float error of a value
    /// that is a multiple of the step (0.7 / 0.1 = 6.999…).
    static func units(_ ratio: Double, rounding: FloatingPointRoundingRule) -> Int {
        let nearest = ratio.rounded()
        if abs(ratio - nearest) < 1e-12 * max(1, abs(ratio)) { return Int(nearest) }
        return Int(ratio.rounded(rounding))
    }
}

extension NumberFormat {
    /// An axis tick in an indicator's format, as short as it can be:
    /// `70%`, `72,5%`, `37.051`, `2,5 tỷ đồng`; a difference in
    /// percentage points as a signed number of points (`+10`).
    public func tick(_ value: Double, as format: ValueFormat) -> String {
        switch format {
        case .percent: return number(value * 100) + "%"
        case .points:
            let text = number(value * 100)
            return value > 0 && text != number(0) ? "+" + text : text
        case .number: return number(value)
        case .money: return compactMoney(value)
        }
    }
}

extension NumberFormat {
    /// An axis's tick labels, `tick` for each; but amounts of đồng are all
    /// counted in the unit of the largest, written once on the last
    /// (`0`, `1`, `2`, `3 tỷ đồng`), so that the labels stay short.
    public func ticks(_ values: [Double], as format: ValueFormat) -> [String] {
        guard format == .money, let largest = values.map(abs).max() else { return values.map { tick($0, as: format) } }
        let units: [(size: Double, vi: String, en: String)] = [
            (1e12, "nghìn tỷ đồng", "trillion VND"), (1e9, "tỷ đồng", "billion VND"), (1e6, "triệu đồng", "million VND"), (1, "đ", "VND")]
        let unit = units.first { largest >= $0.size } ?? units[units.count - 1]
        return values.enumerated().map { i, value in
            number(value / unit.size) + (i == values.count - 1 ? " " + (language == .vi ? unit.vi : unit.en) : "")
        }
    }
}
