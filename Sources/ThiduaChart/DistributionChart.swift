/// Every unit's value on one indicator as a dot on a labelled axis, with
/// the target line: shows at a glance how many are near, above or below it.
/// Used on indicator pages, drawn for any width (`SVGWriter(width:…)`):
/// x in percent of the width, y and text in px.
///
/// Values closer than a dot's width are stacked into columns. The columns
/// are bins of a fixed share of the width (`binWidth`), laid from the target
/// (so that the target line always falls between two columns, and a dot's
/// side of the line is its value's side) or from the axis's start. A bin is
/// 12,4 px at 330 px, wider than a dot at any width. When a column would be
/// taller than `maxLevels` dots, the columns are drawn as bars instead.
public struct DistributionChart: Sendable {
    public struct Dot: Sendable {
        public var value: Double
        public var met: Bool?
    }

    public var id: String
    public var title: String
    public var description: String
    public var dots: [Dot]
    /// The target line, when every unit has the same target.
    public var target: Target?
    public var targetText: String?
    /// The axis: its ticks are drawn and labelled with `tickTexts`.
    public var axis: AxisRange
    public var tickTexts: [String]

    /// The plot's ends, as fractions of the width: the margins hold the
    /// half bin and the dot that may reach past them.
    static let plotStart = 0.04, plotEnd = 0.96
    /// A column's width, as a fraction of the chart's width.
    static let binWidth = 0.0375
    static let radius = 5.5, levelHeight = 12.0
    static let maxLevels = 20
    /// The narrowest the chart is drawn (a 320 px phone's column): labels
    /// are placed so that they fit and stay apart at this width, and so at
    /// any wider one.
    static let narrowest = 300.0
    static let tickSize = 13.0, targetSize = 14.0

    /// A column of the chart: its centre (fraction of the width) and its
    /// dots, bottom first.
    struct Column: Equatable {
        var centre: Double
        var dots: [Bool?]
    }

    /// The x position (fraction of the width) of a value.
    func x(_ value: Double) -> Double {
        Self.plotStart + axis.fraction(value) * (Self.plotEnd - Self.plotStart)
    }

    /// The dots in columns, left to right; in a column, by value, then
    /// missed, no target, met (the order of a value's ties).
    func columns() -> [Column] {
        let binValue = Self.binWidth / (Self.plotEnd - Self.plotStart) * axis.span
        let anchor = target?.value ?? axis.low
        // A value at the target goes to the side where it meets it (or, for
        // a strict comparison, where it misses it): `>=` and `<` to the right.
        let equalRight = target.map { $0.comparison == .atLeast || $0.comparison == .below } ?? true
        func rank(_ met: Bool?) -> Int { met.map { $0 ? 2 : 0 } ?? 1 }
        let sorted = dots.sorted { ($0.value, rank($0.met)) < ($1.value, rank($1.met)) }
        var bins: [Int: [Bool?]] = [:]
        for dot in sorted {
            let bin: Int
            if target != nil, abs(dot.value - anchor) <= Target.tolerance {
                bin = equalRight ? 0 : -1
            } else {
                bin = Int(((dot.value - anchor) / binValue).rounded(.down))
            }
            bins[bin, default: []].append(dot.met)
        }
        return bins.keys.sorted().map { bin in
            Column(centre: x(anchor + (Double(bin) + 0.5) * binValue), dots: bins[bin]!)
        }
    }

    /// Which ticks carry a label: all when they stay apart at the narrowest
    /// width, else every second (third…), always with the first and last.
    func labelledTicks() -> [Int] {
        let count = min(axis.ticks.count, tickTexts.count)
        guard count > 2 else { return Array(0..<count) }
        for every in 1..<(count - 1) {
            var chosen = Array(stride(from: 0, to: count - 1, by: every))
            if count - 1 - chosen.last! < every, chosen.count > 1 { chosen.removeLast() }
            chosen.append(count - 1)
            let spans = chosen.map { tickSpan($0, count: count) }
            if zip(spans, spans.dropFirst()).allSatisfy({ $0.upper + 8 <= $1.lower }) { return chosen }
        }
        return [0, count - 1]
    }

