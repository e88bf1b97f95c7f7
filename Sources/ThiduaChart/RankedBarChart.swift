import Foundation

/// The units of a group ranked on one figure, each with a bar and the
/// group's target: the campaign home's and group pages' main picture.
/// Pages show it as HTML rows (names wrap and link, `rowSVG` draws each
/// bar inside its own track); the download is one SVG file (`svg(width:)`).
public struct RankedBarChart: Sendable {
    public struct Bar: Sendable, Equatable {
        /// The unit's index in the campaign (pages link its name).
        public var unit: Int
        /// The rank in the group as written (`3`); nil when not ranked.
        public var rank: String?
        public var name: String
        public var value: Double?
        /// The value as written, or the words for no data.
        public var valueText: String
        /// nil when the unit has no target on this figure.
        public var met: Bool?
    }

    public var id: String
    public var title: String
    public var description: String
    public var bars: [Bar]
    public var axis: BarAxis
    public var target: Double?
    /// `Chỉ tiêu ≥ 50,0%`; nil without a target.
    public var targetText: String?
    /// The status words of a bar: `đạt`, `chưa đạt`.
    public var metText: String
    public var missedText: String
    /// The key's words for the two colours: `Đạt chỉ tiêu`, `Chưa đạt chỉ tiêu`.
    public var metKey: String
    public var missedKey: String

    /// Whether any bar is measured against a target (the key then names the colours).
    public var hasStatus: Bool { bars.contains { $0.met != nil } }

    /// `✓ đạt`, `✗ chưa đạt`, nil without a target: the status in words,
    /// never by colour alone.
    public func statusText(_ bar: Bar) -> String? {
        bar.met.map { $0 ? "✓ " + metText : "✗ " + missedText }
    }

    /// The span of a bar on the axis, as fractions of the track: from zero
    /// to the value, never narrower than a hairline.
    func span(_ value: Double) -> (start: Double, width: Double) {
        let zero = axis.fraction(0), end = axis.fraction(value)
        return (min(zero, end), max(0.004, abs(end - zero)))
    }
}

/// The value scale shared by every bar of a `RankedBarChart`.
public struct BarAxis: Sendable, Equatable {
    public struct Tick: Sendable, Equatable {
        public var value: Double
        public var text: String
    }

    public var low: Double
    public var high: Double
    public var ticks: [Tick]
    /// The zero line is drawn (and labelled) when values can be negative.
    public var signed: Bool
    /// What the tick numbers count when they do not say it (`điểm phần trăm`).
    public var unit: String?

    /// Where `value` falls, as a fraction of the track (0 at `low`).
    public func fraction(_ value: Double) -> Double {
        high > low ? (value - low) / (high - low) : 0
    }

    /// The smallest "round" number (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 times a
    /// power of ten) not below `x` > 0: an axis end that wastes little width.
    static func niceCeiling(_ x: Double) -> Double {
        guard x > 0, x.isFinite else { return 1 }
        let power = pow10(Int((log10(x)).rounded(.down)))
        for step in [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10] where step * power >= x * (1 - 1e-9) {
            return step * power
        }
        return 10 * power
    }

    private static func pow10(_ n: Int) -> Double {
        var value = 1.0
        for _ in 0..<abs(n) { value *= 10 }
        return n < 0 ? 1 / value : value
    }
}
