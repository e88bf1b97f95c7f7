/// A line of one figure over the snapshots, with the target as a dashed
/// line (named in a key above the chart), the ends of the value axis on
/// their gridlines and the first and last values labelled directly. Used on
/// unit pages for each indicator and, inverted, for the rank history.
public struct TrendChart: Sendable {
    public struct Point: Sendable {
        public var label: String
        public var value: Double?
        /// The value as written next to the point. Only the first and last
        /// points with a value are labelled; the trends of `ChartStage`
        /// leave the text of the others empty.
        public var valueText: String
    }

    /// A labelled gridline of the value axis.
    public struct Tick: Sendable, Equatable {
        public var value: Double
        public var text: String
    }

    public var id: String
    public var title: String
    public var description: String
    public var points: [Point]
    public var target: Double?
    public var targetText: String?
    /// For ranks: 1 at the top.
    public var inverted: Bool
    /// Domain shared by all units for the same indicator.
    public var domain: (low: Double, high: Double)?
    /// The gridlines, usually the ends of the domain (`ChartBuilder`).
    public var ticks: [Tick] = []

    /// Height in px; the width is the column's.
    static let height = 200.0
    /// Where the first and last snapshots lie across the width.
    static let firstX = 0.02, lastX = 0.98
    /// The plot's bottom and the date line's baseline, in px.
    static let bottom = 154.0, dateLine = 192.0

    /// Where snapshot `i` lies across the width, 0…1.
    func x(_ i: Int) -> Double {
        points.count > 1 ? Self.firstX + (Self.lastX - Self.firstX) * Double(i) / Double(points.count - 1) : 0.5
    }

    /// Point `i` of the line in tenths of a unit, `across` units wide. In a
    /// page whole units: across a page's 1000 units a whole unit is under
    /// 0,1 % of the width, and up and down a whole unit is a CSS pixel (the
    /// drawing is as tall as its viewBox): tenths there would only weigh
    /// (about 100 bytes a chart, six charts on every unit page). A file keeps them.
    func pathPoint(_ i: Int, across: Double, inPage: Bool, y: (Int) -> Double) -> (x: Int, y: Int) {
        inPage
            ? (x: Int((x(i) * across).rounded()) * 10, y: Int(y(i).rounded()) * 10)
            : (x: Int((x(i) * across * 10).rounded()), y: Int((y(i) * 10).rounded()))
    }

