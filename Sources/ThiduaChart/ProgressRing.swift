/// A ring showing a share of a whole, e.g. "9/23 units meet the target",
/// with the fraction written in the middle. Used for headline figures.
/// Drawn in a viewBox the page scales (`.rings svg`), so it carries its
/// attributes itself: the chart looks are for charts drawn for any width.
public struct ProgressRing: Sendable {
    public var id: String
    public var title: String
    public var description: String
    public var count: Int
    public var total: Int
    public var centreText: String

    public func svg() -> String {
        let size = 120.0, radius = 48.0, stroke = 14.0
        let share = total > 0 ? Double(count) / Double(total) : 0
        let circumference = 2 * Double.pi * radius
        var svg = SVGWriter(width: size, height: size, title: title, description: description, capacity: 600)
        svg.openCircle(cx: .px(60), cy: 60, r: radius)
        svg.attribute("fill", "none")
        svg.attribute("stroke", ChartPalette.track)
        svg.attribute("stroke-width", stroke)
        svg.end()
        if share > 0 {
            svg.openCircle(cx: .px(60), cy: 60, r: radius)
            svg.attribute("fill", "none")
            svg.attribute("stroke", ChartPalette.met)
            svg.attribute("stroke-width", stroke)
            svg.raw(" stroke-dasharray=\"")
            svg.coordinate(circumference * share)
            svg.raw(" ")
            svg.coordinate(circumference)
            svg.raw("\" transform=\"rotate(-90 60 60)\"")
            svg.end()
        }
        // Shrink long counts ("1.371/3.355") so they stay inside the ring.
        // A headline figure, yet within the 11–20 px every chart text keeps.
        let fontSize = min(20, 150 / Double(max(1, centreText.count)))
        svg.openText(x: .px(60), y: 60 + fontSize * 0.32)
        svg.attribute("font-size", fontSize)
        svg.attribute("font-weight", "bold")
        svg.attribute("text-anchor", "middle")
        svg.attribute("fill", ChartPalette.ink)
        svg.endText(centreText)
        return svg.closed()
    }
}
