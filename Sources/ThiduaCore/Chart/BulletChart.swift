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
        var svg = SVGWriter(width: width, height: height, title: title, description: description,
                            capacity: 500)
        svg.raw("<rect x=\"")
        svg.coordinate(left)
        svg.raw("\" y=\"4\" width=\"")
        svg.coordinate(right - left)
        svg.raw("\" height=\"18\" fill=\"")
        svg.text(ChartPalette.track)
        svg.raw("\"/>\n")
        if let value {
            let x0 = scale(min(0, value)), x1 = scale(max(0, value))
            svg.raw("<rect x=\"")
            svg.coordinate(x0)
            svg.raw("\" y=\"7\" width=\"")
            svg.coordinate(max(1.5, x1 - x0))
            svg.raw("\" height=\"12\" fill=\"")
            svg.text(ChartPalette.status(met))
            svg.raw("\"/>\n")
        }
        if let target, let targetText {
            let tx = scale(target)
            svg.raw("<line x1=\"")
            svg.coordinate(tx)
            svg.raw("\" y1=\"0\" x2=\"")
            svg.coordinate(tx)
            svg.raw("\" y2=\"26\" stroke=\"")
            svg.text(ChartPalette.ink)
            svg.raw("\" stroke-width=\"3\"/>\n<text x=\"")
            svg.coordinate(tx)
            svg.raw("\" y=\"46\" font-size=\"16\" text-anchor=\"")
            svg.text(edgeAnchor(tx, width: width))
            svg.raw("\" fill=\"")
            svg.text(ChartPalette.muted)
            svg.raw("\">")
            svg.escaped(targetText)
            svg.raw("</text>\n")
        }
        return svg.closed()
    }
}
