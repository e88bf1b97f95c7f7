/// The ranked bars as one picture: the standalone `.svg` download. The
/// same rows as the page's, laid out for `ChartWidth.file`: the title, the
/// key, the axis, then per unit its rank and full name (wrapped, never
/// cut), its bar with the target tick in the bar's column only, and its
/// value with the status in words.
extension RankedBarChart {
    /// The columns, in px of the nominal width: x positions are written as
    /// percentages of it, as every chart drawn for a `ChartWidth`.
    private enum File {
        static let width = 800.0, pad = 12.0
        static let rankX = 12.0, nameX = 40.0, nameWidth = 264.0
        static let barX = 316.0, barWidth = 300.0
        static let valueX = 632.0, valueWidth = 156.0
        static let nameSize = 15.0, line = 19.0, statusSize = 13.0
    }

    /// `x` px of the nominal width as a percentage.
    private func at(_ x: Double) -> String { percent(x / File.width) }

    /// The chart as one picture; `.file` for the standalone download (its
    /// names are wrapped for that width).
    public func svg(width: ChartWidth = .fluid) -> String {
        var body = ""
        var y = 0.0
        for line in TextFit.wrap(title, maxWidth: File.width - 2 * File.pad, size: 16, bold: true) {
            y += 22
            body += "<text x=\"\(at(File.pad))\" y=\"\(coordinate(y))\" font-size=\"16\" font-weight=\"bold\" fill=\"\(ChartPalette.ink)\">\(xmlEscape(line))</text>\n"
        }
        y = key(&body, top: y + 10)
        y = axis(&body, top: y + 8)
        let rowsTop = y
        var rows = ""
        for bar in bars {
            y = row(&rows, bar, top: y)
        }
        // The zero line runs down the bars' column, over the tracks and bars.
        if axis.signed {
            rows += Self.zeroLine(at(File.barX + File.barWidth * axis.fraction(0)), top: rowsTop, bottom: y - 3)
        }
        var svg = SVGWriter(width: width, height: y + File.pad, title: title, description: description, capacity: body.utf8.count + rows.utf8.count)
        svg.text(body)
        svg.text(rows)
        return svg.closed()
    }

    /// The key: the two status colours (when a target applies) and the
    /// target tick, each with its words, wrapped onto more lines if need be.
    private func key(_ out: inout String, top: Double) -> Double {
        var items: [(picture: String, text: String)] = []
        if hasStatus {
            items.append(("<rect x=\"X\" y=\"Y\" width=\"14\" height=\"14\" fill=\"\(ChartPalette.met)\"/>", metKey))
            items.append(("<rect x=\"X\" y=\"Y\" width=\"14\" height=\"14\" fill=\"\(ChartPalette.missed)\"/>", missedKey))
        }
        if let targetText { items.append(("", targetText)) }
        guard !items.isEmpty else { return top }
        var x = File.pad, baseline = top + 14
        for item in items {
            let textWidth = TextFit.width(item.text, size: 14)
            if x > File.pad && x + 20 + textWidth > File.width - File.pad {
                x = File.pad
                baseline += 22
            }
            if item.picture.isEmpty {
                out += Self.targetTick(at(x + 7), top: baseline - 16, bottom: baseline + 4)
            } else {
                out += item.picture.replacingOccurrences(of: "X", with: at(x))
                    .replacingOccurrences(of: "Y", with: coordinate(baseline - 12)) + "\n"
            }
            out += "<text x=\"\(at(x + 20))\" y=\"\(coordinate(baseline))\" font-size=\"14\" fill=\"\(ChartPalette.ink)\">\(xmlEscape(item.text))</text>\n"
            x += 20 + textWidth + 24
        }
        return baseline + 6
    }

    /// The axis labels over the bars' column, and what the numbers count.
    private func axis(_ out: inout String, top: Double) -> Double {
        if let unit = axis.unit {
            out += "<text x=\"\(at(File.rankX))\" y=\"\(coordinate(top + 14))\" font-size=\"13\" fill=\"\(ChartPalette.muted)\">\(xmlEscape(unit))</text>\n"
        }
        for tick in axis.ticks {
            let fraction = axis.fraction(tick.value)
            let x = at(File.barX + File.barWidth * fraction)
            out += "<text x=\"\(x)\" y=\"\(coordinate(top + 14))\" font-size=\"13\" text-anchor=\"\(Self.anchor(fraction))\" fill=\"\(ChartPalette.muted)\">\(xmlEscape(tick.text))</text>\n"
            out += "<line x1=\"\(x)\" y1=\"\(coordinate(top + 18))\" x2=\"\(x)\" y2=\"\(coordinate(top + 23))\" stroke=\"\(ChartPalette.muted)\" stroke-width=\"1\"/>\n"
        }
        return top + 27
    }

    /// One unit's row; returns the next row's top.
    private func row(_ out: inout String, _ bar: Bar, top: Double) -> Double {
        let names = TextFit.wrap(bar.name, maxWidth: File.nameWidth, size: File.nameSize)
        let values = TextFit.wrap(bar.valueText, maxWidth: File.valueWidth, size: File.nameSize)
        let status = statusText(bar)
        let first = top + 15
        if let rank = bar.rank {
            out += "<text x=\"\(at(File.rankX))\" y=\"\(coordinate(first))\" font-size=\"15\" font-weight=\"bold\" fill=\"\(ChartPalette.ink)\">\(xmlEscape(rank))</text>\n"
        }
        for (i, line) in names.enumerated() {
            out += "<text x=\"\(at(File.nameX))\" y=\"\(coordinate(first + File.line * Double(i)))\" font-size=\"15\" fill=\"\(ChartPalette.ink)\">\(xmlEscape(line))</text>\n"
        }
        if let value = bar.value {
            out += "<rect x=\"\(at(File.barX))\" y=\"\(coordinate(top + 3))\" width=\"\(at(File.barWidth))\" height=\"14\" fill=\"\(ChartPalette.track)\"/>\n"
            let span = span(value)
            out += "<rect x=\"\(at(File.barX + File.barWidth * span.start))\" y=\"\(coordinate(top + 3))\" width=\"\(at(File.barWidth * span.width))\" height=\"14\" fill=\"\(ChartPalette.status(bar.met))\"/>\n"
            if let target {
                out += Self.targetTick(at(File.barX + File.barWidth * axis.fraction(target)), top: top, bottom: top + 20)
            }
        }
        let colour = bar.value == nil ? ChartPalette.muted : ChartPalette.ink
        for (i, line) in values.enumerated() {
            out += "<text x=\"\(at(File.valueX))\" y=\"\(coordinate(first + File.line * Double(i)))\" font-size=\"15\" fill=\"\(colour)\">\(xmlEscape(line))</text>\n"
        }
        var valueHeight = File.line * Double(values.count)
        if let status {
            valueHeight += 17
            out += "<text x=\"\(at(File.valueX))\" y=\"\(coordinate(top + valueHeight - 2))\" font-size=\"13\" fill=\"\(ChartPalette.ink)\">\(xmlEscape(status))</text>\n"
        }
        let bottom = top + max(File.line * Double(names.count), valueHeight, 20) + 8
        out += "<line x1=\"\(at(File.pad))\" y1=\"\(coordinate(bottom - 3))\" x2=\"\(at(File.width - File.pad))\" y2=\"\(coordinate(bottom - 3))\" stroke=\"\(ChartPalette.track)\" stroke-width=\"1\"/>\n"
        return bottom + 3
    }
}
