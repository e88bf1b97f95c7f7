/// SVG text built as UTF-8 bytes: the charts drawn once per unit page append
/// many short pieces, which cost far less on a byte array than on a
/// `String`. The bytes are turned into a string once, at the end. Every
/// SVG thidua writes goes through it: the charts, the share cards
/// (`ShareCard`) and the printed report's pages (`ReportDocument`).
package struct SVGWriter {
    private var bytes: [UInt8] = []
    /// Drawn inline in a page (`ChartWidth.fluid`): the page's stylesheet
    /// paints what many elements share (`look`), and the HTML parser gives
    /// the `<svg>` its namespace. A standalone file carries both itself.
    private(set) var inPage = false
    /// In a page, the anchor of the `<text>` being written, which joins the
    /// class its look writes (`textAnchor`, `look`): ` e` or ` m`.
    var pendingAnchor: StaticString?

    /// The opening `<svg>` element, scaled by its viewBox, with its
    /// `<title>` and `<desc>`; `capacity` guesses the rest of the chart's length.
    init(width: Double, height: Double, title: String, description: String, capacity: Int) {
        bytes.reserveCapacity(capacity + 200 + title.utf8.count + description.utf8.count)
        raw("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        coordinate(width)
        raw(" ")
        coordinate(height)
        raw("\" role=\"img\" font-family=\"")
        markup(ChartPalette.font)
        raw("\">\n")
        heading(title: title, description: description)
    }

    /// The opening `<svg>` of a chart drawn for any width: no viewBox, so
    /// nothing is stretched and text keeps its size in CSS px. x positions
    /// are percentages of `width` (`percent(_:)`), y positions and font sizes
    /// px. `width` is `.fluid` in a page (the column's width) and a number
    /// in a standalone file, where the same percentages resolve against it.
    init(width: ChartWidth, height: Double, title: String, description: String, capacity: Int) {
        bytes.reserveCapacity(capacity + 220 + title.utf8.count + description.utf8.count)
        switch width {
        case .fluid:
            inPage = true
            // The font and the width (the column's) are the stylesheet's (`svg.fluid`).
            raw("<svg height=\"")
            coordinate(height)
            raw("\" class=\"fluid\" role=\"img\">\n")
            heading(title: title, description: description)
            return
        case .fixed(let px):
            raw("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
            coordinate(px)
        }
        raw("\" height=\"")
        coordinate(height)
        if case .fixed(let px) = width {
            raw("\" viewBox=\"0 0 ")
            coordinate(px)
            raw(" ")
            coordinate(height)
        }
        raw("\" class=\"fluid\" role=\"img\" font-family=\"")
        markup(ChartPalette.font)
        raw("\">\n")
        heading(title: title, description: description)
    }

    /// The opening `<svg>` of a small picture in a page that assistive
    /// technology skips, as everything it shows is written in the page's
    /// text: a ranked bar, its axis, a key's swatch. `kind` joins `fluid` in
    /// its class, so the stylesheet paints its looks (`look`) and places it.
    init(hiddenInPage kind: StaticString, width: Across, height: Double, capacity: Int) {
        bytes.reserveCapacity(capacity + 100)
        inPage = true
        raw("<svg")
        attribute("width", width)
        attribute("height", height)
        raw(" class=\"fluid ")
        raw(kind)
        raw("\" aria-hidden=\"true\">\n")
    }

    /// What many elements share (`ChartLook`), after an element's own
    /// attributes: in a page, ` class="<name>"`; in a standalone file, which
    /// must render alone, the attributes themselves.
    mutating func look(_ look: ChartLook) {
        if inPage {
            raw(" class=\"")
            markup(look.className)
            if let anchor = pendingAnchor {
                raw(anchor)
                pendingAnchor = nil
            }
            raw("\"")
        } else {
            bytes.append(UInt8(ascii: " "))
            markup(look.markup)
        }
    }

    /// `look` with a text's anchor (nil: `start`, the default). A file
    /// carries `text-anchor` before the look's fill, where its charts have
    /// always written it; a page adds the anchor's class (`textAnchor`).
    mutating func look(_ look: ChartLook, anchor: String?) {
        if inPage {
            if let anchor { textAnchor(anchor) }
            self.look(look)
            return
        }
        let parts = look.markupAroundFill
        markup(parts.before)
        if let anchor { attribute("text-anchor", anchor) }
        markup(parts.fill)
    }

    /// Appends `fraction` (0…1) as a percentage with one decimal at most: `37.5%`.
    mutating func percent(_ fraction: Double) {
        coordinate(fraction * 100)
        bytes.append(UInt8(ascii: "%"))
    }

    /// A standalone document of a fixed size drawn by elements that carry
    /// their own paint (`SVGPaintedElements`: `text(_:x:y:…)`, `rect`, `line`):
    /// `<svg xmlns=… width="1200" height="630" viewBox="0 0 1200 630"
    /// font-family="…">`, the width and height followed by `unit` (`pt` for
    /// a printed page), then `<title>` and `<desc>` when given.
    package init(document width: Double, height: Double, unit: StaticString = "", font: String,
                 title: String? = nil, description: String? = nil, capacity: Int) {
        bytes.reserveCapacity(capacity)
        raw("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        coordinate(width)
        raw(unit)
        raw("\" height=\"")
        coordinate(height)
        raw(unit)
        raw("\" viewBox=\"0 0 ")
        coordinate(width)
        raw(" ")
        coordinate(height)
        raw("\" font-family=\"")
        markup(font)
        raw("\">\n")
        heading(title: title, description: description)
    }

    /// `<title>` and `<desc>`, each on its line, where given.
    private mutating func heading(title: String?, description: String?) {
        if let title {
            raw("<title>")
            escaped(title)
            raw("</title>\n")
        }
        if let description {
            raw("<desc>")
            escaped(description)
            raw("</desc>\n")
        }
    }

    /// Elements without a root, to be appended to a document (`append(_:)`).
    package init(fragmentCapacity capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// How many bytes are written so far: where the next element starts.
    package var byteCount: Int { bytes.count }

    /// Appends the elements another writer holds.
    package mutating func append(_ other: SVGWriter) {
        bytes.append(contentsOf: other.bytes)
    }

    /// Appends literal markup.
    package mutating func raw(_ markup: StaticString) {
        markup.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends text that is already safe markup (colours, anchors, an SVG
    /// drawn by another writer).
    package mutating func markup(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// Appends `xmlEscape(text)`.
    package mutating func escaped(_ text: String) {
        bytes.append(contentsOf: xmlEscape(text).utf8)
    }

    /// Appends `coordinate(value)`: one decimal at most, none when whole.
    package mutating func coordinate(_ value: Double) {
        let digits = CoordinateDigits(value)
        if digits.negative { bytes.append(UInt8(ascii: "-")) }
        integer(digits.whole)
        if let tenth = digits.tenth {
            bytes.append(UInt8(ascii: "."))
            bytes.append(UInt8(ascii: "0") + UInt8(tenth))
        }
    }

    /// Appends `tenths` / 10 as `coordinate(_:)` spells it: `-8.6`, `19`, `0`.
    package mutating func tenths(_ tenths: Int) {
        coordinate(Double(tenths) / 10)
    }

    /// Appends an integer in decimal, as `String(n)` writes it.
    private mutating func integer(_ n: Int) {
        // Chart coordinates are mostly below 1000.
        if n >= 0 && n < 1000 {
            let zero = UInt8(ascii: "0")
            if n >= 100 { bytes.append(zero + UInt8(n / 100)) }
            if n >= 10 { bytes.append(zero + UInt8(n / 10 % 10)) }
            bytes.append(zero + UInt8(n % 10))
            return
        }
        bytes.appendDecimal(n)
    }

    /// The elements so far, as they are (a fragment has no root to close).
    package var fragment: String { String(decoding: bytes, as: UTF8.self) }

    /// The SVG so far, closed with `</svg>`.
    package consuming func closed() -> String {
        raw("</svg>\n")
        return String(decoding: bytes, as: UTF8.self)
    }
}
