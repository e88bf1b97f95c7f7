/// An x position or width in a chart drawn for any width: px, or a share
/// of the width, written as a percentage (`0.375` is `37.5%`).
enum Across {
    case px(Double)
    case share(Double)

    /// Where an attribute left out puts a line's end: 0, either way.
    var isZero: Bool {
        switch self {
        case .px(let value), .share(let value): value == 0
        }
    }
}

/// The elements charts draw, written the one way every chart writes them:
/// `openLine(…)` (or rect, circle, text) writes the element's position,
/// then its own attributes (`attribute`) and what it shares with others
/// (`look`) follow, and `end()` or `endText(_:)` closes it.
extension SVGWriter {
    /// ` name="value"`, the value spelled by `coordinate(_:)`.
    mutating func attribute(_ name: StaticString, _ value: Double) {
        raw(" ")
        raw(name)
        raw("=\"")
        coordinate(value)
        raw("\"")
    }

    /// ` name="value"`: px by `coordinate(_:)`, a share by `percent(_:)`.
    mutating func attribute(_ name: StaticString, _ value: Across) {
        raw(" ")
        raw(name)
        raw("=\"")
        switch value {
        case .px(let px): coordinate(px)
        case .share(let fraction): percent(fraction)
        }
        raw("\"")
    }

    /// ` name="value"`, the value already safe markup (a colour, an anchor).
    mutating func attribute(_ name: StaticString, _ value: String) {
        raw(" ")
        raw(name)
        raw("=\"")
        markup(value)
        raw("\"")
    }

    /// `<line x1=… y1=… x2=… y2=…`, left open.
    mutating func openLine(x1: Across, y1: Double, x2: Across, y2: Double) {
        raw("<line")
        // A coordinate left out is 0: the gridlines and ticks of every chart start at an edge.
        if !x1.isZero { attribute("x1", x1) }
        if y1 != 0 { attribute("y1", y1) }
        if !x2.isZero { attribute("x2", x2) }
        if y2 != 0 { attribute("y2", y2) }
    }

    /// A vertical `openLine` at `x`.
    mutating func openLine(x: Across, from top: Double, to bottom: Double) {
        openLine(x1: x, y1: top, x2: x, y2: bottom)
    }

    /// `<rect x=… y=… width=… height=…`, left open; without `x` and `y`
    /// where the rect starts at the corner (they default to 0).
    mutating func openRect(x: Across? = nil, y: Double? = nil, width: Across, height: Double) {
        raw("<rect")
        if let x { attribute("x", x) }
        if let y { attribute("y", y) }
        attribute("width", width)
        attribute("height", height)
    }

    /// `<circle cx=… cy=… r=…`, left open.
    mutating func openCircle(cx: Across, cy: Double, r: Double) {
        raw("<circle")
        attribute("cx", cx)
        attribute("cy", cy)
        attribute("r", r)
    }

    /// `<text x=… y=…`, left open.
    mutating func openText(x: Across, y: Double) {
        raw("<text")
        attribute("x", x)
        attribute("y", y)
    }

    /// ` text-anchor=…` of an opened `<text>`, left out for `start`, SVG's
    /// default. In a page the anchor is a class that the look which follows
    /// writes (`e` for `end`, `m` for `middle`; the stylesheets' "chart
    /// anchors"): 2 bytes instead of 18–21, on a dozen labels a unit page.
    mutating func textAnchor(_ anchor: String) {
        guard anchor != "start" else { return }
        if inPage {
            pendingAnchor = anchor == "end" ? " e" : " m"
        } else {
            attribute("text-anchor", anchor)
        }
    }

    /// Closes an element with no content: `/>` and a line break.
    mutating func end() {
        raw("/>\n")
    }

    /// Closes an opened `<text>` with its words, escaped.
    mutating func endText(_ words: String) {
        raw(">")
        escaped(words)
        raw("</text>\n")
    }
}
