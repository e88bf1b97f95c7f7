/// A line of one figure over the snapshots, with the target as a dashed
/// line and the first and last values labelled directly. Used on unit
/// pages for each indicator and, inverted, for the rank history.
public struct TrendChart: Sendable {
    public struct Point: Sendable {
        public var label: String
        public var value: Double?
        /// The value as written next to the point. Only the first and last
        /// points with a value are labelled; the trends of `ChartStage`
        /// leave the text of the others empty.
        public var valueText: String
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

    public func svg() -> String {
        let width = 360.0, height = 180.0, left = 8.0, right = 352.0, top = 28.0, bottom = 146.0
        // The smallest and largest of the values, the target and the domain,
        // met in that order as `min()` and `max()` would meet them.
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
        let scale = inverted
            ? LinearScale(low: low, high: high, start: top, end: bottom, includeZero: false)
            : LinearScale(low: low, high: high, start: bottom, end: top, includeZero: true)
        let step = points.count > 1 ? (right - left - 40) / Double(points.count - 1) : 0
        func x(_ i: Int) -> Double { points.count > 1 ? left + 20 + step * Double(i) : (left + right) / 2 }

        var svg = SVGWriter(width: width, height: height, title: title, description: description,
                            capacity: 900 + 14 * points.count)
        svg.raw("<line x1=\"")
        svg.coordinate(left)
        svg.raw("\" y1=\"")
        svg.coordinate(bottom)
        svg.raw("\" x2=\"")
        svg.coordinate(right)
        svg.raw("\" y2=\"")
        svg.coordinate(bottom)
        svg.raw("\" stroke=\"")
        svg.text(ChartPalette.track)
        svg.raw("\" stroke-width=\"2\"/>\n")
        if let target, let targetText {
            let ty = scale(target)
            svg.raw("<line x1=\"")
            svg.coordinate(left)
            svg.raw("\" y1=\"")
            svg.coordinate(ty)
            svg.raw("\" x2=\"")
            svg.coordinate(right)
            svg.raw("\" y2=\"")
            svg.coordinate(ty)
            svg.raw("\" stroke=\"")
            svg.text(ChartPalette.ink)
            svg.raw("\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>\n<text x=\"")
            svg.coordinate(right)
            svg.raw("\" y=\"")
            svg.coordinate(ty - 5)
            svg.raw("\" font-size=\"13\" text-anchor=\"end\" fill=\"")
            svg.text(ChartPalette.muted)
            svg.raw("\">")
            svg.escaped(targetText)
            svg.raw("</text>\n")
        }
        // Segments only between consecutive defined points: a gap means no data.
        if !defined.isEmpty {
            svg.raw("<path d=\"")
            var previous: Int?
            for i in defined {
                if previous == i - 1 { svg.raw("L") } else { svg.raw("M") }
                svg.coordinate(x(i))
                svg.raw(" ")
                svg.coordinate(scale(points[i].value!))
                previous = i
            }
            svg.raw("\" fill=\"none\" stroke=\"")
            svg.text(ChartPalette.met)
            svg.raw("\" stroke-width=\"3\" stroke-linejoin=\"round\"/>\n")
        }
        // Dots on every point only while they stay apart; a year of weekly
        // figures reads better (and weighs less) as a plain line.
        for i in defined where points.count <= 16 || i == defined.first || i == defined.last {
            svg.raw("<circle cx=\"")
            svg.coordinate(x(i))
            svg.raw("\" cy=\"")
            svg.coordinate(scale(points[i].value!))
            svg.raw("\" r=\"4\" fill=\"")
            svg.text(ChartPalette.met)
            svg.raw("\"/>\n")
        }
        // The first and last defined points are labelled (once when the same).
        if let first = defined.first, let last = defined.last {
            for i in first == last ? [first] : [first, last] {
                let anchor = i == points.count - 1 && points.count > 1 ? "end" : (i == 0 ? "start" : "middle")
                let y = scale(points[i].value!)
                let labelY = inverted ? y + 22 : (y - 10 < top - 8 ? y + 22 : y - 10)
                svg.raw("<text x=\"")
                svg.coordinate(x(i))
                svg.raw("\" y=\"")
                svg.coordinate(labelY)
                svg.raw("\" font-size=\"15\" font-weight=\"bold\" text-anchor=\"")
                svg.text(anchor)
                svg.raw("\" fill=\"")
                svg.text(ChartPalette.ink)
                svg.raw("\">")
                svg.escaped(points[i].valueText)
                svg.raw("</text>\n")
            }
        }
        // The first and last dates under the axis.
        func dateLabel(_ text: String, x: Double, anchor: StaticString) {
            svg.raw("<text x=\"")
            svg.coordinate(x)
            svg.raw("\" y=\"")
            svg.coordinate(height - 12)
            svg.raw("\" font-size=\"13\"")
            svg.raw(anchor)
            svg.raw(" fill=\"")
            svg.text(ChartPalette.muted)
            svg.raw("\">")
            svg.escaped(text)
            svg.raw("</text>\n")
        }
        if let first = points.first { dateLabel(first.label, x: left, anchor: "") }
        if points.count > 1, let last = points.last { dateLabel(last.label, x: right, anchor: " text-anchor=\"end\"") }
        return svg.closed()
    }
}
