/// A horizontal bar chart of units ranked on one figure, with the target
/// drawn as a line: the campaign home's main picture. Written as SVG text.
public struct RankedBarChart: Sendable {
    public struct Bar: Sendable {
        public var label: String
        public var value: Double?
        public var valueText: String
        /// nil when the unit has no target on this figure.
        public var met: Bool?
    }

    public var id: String
    public var title: String
    public var description: String
    public var bars: [Bar]
    public var target: Double?
    public var targetText: String?

    /// SVG text does not wrap: labels longer than the chart is wide are cut
    /// with an ellipsis (the table beside the chart has the full names).
    static func fit(_ label: String, limit: Int = 46) -> String {
        label.count <= limit ? label : String(label.prefix(limit - 1)) + "…"
    }

    /// A white outline under the labels, so the target line never cuts them.
    /// `paint-order` is set by a class: the site's stylesheet carries the rule
    /// (inline styles are refused by the pages' Content-Security-Policy) and a
    /// standalone file carries it in its own `<style>`.
    static let halo = "class=\"halo\" stroke=\"#ffffff\" stroke-width=\"4\""
    static let haloStyle = "<style>.halo{paint-order:stroke}</style>\n"

    /// The chart as SVG text; `standalone` adds what a file on its own needs.
    public func svg(standalone: Bool = false) -> String {
        let width = 440.0, left = 4.0, right = 112.0
        let rowHeight = 44.0, top = targetText == nil ? 8.0 : 34.0
        let height = top + rowHeight * Double(bars.count) + 8
        let values = bars.compactMap(\.value) + (target.map { [$0] } ?? [])
        let low = min(0, values.min() ?? 0)
        var high = max(0, values.max() ?? 1)
        if high == low { high = low + 1 }
        let plot = width - left - right
        func x(_ v: Double) -> Double { left + (v - low) / (high - low) * plot }

        var svg = svgOpen(width: width, height: height, title: title, description: description)
        if standalone { svg += Self.haloStyle }
        // The target line goes under the labels, which carry a white halo.
        if let target, let targetText {
            let tx = x(target)
            svg += "<line x1=\"\(coordinate(tx))\" y1=\"\(coordinate(top - 6))\" x2=\"\(coordinate(tx))\" y2=\"\(coordinate(height - 4))\" stroke=\"#1a1a1a\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>\n"
            let anchor = tx > width - right ? "end" : "middle"
            svg += "<text x=\"\(coordinate(tx))\" y=\"20\" font-size=\"16\" font-weight=\"bold\" text-anchor=\"\(anchor)\" fill=\"#1a1a1a\">\(xmlEscape(targetText))</text>\n"
        }
        for (i, bar) in bars.enumerated() {
            let y = top + rowHeight * Double(i)
            svg += "<text x=\"\(coordinate(left))\" y=\"\(coordinate(y + 16))\" font-size=\"17\" fill=\"#1a1a1a\" \(Self.halo)>\(xmlEscape(Self.fit(bar.label)))</text>\n"
            if let value = bar.value {
                let x0 = x(min(0, value)), x1 = x(max(0, value))
                let colour = ChartPalette.status(bar.met)
                svg += "<rect x=\"\(coordinate(x0))\" y=\"\(coordinate(y + 22))\" width=\"\(coordinate(max(1, x1 - x0)))\" height=\"16\" fill=\"\(colour)\"/>\n"
                svg += "<text x=\"\(coordinate(x1 + 6))\" y=\"\(coordinate(y + 36))\" font-size=\"16\" fill=\"#1a1a1a\" \(Self.halo)>\(xmlEscape(bar.valueText))</text>\n"
            } else {
                svg += "<text x=\"\(coordinate(x(0) + 6))\" y=\"\(coordinate(y + 36))\" font-size=\"16\" fill=\"#56677A\">\(xmlEscape(bar.valueText))</text>\n"
            }
        }
        svg += "</svg>\n"
        return svg
    }
}
