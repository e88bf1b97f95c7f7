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

    /// `x` px of the nominal width, as a share of it.
    private static func at(_ x: Double) -> Across { .share(x / File.width) }

    /// The chart as one picture; `.file` for the standalone download (its
    /// names are wrapped for that width).
    public func svg(width: ChartWidth = .fluid) -> String {
        let titleLines = TextFit.wrap(title, maxWidth: File.width - 2 * File.pad, size: 16, bold: true)
        let keyLines = keyLayout()
        let axisTop = 22 * Double(titleLines.count) + 10 + (keyLines.isEmpty ? 0 : 22 * Double(keyLines.last!.line) + 20) + 8
        let rows = bars.map { rowLayout($0) }
        let height = rows.reduce(axisTop + 27) { $0 + $1.height } + File.pad
        var svg = SVGWriter(width: width, height: height, title: title, description: description,
                            capacity: 300 * bars.count + 200 * axis.ticks.count + 600)
        var y = 0.0
        for line in titleLines {
            y += 22
            svg.openText(x: Self.at(File.pad), y: y)
            svg.attribute("font-size", "16")
            svg.attribute("font-weight", "bold")
            svg.attribute("fill", ChartPalette.ink)
            svg.endText(line)
        }
        key(&svg, keyLines, top: y + 10)
        y = axis(&svg, top: axisTop)
        let rowsTop = y
        for (bar, layout) in zip(bars, rows) {
            row(&svg, bar, layout, top: y)
            y += layout.height
        }
        // The zero line runs down the bars' column, over the tracks and bars.
        if axis.signed {
            Self.zeroLine(&svg, at: Self.at(File.barX + File.barWidth * axis.fraction(0)), from: rowsTop, to: y - 3)
        }
        return svg.closed()
    }

    /// An item of the key: a status colour's swatch (nil: the target tick)
    /// and its words, on the key's `line`-th line from `x`.
    private struct KeyItem {
        var met: Bool?
        var text: String
        var x: Double
        var line: Int
    }

    /// The key's items: the two status colours (when a target applies) and
    /// the target tick, wrapped onto more lines if need be.
    private func keyLayout() -> [KeyItem] {
        var items: [(met: Bool?, text: String)] = []
        if hasStatus {
            items.append((true, metKey))
            items.append((false, missedKey))
        }
        if let targetText { items.append((nil, targetText)) }
        var laid: [KeyItem] = []
        var x = File.pad, line = 0
        for item in items {
            let textWidth = TextFit.width(item.text, size: 14)
            if x > File.pad && x + 20 + textWidth > File.width - File.pad {
                x = File.pad
                line += 1
            }
            laid.append(KeyItem(met: item.met, text: item.text, x: x, line: line))
            x += 20 + textWidth + 24
        }
        return laid
    }

    /// The key under the title, its first baseline 14 px below `top`.
    private func key(_ svg: inout SVGWriter, _ items: [KeyItem], top: Double) {
        for item in items {
            let baseline = top + 14 + 22 * Double(item.line)
            if let met = item.met {
                svg.openRect(x: Self.at(item.x), y: baseline - 12, width: .px(14), height: 14)
                svg.look(.status(met))
                svg.end()
            } else {
                Self.targetTick(&svg, at: Self.at(item.x + 7), from: baseline - 16, to: baseline + 4)
            }
            svg.openText(x: Self.at(item.x + 20), y: baseline)
            svg.attribute("font-size", "14")
            svg.attribute("fill", ChartPalette.ink)
            svg.endText(item.text)
        }
    }

    /// The axis labels over the bars' column, and what the numbers count.
    private func axis(_ svg: inout SVGWriter, top: Double) -> Double {
        if let unit = axis.unit {
            svg.openText(x: Self.at(File.rankX), y: top + 14)
            svg.look(.muted)
            svg.endText(unit)
        }
        for tick in axis.ticks {
            let fraction = axis.fraction(tick.value)
            let x = Self.at(File.barX + File.barWidth * fraction)
            svg.openText(x: x, y: top + 14)
            svg.look(.muted, anchor: Self.anchor(fraction))
            svg.endText(tick.text)
            svg.openLine(x: x, from: top + 18, to: top + 23)
            svg.look(.axis)
            svg.end()
        }
        return top + 27
    }

    /// A row's lines of name and value, its status and its height.
    private struct RowLayout {
        var names: [String]
        var values: [String]
        var status: String?
        var height: Double
    }

    private func rowLayout(_ bar: Bar) -> RowLayout {
        let names = TextFit.wrap(bar.name, maxWidth: File.nameWidth, size: File.nameSize)
        let values = TextFit.wrap(bar.valueText, maxWidth: File.valueWidth, size: File.nameSize)
        let status = statusText(bar)
        let valueHeight = File.line * Double(values.count) + (status == nil ? 0 : 17)
        return RowLayout(names: names, values: values, status: status,
                         height: max(File.line * Double(names.count), valueHeight, 20) + 11)
    }

    /// One unit's row, from `top`.
    private func row(_ svg: inout SVGWriter, _ bar: Bar, _ layout: RowLayout, top: Double) {
        let first = top + 15
        if let rank = bar.rank {
            svg.openText(x: Self.at(File.rankX), y: first)
            svg.look(.value)
            svg.endText(rank)
        }
        for (i, line) in layout.names.enumerated() {
            svg.openText(x: Self.at(File.nameX), y: first + File.line * Double(i))
            svg.attribute("font-size", "15")
            svg.attribute("fill", ChartPalette.ink)
            svg.endText(line)
        }
        if let value = bar.value {
            svg.openRect(x: Self.at(File.barX), y: top + 3, width: Self.at(File.barWidth), height: 14)
            svg.look(.track)
            svg.end()
            let span = span(value)
            svg.openRect(x: Self.at(File.barX + File.barWidth * span.start), y: top + 3,
                         width: Self.at(File.barWidth * span.width), height: 14)
            svg.look(.status(bar.met))
            svg.end()
            if let target {
                Self.targetTick(&svg, at: Self.at(File.barX + File.barWidth * axis.fraction(target)), from: top, to: top + 20)
            }
        }
        for (i, line) in layout.values.enumerated() {
            svg.openText(x: Self.at(File.valueX), y: first + File.line * Double(i))
            svg.attribute("font-size", "15")
            svg.attribute("fill", bar.value == nil ? ChartPalette.muted : ChartPalette.ink)
            svg.endText(line)
        }
        if let status = layout.status {
            svg.openText(x: Self.at(File.valueX), y: top + File.line * Double(layout.values.count) + 15)
            svg.attribute("font-size", "13")
            svg.attribute("fill", ChartPalette.ink)
            svg.endText(status)
        }
        let rule = top + layout.height - 6
        svg.openLine(x1: Self.at(File.pad), y1: rule, x2: Self.at(File.width - File.pad), y2: rule)
        svg.look(.grid)
        svg.end()
    }
}
