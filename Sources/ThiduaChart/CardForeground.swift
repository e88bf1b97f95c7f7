/// What a share card draws over its backdrop (`ShareCard.document()`), set
/// out for drawing: the shapes as SVG elements for librsvg, and the texts
/// as `CardText` runs that the Write stage draws as glyphs. The card's SVG
/// holds the same elements in their written order; they never touch one
/// another, so drawing the shapes first and the texts after gives the
/// picture the SVG describes.
public struct CardForeground: Hashable, Sendable {
    /// The shapes (rects, lines) as SVG elements without a root.
    public let shapes: String
    /// The texts, in written order.
    public let texts: [CardText]

    package init(shapes: String, texts: [CardText]) {
        self.shapes = shapes
        self.texts = texts
    }
}

/// One line of a card's text, positioned as its `<text>` element is: `x`
/// at the anchor, `y` on the baseline, `size` in px, each as the SVG
/// writes it (to a tenth).
public struct CardText: Hashable, Sendable {
    public enum Anchor: Hashable, Sendable {
        case start, middle, end
    }

    /// The words as SVG shows them: every run of spaces, tabs and line
    /// breaks one space, none at either end (a no-break space stays).
    public let words: String
    public let x: Double
    public let y: Double
    public let size: Double
    public let bold: Bool
    /// The fill as 0xRRGGBB.
    public let rgb: UInt32
    public let anchor: Anchor

    /// `fill` is a palette colour, `#rrggbb`; `anchor` an SVG `text-anchor`.
    package init(_ words: String, x: Double, y: Double, size: Double, bold: Bool, fill: String, anchor: String) {
        self.words = words.split { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }.joined(separator: " ")
        self.x = Self.tenths(x)
        self.y = Self.tenths(y)
        self.size = Self.tenths(size)
        self.bold = bold
        let hex = fill.utf8.dropFirst()
        precondition(fill.hasPrefix("#") && hex.count == 6, "a card's text is filled with a #rrggbb colour, not \(fill)")
        rgb = UInt32(String(decoding: hex, as: UTF8.self), radix: 16)!
        switch anchor {
        case "middle": self.anchor = .middle
        case "end": self.anchor = .end
        default: self.anchor = .start
        }
    }

    /// `value` as `SVGWriter.coordinate(_:)` writes it.
    private static func tenths(_ value: Double) -> Double { (value * 10).rounded() / 10 }
}

/// A card's own elements as they are written: every one into `all` (the
/// card's SVG), and each also into the foreground's shapes or texts.
struct CardLayer {
    var all = SVGWriter(fragmentCapacity: 2048)
    private var shapes = SVGWriter(fragmentCapacity: 512)
    private var texts: [CardText] = []

    var foreground: CardForeground {
        CardForeground(shapes: shapes.fragment, texts: texts)
    }

    mutating func text(_ words: String, x: Double, y: Double, size: Double, bold: Bool = false, fill: String,
                       anchor: String = "start") {
        all.text(words, x: x, y: y, size: size, bold: bold, fill: fill, anchor: anchor)
        texts.append(CardText(words, x: x, y: y, size: size, bold: bold, fill: fill, anchor: anchor))
    }

    mutating func rect(x: Double? = nil, y: Double? = nil, width: Double, height: Double, fill: String) {
        all.rect(x: x, y: y, width: width, height: height, fill: fill)
        shapes.rect(x: x, y: y, width: width, height: height, fill: fill)
    }

    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double, dash: String? = nil) {
        all.line(x1: x1, y1: y1, x2: x2, y2: y2, stroke: stroke, width: width, dash: dash)
        shapes.line(x1: x1, y1: y1, x2: x2, y2: y2, stroke: stroke, width: width, dash: dash)
    }
}
