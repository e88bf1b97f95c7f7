/// The small pictures of a page's ranked-bar rows: each unit's bar in its
/// track, the axis above the rows and the key's swatches. They are drawn for
/// any width (x in percent) and hidden from assistive technology: every
/// figure they show is written out in the row's text.
extension RankedBarChart {
    /// The height of a row's bar picture, in px.
    static let rowHeight = 20.0

    /// A unit's bar: the track is the whole axis, the bar runs from zero to
    /// the value in the status colour, and the target is a tick across the
    /// track only, so it never crosses a name. nil without a value.
    public func rowSVG(_ bar: Bar) -> String? {
        guard let value = bar.value else { return nil }
        var svg = Self.open(height: Self.rowHeight, class: "bar", text: false)
        svg += "<rect x=\"0\" y=\"4\" width=\"100%\" height=\"12\" fill=\"\(ChartPalette.track)\"/>\n"
        let span = span(value)
        svg += "<rect x=\"\(percent(span.start))\" y=\"4\" width=\"\(percent(span.width))\" height=\"12\" fill=\"\(ChartPalette.status(bar.met))\"/>\n"
        if axis.signed { svg += Self.zeroLine(percent(axis.fraction(0)), top: 1, bottom: Self.rowHeight - 1) }
        if let target { svg += Self.targetTick(percent(axis.fraction(target)), top: 0, bottom: Self.rowHeight) }
        return svg + "</svg>"
    }

    /// The axis over the bars' column: the ends, zero and halfway (for a
    /// share of 100 %) labelled, each label anchored so it stays inside.
    public func axisSVG() -> String {
        var svg = Self.open(height: 22, class: "bar-axis", text: true)
        for tick in axis.ticks {
            let x = percent(axis.fraction(tick.value))
            svg += "<line x1=\"\(x)\" y1=\"17\" x2=\"\(x)\" y2=\"22\" stroke=\"\(ChartPalette.muted)\" stroke-width=\"1\"/>\n"
            svg += "<text x=\"\(x)\" y=\"13\" font-size=\"13\" text-anchor=\"\(Self.anchor(axis.fraction(tick.value)))\" fill=\"\(ChartPalette.muted)\">\(xmlEscape(tick.text))</text>\n"
        }
        return svg + "</svg>"
    }

    /// The key's swatch of a status colour.
    public static func swatch(met: Bool) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"14\" height=\"14\" class=\"key status\" aria-hidden=\"true\">"
            + "<rect width=\"14\" height=\"14\" fill=\"\(ChartPalette.status(met))\"/></svg>"
    }

    /// The key's picture of the target tick, on a piece of track.
    public static let targetSwatch =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"14\" height=\"20\" class=\"key target\" aria-hidden=\"true\">"
        + "<rect x=\"0\" y=\"4\" width=\"14\" height=\"12\" fill=\"\(ChartPalette.track)\"/>"
        + "<line x1=\"7\" y1=\"0\" x2=\"7\" y2=\"20\" stroke=\"#ffffff\" stroke-width=\"5\"/>"
        + "<line x1=\"7\" y1=\"0\" x2=\"7\" y2=\"20\" stroke=\"\(ChartPalette.ink)\" stroke-width=\"3\"/></svg>"

    /// `start` near the left end, `end` near the right one, else `middle`.
    static func anchor(_ fraction: Double) -> String {
        fraction < 0.1 ? "start" : (fraction > 0.9 ? "end" : "middle")
    }

    /// The target: a dark tick on a white one, seen on the track and on a bar.
    static func targetTick(_ x: String, top: Double, bottom: Double) -> String {
        let ends = "x1=\"\(x)\" y1=\"\(coordinate(top))\" x2=\"\(x)\" y2=\"\(coordinate(bottom))\""
        return "<line \(ends) stroke=\"#ffffff\" stroke-width=\"5\"/>\n"
            + "<line \(ends) stroke=\"\(ChartPalette.ink)\" stroke-width=\"3\"/>\n"
    }

    static func zeroLine(_ x: String, top: Double, bottom: Double) -> String {
        "<line x1=\"\(x)\" y1=\"\(coordinate(top))\" x2=\"\(x)\" y2=\"\(coordinate(bottom))\" stroke=\"\(ChartPalette.ink)\" stroke-width=\"1\"/>\n"
    }

    private static func open(height: Double, class name: String, text: Bool) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\" height=\"\(coordinate(height))\" class=\"fluid \(name)\" "
            + "aria-hidden=\"true\"" + (text ? " font-family=\"\(ChartPalette.font)\">\n" : ">\n")
    }
}
