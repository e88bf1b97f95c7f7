/// Where a trend chart's value labels go: above or below their point,
/// wherever no gridline, other text or part of the line is, at every width
/// the chart can take.
struct TrendLabelLayout {
    /// Something drawn: across `low…high` of the width (at the narrowest
    /// chart, where text covers the most of it) and `top…bottom` px.
    struct Box {
        var low: Double
        var high: Double
        var top: Double
        var bottom: Double
    }

    private var boxes: [Box] = []
    private var rules: [Double] = []
    private let height: Double

    /// A chart `height` px high, with the date line at its foot.
    init(height: Double, top: Double, bottom: Double) {
        self.height = height
        boxes.append(Box(low: 0, high: 1, top: height - 22, bottom: height))
    }

    /// A line across the whole width at `y`.
    mutating func rule(at y: Double) { rules.append(y) }

    /// A label drawn `left` px right of its anchor, from `top` to `bottom` px.
    mutating func block(_ label: FluidLabel, from top: Double, to bottom: Double, left: Double = 0) {
        let extent = label.extent, shift = left / FluidLabel.widths.narrowest
        boxes.append(Box(low: extent.low + shift, high: extent.high + shift, top: top, bottom: bottom))
    }

    /// Where a 15 px label of the point at `y` goes: right above it, right
    /// below it, beside it (growing away from the point, for a label at an
    /// end of the line) or a line further above or below, the first of these
    /// that touches nothing (the least crowded when all do). `line` is every
    /// defined point, with whether a segment joins it to the one before.
    mutating func place(_ label: FluidLabel, at y: Double, line: [(x: Double, y: Double, joined: Bool)]) -> (baseline: Double, dx: Double) {
        var candidates: [(baseline: Double, dx: Double)] = [(y - 9, 0), (y + 21, 0)]
        switch label.anchor {
        case .start: candidates.append((y + 5, 9))
        case .end: candidates.append((y + 5, -9))
        case .middle: break
        }
        candidates += [(y - 25, 0), (y + 37, 0)]
        // A box from 16 px above each baseline (Vietnamese letters stack marks) to 4 px below.
        func box(_ candidate: (baseline: Double, dx: Double)) -> Box {
            let extent = label.extent, shift = candidate.dx / FluidLabel.widths.narrowest
            return Box(low: extent.low + shift, high: extent.high + shift, top: candidate.baseline - 16, bottom: candidate.baseline + 4)
        }
        var best: (candidate: (baseline: Double, dx: Double), clash: Double)?
        for candidate in candidates {
            let box = box(candidate)
            let clash = clash(box, line: lineSpan(line, from: box.low, to: box.high))
            if best.map({ clash < $0.clash }) ?? true { best = (candidate, clash) }
            if clash == 0 { break }
        }
        let chosen = best!.candidate
        boxes.append(box(chosen))
        return chosen
    }

    /// How many px of `box` something else covers (0 when it is free).
    private func clash(_ box: Box, line: (low: Double, high: Double)?) -> Double {
        func overlap(_ top: Double, _ bottom: Double) -> Double { max(0, min(box.bottom, bottom) - max(box.top, top)) }
        var total = overlap(-.infinity, 0)
        for other in boxes where other.low < box.high && box.low < other.high {
            total += overlap(other.top, other.bottom)
        }
        for rule in rules { total += overlap(rule - 1.5, rule + 1.5) }
        // The line's stroke and dots reach 4 px beyond its points.
        if let line { total += overlap(line.low - 4, line.high + 4) }
        return total
    }

    /// The lowest and highest `y` the line reaches between `low` and `high`
    /// across the width.
    private func lineSpan(_ line: [(x: Double, y: Double, joined: Bool)], from low: Double, to high: Double) -> (low: Double, high: Double)? {
        var span: (low: Double, high: Double)?
        func include(_ y: Double) { span = (min(span?.low ?? y, y), max(span?.high ?? y, y)) }
        for (n, point) in line.enumerated() {
            if low <= point.x && point.x <= high { include(point.y) }
            guard point.joined, n > 0 else { continue }
            let start = line[n - 1]
            let from = max(start.x, low), to = min(point.x, high)
            guard from <= to, point.x > start.x else { continue }
            for x in [from, to] { include(start.y + (point.y - start.y) * (x - start.x) / (point.x - start.x)) }
        }
        return span
    }
}
