/// Colours and type shared by every chart. Okabe–Ito blue and vermillion
/// stay distinguishable under every common colour-vision deficiency; every
/// status is also written out in words next to the colour.
package enum ChartPalette {
    package static let met = "#0072B2"
    package static let missed = "#D55E00"
    static let neutral = "#56677A"
    static let ink = "#1a1a1a"
    package static let muted = "#4a5565"
    static let track = "#e3e7ec"
    /// Noto Sans has no `≥`, `≤`, `✓`, `✗`, `▲` or `▼`: DejaVu Sans (which
    /// fontconfig itself depends on) draws them next, before Arial, so that
    /// the PNGs and PDFs librsvg draws do not change with whether Arial's
    /// stand-in (Liberation Sans) happens to be installed.
    package static let font = "Noto Sans, DejaVu Sans, Arial, sans-serif"

    static func status(_ met: Bool?) -> String {
        met.map { $0 ? Self.met : Self.missed } ?? neutral
    }
}

/// A linear scale from a value domain to a pixel range.
struct LinearScale {
    var low: Double
    var high: Double
    var start: Double
    var end: Double

    /// A domain that includes zero and every value, never empty.
    init(values: [Double], start: Double, end: Double, includeZero: Bool = true) {
        self.init(low: values.min(), high: values.max(), start: start, end: end, includeZero: includeZero)
    }

    /// The same from the smallest and largest value (nil without values).
    init(low: Double?, high: Double?, start: Double, end: Double, includeZero: Bool = true) {
        var low = low ?? 0, high = high ?? 1
        if includeZero { low = min(0, low); high = max(0, high) }
        if high - low < 1e-12 { high = low + (low == 0 ? 1 : abs(low)) }
        self.low = low
        self.high = high
        self.start = start
        self.end = end
    }

    func callAsFunction(_ value: Double) -> Double {
        start + (value - low) / (high - low) * (end - start)
    }
}

/// Text anchor for a label at `x` on a chart `width` wide: labels near an
/// edge grow inwards so they are never cut off.
func edgeAnchor(_ x: Double, width: Double) -> String {
    x > width * 0.75 ? "end" : (x < width * 0.25 ? "start" : "middle")
}