    /// The px extent of tick `i`'s label at the narrowest width.
    private func tickSpan(_ i: Int, count: Int) -> (lower: Double, upper: Double) {
        let at = x(axis.ticks[i]) * Self.narrowest, width = TextFit.width(tickTexts[i], size: Self.tickSize)
        switch tickAnchor(i, count: count) {
        case "start": return (at, at + width)
        case "end": return (at - width, at)
        default: return (at - width / 2, at + width / 2)
        }
    }

    /// The first tick's label grows rightwards, the last's leftwards.
    private func tickAnchor(_ i: Int, count: Int) -> String {
        i == 0 ? "start" : (i == count - 1 ? "end" : "middle")
    }

    /// The target label's anchor: centred on the line where it fits at the
    /// narrowest width, else growing away from the nearer edge.
    private func targetAnchor(_ at: Double, _ text: String) -> String {
        let px = at * Self.narrowest, half = TextFit.width(text, size: Self.targetSize, bold: true) / 2
        if px - half < 0 { return "start" }
        if px + half > Self.narrowest { return "end" }
        return "middle"
    }

    public func svg(width: ChartWidth = .fluid) -> String {
        let columns = columns()
        let tallest = columns.map(\.dots.count).max() ?? 0
        let asBars = tallest > Self.maxLevels
        let plotHeight = Double(asBars ? Self.maxLevels : max(tallest, 1)) * Self.levelHeight
        let hasTarget = target != nil && targetText != nil
        let top = hasTarget ? 30.0 : 8.0
        let base = top + plotHeight + 2
        let height = base + 28
        var svg = SVGWriter(width: width, height: height, title: title, description: description,
                            capacity: 400 + dots.count * 90 + axis.ticks.count * 160)
        // Faint lines up from the ticks, under everything else.
        for tick in axis.ticks {
            svg.openLine(x: .share(x(tick)), from: top, to: base)
            svg.look(.grid)
            svg.end()
        }
        for column in columns {
            if asBars {
                drawBar(column, into: &svg, base: base, unit: plotHeight / Double(tallest))
                continue
            }
            for (level, met) in column.dots.enumerated() {
                svg.openCircle(cx: .share(column.centre), cy: base - Self.radius - 2 - Double(level) * Self.levelHeight, r: Self.radius)
                svg.look(.status(met))
                svg.end()
            }
        }
        svg.openLine(x1: .share(Self.plotStart), y1: base, x2: .share(Self.plotEnd), y2: base)
        svg.look(.axis)
        svg.end()
        let count = min(axis.ticks.count, tickTexts.count)
        let labelled = Set(labelledTicks())
        for i in 0..<count {
            let at = Across.share(x(axis.ticks[i]))
            svg.openLine(x: at, from: base, to: base + 5)
            svg.look(.axis)
            svg.end()
            guard labelled.contains(i) else { continue }
            svg.openText(x: at, y: base + 20)
            let anchor = tickAnchor(i, count: count)
            svg.look(.muted, anchor: anchor == "start" ? nil : anchor)
            svg.endText(tickTexts[i])
        }
        // The target line between two columns, its label above the plot.
        if let target, let targetText {
            let at = x(target.value)
            svg.openLine(x: .share(at), from: top - 8, to: base)
            svg.look(.targetDivider)
            svg.end()
            svg.openText(x: .share(at), y: 16)
            let anchor = targetAnchor(at, targetText)
            svg.look(.targetLabel, anchor: anchor == "start" ? nil : anchor)
            svg.endText(targetText)
        }
        return svg.closed()
    }

    /// A column too tall for dots, as a bar: missed at the bottom, then no
    /// target, then met, each `unit` px per unit.
    private func drawBar(_ column: Column, into svg: inout SVGWriter, base: Double, unit: Double) {
        var y = base
        for met in [false, nil, true] as [Bool?] {
            let count = column.dots.filter { $0 == met }.count
            guard count > 0 else { continue }
            let height = Double(count) * unit
            y -= height
            svg.openRect(x: .share(column.centre - Self.binWidth * 0.4), y: y, width: .share(Self.binWidth * 0.8), height: height)
            svg.look(.status(met))
            svg.end()
        }
    }
}
