/// What many elements of the charts drawn for any width share: a line's
/// stroke, a label's size and colour. In a page an element names its class
/// and the theme's stylesheets paint it ("chart looks" in style.css, and in
/// embed.css, which an embed loads instead); a standalone chart file, which
/// must render alone, carries the attributes themselves (`SVGWriter.look`).
/// `ChartLookTests` holds both stylesheets to these values.
enum ChartLook: Int, CaseIterable, Sendable {
    /// Gridlines, and the rules between a ranked-bar file's rows.
    case grid
    /// Axis labels, dates and the target's key.
    case muted
    /// The target's rule.
    case target
    /// A trend's line.
    case line
    /// A trend's dots.
    case dot
    /// A bullet chart's and a ranked bar's track.
    case track
    /// A trend's labelled values, a ranked-bar file's ranks.
    case value
    /// A bullet chart's tick labels.
    case tickLabel
    /// A bar, dot or swatch of a unit that meets its target.
    case met
    /// The same of a unit that misses it.
    case missed
    /// The same of a unit without a target.
    case noTarget
    /// An axis line and its ticks.
    case axis
    /// The zero line of ranked bars that can be negative.
    case zero
    /// The white under a target tick, which keeps it seen on a bar.
    case tickHalo
    /// The target's tick across a bar (ranked bars, a bullet chart).
    case targetTick
    /// A bullet chart's tick of the group's median.
    case median
    /// A bullet chart's tick of the group's best unit.
    case best
    /// A distribution's target line, between two columns.
    case targetDivider
    /// The target's words over a distribution.
    case targetLabel

    /// The look of a bar, dot or swatch in a status's colour.
    static func status(_ met: Bool?) -> ChartLook {
        met.map { $0 ? .met : .missed } ?? .noTarget
    }

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
        case .met: "cy"
        case .missed: "cn"
        case .noTarget: "cu"
        case .axis: "ca"
        case .zero: "cz"
        case .tickHalo: "ch"
        case .targetTick: "ci"
        case .median: "ce"
        case .best: "cr"
        case .targetDivider: "cw"
        case .targetLabel: "cf"
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
        case .met: [("fill", ChartPalette.met)]
        case .missed: [("fill", ChartPalette.missed)]
        case .noTarget: [("fill", ChartPalette.neutral)]
        case .axis: [("stroke", ChartPalette.muted), ("stroke-width", "1")]
        case .zero: [("stroke", ChartPalette.ink), ("stroke-width", "1")]
        case .tickHalo: [("stroke", "#ffffff"), ("stroke-width", "5")]
        case .targetTick: [("stroke", ChartPalette.ink), ("stroke-width", "3")]
        case .median: [("stroke", ChartPalette.ink), ("stroke-width", "2"), ("stroke-dasharray", "4 3")]
        case .best: [("stroke", ChartPalette.neutral), ("stroke-width", "2")]
        case .targetDivider: [("stroke", ChartPalette.ink), ("stroke-width", "2"), ("stroke-dasharray", "5 3")]
        case .targetLabel: [("font-size", "14"), ("font-weight", "bold"), ("fill", ChartPalette.ink)]
        }
    }

    /// What only a page's stylesheet adds. A trend's line, target and dots
    /// are drawn in a nested drawing stretched to the page's width, and keep
    /// their stroke and dashes (a standalone file has a fixed width, and
    /// SVG 1.1 no `vector-effect`); a dot there is the round end of an empty
    /// segment as wide as a file's circle (`TrendChart`).
    var pageOnly: [(name: String, value: String)] {
        switch self {
        case .line, .target: [("vector-effect", "non-scaling-stroke")]
        case .dot: [("stroke", ChartPalette.met), ("stroke-width", "8"), ("stroke-linecap", "round"),
                    ("vector-effect", "non-scaling-stroke")]
        default: []
        }
    }

    /// The attributes as a file carries them: `stroke="#e3e7ec" stroke-width="1"`.
    var markup: String { Self.markups[rawValue] }

    /// The attributes before the fill and the fill (and what follows it),
    /// each attribute with a space before it: a text's anchor goes between
    /// (`SVGWriter.look(_:anchor:)`).
    var markupAroundFill: (before: String, fill: String) { Self.markupsAroundFill[rawValue] }

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

    private static let markupsAroundFill = allCases.map { look in
        let written = look.attributes.map { " \($0.name)=\"\($0.value)\"" }
        let fill = look.attributes.firstIndex { $0.name == "fill" } ?? written.count
        return (before: written[..<fill].joined(), fill: written[fill...].joined())
    }
}
