/// Every unit's value on one indicator as a dot on a common axis, with the
/// target line: shows at a glance how many are near, above or below it.
/// Used on indicator pages.
public struct DistributionChart: Sendable {
    public struct Dot: Sendable {
        public var value: Double
        public var met: Bool?
    }

    public var id: String
    public var title: String
    public var description: String
    public var dots: [Dot]
    public var target: Double?
    public var targetText: String?
    public var lowText: String
    public var highText: String

    public func svg() -> String {
        let width = 360.0, left = 10.0, right = 350.0, axis = 40.0
        let scale = LinearScale(values: dots.map(\.value) + (target.map { [$0] } ?? []), start: left, end: right)
        // Stack dots that would overlap into columns, so every unit stays visible.
        var columns: [Int: Int] = [:]
        var placed: [(x: Double, level: Int, met: Bool?)] = []
        for dot in dots.sorted(by: { $0.value < $1.value }) {
            let bin = Int((scale(dot.value) - left) / 9)
            let level = columns[bin, default: 0]
            columns[bin] = level + 1
            placed.append((left + Double(bin) * 9 + 4.5, level, dot.met))
        }
        let maxLevel = placed.map(\.level).max() ?? 0
        let height = axis + Double(maxLevel + 1) * 9 + 40
        var svg = svgOpen(width: width, height: height, title: title, description: description)
        let base = height - 36
        for dot in placed {
            svg += "<circle cx=\"\(coordinate(dot.x))\" cy=\"\(coordinate(base - 5 - Double(dot.level) * 9))\" r=\"4\" fill=\"\(ChartPalette.status(dot.met))\"/>\n"
        }
        svg += "<line x1=\"\(coordinate(left))\" y1=\"\(coordinate(base))\" x2=\"\(coordinate(right))\" y2=\"\(coordinate(base))\" stroke=\"\(ChartPalette.muted)\" stroke-width=\"1\"/>\n"
        svg += "<text x=\"\(coordinate(left))\" y=\"\(coordinate(base + 18))\" font-size=\"13\" fill=\"\(ChartPalette.muted)\">\(xmlEscape(lowText))</text>\n"
        svg += "<text x=\"\(coordinate(right))\" y=\"\(coordinate(base + 18))\" font-size=\"13\" text-anchor=\"end\" fill=\"\(ChartPalette.muted)\">\(xmlEscape(highText))</text>\n"
        if let target, let targetText {
            let tx = scale(target)
            svg += "<line x1=\"\(coordinate(tx))\" y1=\"22\" x2=\"\(coordinate(tx))\" y2=\"\(coordinate(base + 4))\" stroke=\"\(ChartPalette.ink)\" stroke-width=\"2\" stroke-dasharray=\"5 3\"/>\n"
            let anchor = edgeAnchor(tx, width: width)
            svg += "<text x=\"\(coordinate(tx))\" y=\"16\" font-size=\"13\" font-weight=\"bold\" text-anchor=\"\(anchor)\" fill=\"\(ChartPalette.ink)\">\(xmlEscape(targetText))</text>\n"
        }
        return svg + "</svg>\n"
    }
}
