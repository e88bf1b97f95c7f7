/// The elements of documents that librsvg draws alone, with no stylesheet
/// (share cards, the printed report's pages): each names its own paint.
/// Written with the same primitives as the charts' elements
/// (`SVGElements`), after the position: size and weight, the anchor where
/// it is not `start`, then the paint.
extension SVGWriter {
    /// `<text x=… y=… font-size=…` (bold, italic, anchor) ` fill=…>words</text>`.
    package mutating func text(_ words: String, x: Double, y: Double, size: Double, bold: Bool = false,
                               italic: Bool = false, fill: String, anchor: String = "start") {
        openText(x: .px(x), y: y)
        attribute("font-size", size)
        if bold { raw(" font-weight=\"bold\"") }
        if italic { raw(" font-style=\"italic\"") }
        textAnchor(anchor)
        attribute("fill", fill)
        endText(words)
    }

    /// `<rect x=… y=… width=… height=… rx=… fill=…/>`, without `x` and `y`
    /// where the rect starts at the corner and without `rx` where it is square.
    package mutating func rect(x: Double? = nil, y: Double? = nil, width: Double, height: Double, rx: Double? = nil,
                               fill: String) {
        openRect(x: x.map(Across.px), y: y, width: .px(width), height: height)
        if let rx { attribute("rx", rx) }
        attribute("fill", fill)
        end()
    }

    /// `<line x1=… y1=… x2=… y2=… stroke=… stroke-width=…/>`, dashed by `dash`.
    package mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double,
                               dash: String? = nil) {
        openLine(x1: .px(x1), y1: y1, x2: .px(x2), y2: y2)
        attribute("stroke", stroke)
        attribute("stroke-width", width)
        if let dash { attribute("stroke-dasharray", dash) }
        end()
    }
}
