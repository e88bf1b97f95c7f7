/// A ring showing a share of a whole, e.g. "9/23 units meet the target",
/// with the fraction written in the middle. Used for headline figures.
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
        var svg = svgOpen(width: size, height: size, title: title, description: description)
        svg += "<circle cx=\"60\" cy=\"60\" r=\"\(coordinate(radius))\" fill=\"none\" stroke=\"\(ChartPalette.track)\" stroke-width=\"\(coordinate(stroke))\"/>\n"
        if share > 0 {
            svg += "<circle cx=\"60\" cy=\"60\" r=\"\(coordinate(radius))\" fill=\"none\" stroke=\"\(ChartPalette.met)\" stroke-width=\"\(coordinate(stroke))\" "
            svg += "stroke-dasharray=\"\(coordinate(circumference * share)) \(coordinate(circumference))\" transform=\"rotate(-90 60 60)\"/>\n"
        }
        // Shrink long counts ("1.371/3.355") so they stay inside the ring.
        // A headline figure, yet within the 11–20 px every chart text keeps.
        let fontSize = min(20, 150 / Double(max(1, centreText.count)))
        svg += "<text x=\"60\" y=\"\(coordinate(60 + fontSize * 0.32))\" font-size=\"\(coordinate(fontSize))\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"\(ChartPalette.ink)\">\(xmlEscape(centreText))</text>\n"
        return svg + "</svg>\n"
    }
}
