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
        // The scale's bounds, met in the order `min()` and `max()` would meet them.
        var low = scaleMin, high = scaleMin
        for bound in [scaleMax, value, target] {
            guard let bound else { continue }
            if bound < low { low = bound }
            if high < bound { high = bound }
        }
        let scale = LinearScale(low: low, high: high, start: left, end: right)
        var svg = svgOpen(width: width, height: height, title: title, description: description, id: id, capacity: 500)
        svg += "<rect x=\""
        svg.appendCoordinate(left)
        svg += "\" y=\"4\" width=\""
        svg.appendCoordinate(right - left)
        svg += "\" height=\"18\" fill=\"\(ChartPalette.track)\"/>\n"
        if let value {
            let x0 = scale(min(0, value)), x1 = scale(max(0, value))
            svg += "<rect x=\""
            svg.appendCoordinate(x0)
            svg += "\" y=\"7\" width=\""
            svg.appendCoordinate(max(1.5, x1 - x0))
            svg += "\" height=\"12\" fill=\""
            svg += ChartPalette.status(met)
            svg += "\"/>\n"
        }
        if let target, let targetText {
            let tx = scale(target)
            svg += "<line x1=\""
            svg.appendCoordinate(tx)
            svg += "\" y1=\"0\" x2=\""
            svg.appendCoordinate(tx)
            svg += "\" y2=\"26\" stroke=\"\(ChartPalette.ink)\" stroke-width=\"3\"/>\n<text x=\""
            svg.appendCoordinate(tx)
            svg += "\" y=\"46\" font-size=\"16\" text-anchor=\""
            svg += edgeAnchor(tx, width: width)
            svg += "\" fill=\"\(ChartPalette.muted)\">"
            svg.appendEscaped(targetText)
            svg += "</text>\n"
        }
        svg += "</svg>\n"
        return svg
    }
}
