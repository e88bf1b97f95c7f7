/// A line of one figure over the snapshots, with the target as a dashed
/// line and the first and last values labelled directly. Used on unit
/// pages for each indicator and, inverted, for the rank history.
public struct TrendChart: Sendable {
    public struct Point: Sendable {
        public var label: String
        public var value: Double?
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
        var values = points.compactMap(\.value) + (target.map { [$0] } ?? [])
        if let domain { values += [domain.low, domain.high] }
        var scale = LinearScale(values: values, start: bottom, end: top, includeZero: !inverted)
        if inverted { scale = LinearScale(values: values, start: top, end: bottom, includeZero: false) }
        let step = points.count > 1 ? (right - left - 40) / Double(points.count - 1) : 0
        func x(_ i: Int) -> Double { points.count > 1 ? left + 20 + step * Double(i) : (left + right) / 2 }

        var svg = svgOpen(width: width, height: height, title: title, description: description, id: id)
        svg += "<line x1=\"\(coordinate(left))\" y1=\"\(coordinate(bottom))\" x2=\"\(coordinate(right))\" y2=\"\(coordinate(bottom))\" stroke=\"\(ChartPalette.track)\" stroke-width=\"2\"/>\n"
        if let target, let targetText {
            let ty = scale(target)
            svg += "<line x1=\"\(coordinate(left))\" y1=\"\(coordinate(ty))\" x2=\"\(coordinate(right))\" y2=\"\(coordinate(ty))\" stroke=\"\(ChartPalette.ink)\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>\n"
            svg += "<text x=\"\(coordinate(right))\" y=\"\(coordinate(ty - 5))\" font-size=\"13\" text-anchor=\"end\" fill=\"\(ChartPalette.muted)\">\(xmlEscape(targetText))</text>\n"
        }
        // Segments only between consecutive defined points: a gap means no data.
        var path = ""
        var previous: Int?
        for (i, point) in points.enumerated() {
            guard let value = point.value else { previous = nil; continue }
            path += (previous == i - 1 && previous != nil ? "L" : "M") + "\(coordinate(x(i))) \(coordinate(scale(value)))"
            previous = i
        }
        if !path.isEmpty {
            svg += "<path d=\"\(path)\" fill=\"none\" stroke=\"\(ChartPalette.met)\" stroke-width=\"3\" stroke-linejoin=\"round\"/>\n"
        }
        let defined = points.indices.filter { points[$0].value != nil }
        // Dots on every point only while they stay apart; a year of weekly
        // figures reads better (and weighs less) as a plain line.
        for i in defined where points.count <= 16 || i == defined.first || i == defined.last {
            svg += "<circle cx=\"\(coordinate(x(i)))\" cy=\"\(coordinate(scale(points[i].value!)))\" r=\"4\" fill=\"\(ChartPalette.met)\"/>\n"
        }
        for i in Set([defined.first, defined.last].compactMap { $0 }).sorted() {
            let anchor = i == points.count - 1 && points.count > 1 ? "end" : (i == 0 ? "start" : "middle")
            let y = scale(points[i].value!)
            let labelY = inverted ? y + 22 : (y - 10 < top - 8 ? y + 22 : y - 10)
            svg += "<text x=\"\(coordinate(x(i)))\" y=\"\(coordinate(labelY))\" font-size=\"15\" font-weight=\"bold\" text-anchor=\"\(anchor)\" fill=\"\(ChartPalette.ink)\">\(xmlEscape(points[i].valueText))</text>\n"
        }
        if let first = points.first {
            svg += "<text x=\"\(coordinate(left))\" y=\"\(coordinate(height - 12))\" font-size=\"13\" fill=\"\(ChartPalette.muted)\">\(xmlEscape(first.label))</text>\n"
        }
        if points.count > 1, let last = points.last {
            svg += "<text x=\"\(coordinate(right))\" y=\"\(coordinate(height - 12))\" font-size=\"13\" text-anchor=\"end\" fill=\"\(ChartPalette.muted)\">\(xmlEscape(last.label))</text>\n"
        }
        return svg + "</svg>\n"
    }
}
