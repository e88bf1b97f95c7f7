import Foundation

/// Rasterises the cards of a build, drawing each distinct backdrop (the
/// elements that open a card and that other cards repeat: background, band,
/// site name, footer, eyebrow — `CardSource.backdrop`) once, and each
/// card's own elements (its `CardForeground`: shapes through librsvg, text
/// as glyphs) over a copy of it. A card whose backdrop no other card
/// shares is drawn the same way, so its pixels never depend on the others
/// (`CardPainterTests`). The rows a card leaves as the backdrop has them
/// (band, footer) are not compressed again.
///
/// A backdrop is kept only until the last card that uses it is drawn, so
/// `grouped` cards (those sharing a backdrop one after another) hold few
/// of them at once. Safe to use from several threads at once.
package final class CardPainter: @unchecked Sendable {
    /// One backdrop's pixels, drawn by the first card that needs them.
    private final class Backdrop {
        let lock = NSLock()
        var uses: Int
        var drawn: PNGRenderer.Backdrop?

        init(uses: Int) { self.uses = uses }
    }

    private let lock = NSLock()
    private var backdrops: [String: Backdrop] = [:]

    /// Prepares for drawing exactly `cards` (each once).
    package init(_ cards: [CardSource]) {
        var uses: [String: Int] = [:]
        for card in cards { if let (key, _) = Self.layers(card) { uses[key, default: 0] += 1 } }
        // A backdrop no other card repeats would only add a copy.
        for (key, count) in uses where count > 1 { backdrops[key] = Backdrop(uses: count) }
    }

    /// The card's PNG.
    package func png(_ card: CardSource) throws -> Data {
        guard let (key, foreground) = Self.layers(card) else {
            return try PNGRenderer.png(svg: card.svg, width: card.width, height: card.height)
        }
        let layer = PNGRenderer.Layer(svg: foreground.shapes.isEmpty ? nil : Self.tag(card.svg) + foreground.shapes + "</svg>\n",
                                      texts: foreground.texts)
        guard let backdrop = lock.withLock({ backdrops[key] }) else {
            return try PNGRenderer.png(layer, over: key + "</svg>\n", width: card.width, height: card.height)
        }
        let drawn = try backdrop.lock.withLock {
            defer {
                backdrop.uses -= 1
                if backdrop.uses == 0 { backdrop.drawn = nil }
            }
            if let drawn = backdrop.drawn { return drawn }
            let drawn = try PNGRenderer.backdrop(svg: key + "</svg>\n", width: card.width, height: card.height)
            backdrop.drawn = drawn
            return drawn
        }
        return try PNGRenderer.png(layer, over: drawn)
    }

    /// The card's backdrop key and foreground, when it is drawn in layers
    /// (a share card); nil for a card drawn whole (a chart's PNG).
    private static func layers(_ card: CardSource) -> (key: String, foreground: CardForeground)? {
        guard let foreground = card.foreground, let key = key(card) else { return nil }
        return (key, foreground)
    }

    /// Whether the card is drawn over a backdrop shared with other cards.
    func shares(_ card: CardSource) -> Bool {
        guard let (key, _) = Self.layers(card) else { return false }
        return lock.withLock { backdrops[key] != nil }
    }

    /// `items` with those whose cards share a backdrop next to each other,
    /// in the order each backdrop first appears.
    static func grouped<T>(_ items: [T], card: (T) -> CardSource) -> [T] {
        var groups: [String?: Int] = [:]
        var ordered: [[T]] = []
        for item in items {
            let key = Self.key(card(item))
            if let group = groups[key] {
                ordered[group].append(item)
            } else {
                groups[key] = ordered.count
                ordered.append([item])
            }
        }
        return ordered.flatMap { $0 }
    }

    /// The card's `<svg>` tag and backdrop elements, or nil when it has
    /// no backdrop (or its offsets do not fall after the tag).
    static func key(_ card: CardSource) -> String? {
        guard let range = card.backdrop else { return nil }
        let utf8 = card.svg.utf8
        guard range.lowerBound >= tag(card.svg).utf8.count, range.upperBound <= utf8.count, !range.isEmpty else { return nil }
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound), end = utf8.index(utf8.startIndex, offsetBy: range.upperBound)
        // Cards of one size only share a backdrop (all share cards are 1200×630).
        let size = card.width == ShareCard.width && card.height == ShareCard.height ? "" : "<!-- \(card.width)x\(card.height) -->"
        return Self.tag(card.svg) + size + card.svg[start..<end]
    }

    /// The `<svg>` tag, on the SVG's first line: both layers are drawn in it.
    static func tag(_ svg: String) -> String {
        svg.utf8.firstIndex(of: UInt8(ascii: "\n")).map { String(svg[...$0]) } ?? ""
    }
}
