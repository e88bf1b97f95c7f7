/// What many elements of the charts drawn for any width share: a line's
/// stroke, a label's size and colour. In a page an element names its class
/// and the theme's stylesheets paint it ("chart looks" in style.css, and in
/// embed.css, which an embed loads instead); a standalone chart file, which
/// must render alone, carries the attributes themselves (`SVGWriter.look`).
/// `ChartLookTests` holds both stylesheets to these values.
enum ChartLook: Int, CaseIterable, Sendable {
    /// Gridlines.
    case grid
    /// Axis labels, dates and the target's key.
    case muted
    /// The target's rule.
    case target
    /// A trend's line.
    case line
    /// A trend's dots.
    case dot
    /// A bullet chart's track.
    case track
    /// A trend's labelled values.
    case value
    /// A bullet chart's tick labels.
    case tickLabel

    /// The class an element in a page names.
    var className: String {
        switch self {
        case .grid: "cg"
        case .muted: "cm"
        case .target: "ct"
        case .line: "cl"
        case .dot: "cd"
        case .track: "ck"
        case .value: "cv"
        case .tickLabel: "cb"
        }
    }

    /// SVG presentation attributes, in the order a file carries them.
    var attributes: [(name: String, value: String)] {
        switch self {
        case .grid: [("stroke", ChartPalette.track), ("stroke-width", "1")]
        case .muted: [("font-size", "13"), ("fill", ChartPalette.muted)]
        case .target: [("stroke", ChartPalette.ink), ("stroke-width", "1.5"), ("stroke-dasharray", "6 4")]
        case .line: [("fill", "none"), ("stroke", ChartPalette.met), ("stroke-width", "3"), ("stroke-linejoin", "round")]
        case .dot: [("fill", ChartPalette.met)]
        case .track: [("fill", ChartPalette.track)]
        case .value: [("font-size", "15"), ("font-weight", "bold"), ("fill", ChartPalette.ink)]
        case .tickLabel: [("font-size", "14"), ("fill", ChartPalette.muted)]
        }
    }

    /// What only a page's stylesheet adds: a trend's line is drawn in a
    /// nested drawing stretched to the page's width, and must keep its stroke
    /// (a standalone file has a fixed width, and SVG 1.1 no `vector-effect`).
    var pageOnly: [(name: String, value: String)] {
        self == .line ? [("vector-effect", "non-scaling-stroke")] : []
    }

    /// The attributes as a file carries them: `stroke="#e3e7ec" stroke-width="1"`.
    var markup: String { Self.markups[rawValue] }

    /// The declarations of the stylesheets' rule `.fluid .<className>`:
    /// `stroke: #e3e7ec; stroke-width: 1;` (font sizes in CSS px).
    var declarations: String {
        (attributes + pageOnly).map { name, value in
            "\(name): \(value)\(name == "font-size" ? "px" : "");"
        }.joined(separator: " ")
    }

    private static let markups = allCases.map { look in
        look.attributes.map { "\($0.name)=\"\($0.value)\"" }.joined(separator: " ")
    }
}
