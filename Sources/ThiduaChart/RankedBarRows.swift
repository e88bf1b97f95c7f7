/// The small pictures of a page's ranked-bar rows: each unit's bar in its
/// track, the axis above the rows and the key's swatches. They are drawn for
/// any width (x in percent) and hidden from assistive technology: every
/// figure they show is written out in the row's text. The page's
/// stylesheet paints them (`ChartLook`).
extension RankedBarChart {
    /// The height of a row's bar picture, in px.
    static let rowHeight = 20.0

    /// A unit's bar: the track is the whole axis, the bar runs from zero to
    /// the value in the status colour, and the target is a tick across the
    /// track only, so it never crosses a name. nil without a value.
    public func rowSVG(_ bar: Bar) -> String? {
        guard let value = bar.value else { return nil }
        var svg = SVGWriter(hiddenInPage: "bar", width: .share(1), height: Self.rowHeight, capacity: 200)
        svg.openRect(x: .px(0), y: 4, width: .share(1), height: 12)
        svg.look(.track)
        svg.end()
        let span = span(value)
        svg.openRect(x: .share(span.start), y: 4, width: .share(span.width), height: 12)
        svg.look(.status(bar.met))
        svg.end()
        if axis.signed { Self.zeroLine(&svg, at: .share(axis.fraction(0)), from: 1, to: Self.rowHeight - 1) }
        if let target { Self.targetTick(&svg, at: .share(axis.fraction(target)), from: 0, to: Self.rowHeight) }
        return svg.closed()
    }

    /// The axis over the bars' column: the ends, zero and halfway (for a
    /// share of 100 %) labelled, each label anchored so it stays inside.
    public func axisSVG() -> String {
        var svg = SVGWriter(hiddenInPage: "bar-axis", width: .share(1), height: 22, capacity: 150 * axis.ticks.count)
        for tick in axis.ticks {
            let x = Across.share(axis.fraction(tick.value))
            svg.openLine(x: x, from: 17, to: 22)
            svg.look(.axis)
            svg.end()
            svg.openText(x: x, y: 13)
            let anchor = Self.anchor(axis.fraction(tick.value))
            svg.look(.muted, anchor: anchor == "start" ? nil : anchor)
            svg.endText(tick.text)
        }
        return svg.closed()
    }

    /// The key's swatch of a status colour.
    public static func swatch(met: Bool) -> String {
        var svg = SVGWriter(hiddenInPage: "key status", width: .px(14), height: 14, capacity: 40)
        svg.openRect(width: .px(14), height: 14)
        svg.look(.status(met))
        svg.end()
        return svg.closed()
    }

    /// The key's picture of the target tick, on a piece of track.
    public static let targetSwatch = {
        var svg = SVGWriter(hiddenInPage: "key target", width: .px(14), height: 20, capacity: 200)
        svg.openRect(x: .px(0), y: 4, width: .px(14), height: 12)
        svg.look(.track)
        svg.end()
        targetTick(&svg, at: .px(7), from: 0, to: 20)
        return svg.closed()
    }()

    /// `start` near the left end, `end` near the right one, else `middle`.
    static func anchor(_ fraction: Double) -> String {
        fraction < 0.1 ? "start" : (fraction > 0.9 ? "end" : "middle")
    }

    /// The target: a dark tick on a white one, seen on the track and on a bar.
    static func targetTick(_ svg: inout SVGWriter, at x: Across, from top: Double, to bottom: Double) {
        svg.openLine(x: x, from: top, to: bottom)
        svg.look(.tickHalo)
        svg.end()
        svg.openLine(x: x, from: top, to: bottom)
        svg.look(.targetTick)
        svg.end()
    }

    /// The zero line of an axis that can be negative.
    static func zeroLine(_ svg: inout SVGWriter, at x: Across, from top: Double, to bottom: Double) {
        svg.openLine(x: x, from: top, to: bottom)
        svg.look(.zero)
        svg.end()
    }
}
