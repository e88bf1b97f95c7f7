import Foundation

/// The ends of a trend's value axis: a domain widened to round figures, so
/// the gridlines read "0" and "4.000" rather than "0" and "3.306".
enum AxisEnds {
    /// The leading digits an axis end may take, times a power of ten.
    static let steps: [Double] = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]

    /// The smallest round figure at or above `value` (0 for 0).
    static func ceiling(_ value: Double) -> Double {
        guard value > 0 else { return value < 0 ? -floor(-value) : 0 }
        let power = pow(10, (log10(value)).rounded(.down))
        // A value already round (up to float error) is its own end.
        let step = steps.first { $0 * power >= value * (1 - 1e-9) } ?? 10
        return step * power
    }

    /// The largest round figure at or below `value`.
    static func floor(_ value: Double) -> Double {
        value < 0 ? -ceiling(-value) : (value == 0 ? 0 : ceilingBelow(value))
    }

    /// The largest round figure at or below a positive `value`.
    private static func ceilingBelow(_ value: Double) -> Double {
        let power = pow(10, (log10(value)).rounded(.down))
        let step = steps.last { $0 * power <= value * (1 + 1e-9) } ?? 1
        return step * power
    }

    /// The axis ends of an indicator's trends: a percentage's domain as it
    /// is (0%–100% unless values go beyond), other formats rounded outwards.
    static func ends(of domain: (low: Double, high: Double), format: ValueFormat) -> (low: Double, high: Double) {
        if format == .percent { return domain }
        return (floor(domain.low), ceiling(domain.high))
    }
}
