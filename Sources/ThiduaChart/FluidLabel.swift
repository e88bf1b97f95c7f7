/// A text label of a chart drawn for any width (`SVGWriter(width: .fluid)`):
/// placed at a fraction of the chart's width, it spans a fixed number of px,
/// so where it starts and ends in px depends on the width. Labels are laid
/// out for every width the chart can take at once.
struct FluidLabel {
    enum Anchor: String { case start, middle, end }

    /// The narrowest and widest a fluid chart is drawn: a 360 px phone's
    /// column, and a wide screen's (the standalone files are 800 px).
    static let widths: (narrowest: Double, widest: Double) = (320, 1200)

    /// Where the label is anchored, 0…1 of the chart's width.
    var fraction: Double
    /// Its estimated width in px.
    var width: Double
    var anchor: Anchor

    /// A label of `text` at `fraction`, anchored so that it stays inside the
    /// chart at every width: centred where it fits, otherwise growing inwards.
    init(_ text: String, size: Double, at fraction: Double, bold: Bool = false) {
        self.fraction = fraction
        // Noto Sans advances, with room for a fallback font a little wider.
        width = TextFit.width(text, size: size, bold: bold) * 1.1
        let narrow = Self.widths.narrowest, x = fraction * narrow
        if x - width / 2 < 0 {
            anchor = .start
        } else if x + width / 2 > narrow {
            anchor = .end
        } else {
            anchor = .middle
        }
    }

    /// Its left and right edges in px on a chart `chartWidth` px wide.
    func span(at chartWidth: Double) -> (left: Double, right: Double) {
        let x = fraction * chartWidth
        switch anchor {
        case .start: return (x, x + width)
        case .middle: return (x - width / 2, x + width / 2)
        case .end: return (x - width, x)
        }
    }

    /// Whether two labels on one line come closer than `gap` px at some
    /// width. The space between them changes linearly with the width, so the
    /// narrowest and widest charts tell.
    func collides(with other: FluidLabel, gap: Double = 8) -> Bool {
        for chartWidth in [Self.widths.narrowest, Self.widths.widest] {
            let a = span(at: chartWidth), b = other.span(at: chartWidth)
            if max(a.left, b.left) < min(a.right, b.right) + gap { return true }
        }
        return false
    }

    /// The part of the width (0…1) it may cover at some width: the most at
    /// the narrowest chart.
    var extent: (low: Double, high: Double) {
        let span = span(at: Self.widths.narrowest)
        return (span.left / Self.widths.narrowest, span.right / Self.widths.narrowest)
    }

    /// Lines for labels in order, each on the first line where it collides
    /// with none already there: `result[i]` is label `i`'s line, from 0.
    static func stack(_ labels: [FluidLabel]) -> [Int] {
        var lines: [[FluidLabel]] = []
        return labels.map { label in
            let line = lines.firstIndex { placed in !placed.contains { $0.collides(with: label) } } ?? lines.count
            if line == lines.count { lines.append([]) }
            lines[line].append(label)
            return line
        }
    }
}
