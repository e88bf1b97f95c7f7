/// One indicator of one unit against its target: a bar for the value on a
/// track for the scale, and a tick for the target. Used on unit pages, where
/// the value is written out in words right below the chart.
public struct BulletChart: Sendable {
    public var id: String
    public var title: String
    public var description: String
    public var value: Double?
    public var valueText: String
    public var target: Double?
    public var targetText: String?
    public var met: Bool?
    /// Scale maximum shared by the units of the campaign (consistent scales).
    public var scaleMax: Double
    public var scaleMin: Double

    public func svg() -> String {
        let width = 360.0, height = 52.0, left = 2.0, right = 358.0
        let scale = LinearScale(values: [scaleMin, scaleMax] + [value, target].compactMap { $0 },
                                start: left, end: right)
        var svg = svgOpen(width: width, height: height, title: title, description: description, id: id)
        svg += "<rect x=\"\(coordinate(left))\" y=\"4\" width=\"\(coordinate(right - left))\" height=\"18\" fill=\"\(ChartPalette.track)\"/>\n"
        if let value {
            let x0 = scale(min(0, value)), x1 = scale(max(0, value))
            svg += "<rect x=\"\(coordinate(x0))\" y=\"7\" width=\"\(coordinate(max(1.5, x1 - x0)))\" height=\"12\" fill=\"\(ChartPalette.status(met))\"/>\n"
        }
        if let target, let targetText {
            let tx = scale(target)
            svg += "<line x1=\"\(coordinate(tx))\" y1=\"0\" x2=\"\(coordinate(tx))\" y2=\"26\" stroke=\"\(ChartPalette.ink)\" stroke-width=\"3\"/>\n"
            let targetAnchor = edgeAnchor(tx, width: width)
            svg += "<text x=\"\(coordinate(tx))\" y=\"46\" font-size=\"16\" text-anchor=\"\(targetAnchor)\" fill=\"\(ChartPalette.muted)\">\(xmlEscape(targetText))</text>\n"
        }
        return svg + "</svg>\n"
    }
}