    public func svg(width: ChartWidth = .fluid) -> String {
        let hasKey = target != nil && targetText != nil
        let top = hasKey ? 50.0 : 32.0, bottom = Self.bottom, height = Self.height
        // The smallest and largest of the values, the target, the domain and
        // the ticks, met in that order as `min()` and `max()` would meet them.
        var low: Double?, high: Double?
        func include(_ value: Double) {
            if low.map({ value < $0 }) ?? true { low = value }
            if high.map({ $0 < value }) ?? true { high = value }
        }
        var defined: [Int] = []
        defined.reserveCapacity(points.count)
        for (i, point) in points.enumerated() {
            if let value = point.value {
                include(value)
                defined.append(i)
            }
        }
        if let target { include(target) }
        if let domain {
            include(domain.low)
            include(domain.high)
        }
        for tick in ticks { include(tick.value) }
        let scale = inverted
            ? LinearScale(low: low, high: high, start: top, end: bottom, includeZero: false)
            : LinearScale(low: low, high: high, start: bottom, end: top, includeZero: true)
        func y(_ i: Int) -> Double { scale(points[i].value!) }

        var svg = SVGWriter(width: width, height: height, title: title, description: description,
                            capacity: 1600 + 14 * points.count)
        var layout = TrendLabelLayout(height: height, top: top, bottom: bottom)
        // Lines across the width: in a file each a `<line>` before its label;
        // in a page paths of the nested drawing below (`rules`), which spans
        // the width in 1000 units without a percentage on every end.
        var rules: [(y: Double, look: ChartLook)] = []
        func rule(at y: Double, _ look: ChartLook) {
            layout.rule(at: y)
            if svg.inPage {
                rules.append((y, look))
            } else {
                svg.openLine(x1: .px(0), y1: y, x2: .share(1), y2: y)
                svg.look(look)
                svg.end()
            }
        }
        // Gridlines across the width; the bottom one's label under it, the others' above.
        for tick in ticks {
            let gy = scale(tick.value)
            let below = abs(gy - bottom) < 1
            layout.block(FluidLabel(tick.text, size: 13, at: 0), from: below ? gy + 1 : gy - 20, to: below ? gy + 19 : gy - 1)
            rule(at: gy, .grid)
            svg.openText(x: .px(0), y: below ? gy + 15 : gy - 5)
            svg.look(.muted)
            svg.endText(tick.text)
        }
        if let target, let targetText {
            let ty = scale(target)
            layout.block(FluidLabel(targetText, size: 13, at: 0), from: 0, to: 22, left: 34)
            rule(at: ty, .target)
            svg.openLine(x1: .px(0), y1: 10, x2: .px(28), y2: 10)
            svg.look(.target)
            svg.end()
            svg.openText(x: .px(34), y: 15)
            svg.look(.muted)
            svg.endText(targetText)
        }
        // Dots on every point only while they stay apart; a year of weekly
        // figures reads better (and weighs less) as a plain line.
        let dotted = defined.filter { points.count <= 16 || $0 == defined.first || $0 == defined.last }
        // The line: segments only between consecutive defined points (a
        // gap means no data). A path cannot take percentages: on a page it is
        // drawn 1000 wide in a nested drawing stretched to the width, its
        // stroke kept by `vector-effect`; a standalone file has a width, so
        // its path is drawn in px as it is (SVG 1.1 files have no `vector-effect`).
        // In a page, the nested drawing of the rules, the line and the dots.
        let nested = svg.inPage && (!rules.isEmpty || !defined.isEmpty)
        // `M<x> <y>`: a point of a path, absolute.
        func move(to point: (x: Int, y: Int)) {
            svg.raw("M")
            svg.tenths(point.x)
            svg.raw(" ")
            svg.tenths(point.y)
        }
        let across: Double
        switch width {
        case .fluid:
            across = 1000
            if nested {
                // A nested drawing is as wide and tall as the chart without saying so.
                svg.raw("<svg viewBox=\"0 0 1000 ")
                svg.coordinate(height)
                svg.raw("\" preserveAspectRatio=\"none\">\n")
                // The gridlines in one path, then the target's.
                for look in [ChartLook.grid, .target] where rules.contains(where: { $0.look == look }) {
                    svg.raw("<path d=\"")
                    for rule in rules where rule.look == look {
                        svg.raw("M0 ")
                        svg.coordinate(rule.y)
                        svg.raw("H1000")
                    }
                    svg.raw("\"")
                    svg.look(look)
                    svg.end()
                }
            }
        case .fixed(let px):
            across = px
        }
        if !defined.isEmpty {
            svg.raw("<path d=\"")
            var previous: Int?
            var last = (x: 0, y: 0)
            // Whether an `l` is open: further pairs continue it.
            var relative = false
            for i in defined {
                let point = pathPoint(i, across: across, inPage: svg.inPage, y: y)
                if previous == i - 1 {
                    // Each point of a run after its first, from the one before:
                    // the same rounded points as absolute ones would be, in
                    // about half the bytes (a year of weekly values is six
                    // such lines on every unit page).
                    if !relative {
                        svg.raw("l")
                        relative = true
                    } else if point.x >= last.x {
                        svg.raw(" ")
                    }
                    svg.tenths(point.x - last.x)
                    if point.y >= last.y { svg.raw(" ") }
                    svg.tenths(point.y - last.y)
                } else {
                    move(to: point)
                    relative = false
                }
                last = point
                previous = i
            }
            svg.raw("\"")
            svg.look(.line)
            svg.end()
            if svg.inPage {
                // The dots as round ends of empty segments in the same
                // drawing, on the line's own rounded points (`ChartLook.dot`
                // in the stylesheets): a path instead of a circle each.
                svg.raw("<path d=\"")
                for i in dotted {
                    move(to: pathPoint(i, across: across, inPage: true, y: y))
                    svg.raw("h0")
                }
                svg.raw("\"")
                svg.look(.dot)
                svg.end()
            }
        }
        if nested { svg.raw("</svg>\n") }
        if !svg.inPage {
            for i in dotted {
                svg.openCircle(cx: .share(x(i)), cy: y(i), r: 4)
                svg.look(.dot)
                svg.end()
            }
        }
        // The first and last defined points are labelled (once when the
        // same), above or below the point, wherever nothing else is.
        if let first = defined.first, let last = defined.last {
            let line = defined.map { (x: x($0), y: y($0), joined: $0 > 0 && points[$0 - 1].value != nil) }
            for i in first == last ? [first] : [first, last] {
                let label = FluidLabel(points[i].valueText, size: 15, at: x(i), bold: true)
                let place = layout.place(label, at: y(i), line: line)
                svg.raw("<text")
                svg.attribute("x", .share(x(i)))
                if place.dx != 0 { svg.attribute("dx", place.dx) }
                svg.attribute("y", place.baseline)
                svg.textAnchor(label.anchor.rawValue)
                svg.look(.value)
                svg.endText(points[i].valueText)
            }
        }
        // The first and last dates under the axis.
        func dateLabel(_ text: String, at fraction: Double, anchor: FluidLabel.Anchor) {
            svg.openText(x: .share(fraction), y: Self.dateLine)
            svg.textAnchor(anchor.rawValue)
            svg.look(.muted)
            svg.endText(text)
        }
        if points.count == 1 { dateLabel(points[0].label, at: 0.5, anchor: .middle) }
        if points.count > 1 {
            dateLabel(points[0].label, at: Self.firstX, anchor: .start)
            dateLabel(points[points.count - 1].label, at: Self.lastX, anchor: .end)
        }
        return svg.closed()
    }
}
