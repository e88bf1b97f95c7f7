import Foundation
import Testing
@testable import ThiduaSupport
@testable import ThiduaLoad
@testable import ThiduaModel
@testable import ThiduaRank
@testable import ThiduaChart
@testable import ThiduaRender
@testable import ThiduaWrite
@testable import ThiduaCore

/// Drawing a card's backdrop once and its own elements over a copy gives
/// the pixels of drawing the card alone, and the picture its SVG describes.
struct CardPainterTests {
    /// The cards of a small real site (home, campaign, units, indicators,
    /// plan, awards) and a unit with a long Vietnamese name.
    static func cards() throws -> [CardSource] {
        let analysis = try OpenDataTests.site.analyse()
        let rendered = try RenderStage.renderSite(site: analysis.site, results: analysis.results, charts: analysis.charts,
                                                  strings: analysis.strings, theme: analysis.theme)
        var long = CardCacheTests.card
        long.title = "Uỷ ban nhân dân xã Quảng Trực, huyện Tuy Đức, tỉnh Đắk Nông (Trung tâm Phục vụ hành chính công)"
        let (svg, backdrop, foreground) = long.document()
        // Share cards only: the charts' PNGs beside them have no backdrop.
        return rendered.cards.filter { $0.path.hasSuffix(Sharing.cardName) }
            + [CardSource(path: "long/anh-chia-se.png", svg: svg, backdrop: backdrop, foreground: foreground)]
    }

    @Test func aCardHasTheSameBytesWhetherItsBackdropIsSharedOrNot() throws {
        let cards = try Self.cards()
        for path in ["anh-chia-se.png", "dak-nong/so-y-te/anh-chia-se.png", "dak-nong/chi-so/received-rate/anh-chia-se.png",
                     "dak-nong/ke-hoach/anh-chia-se.png", "long/anh-chia-se.png"] {
            #expect(cards.contains { $0.path == path }, "\(path)")
        }
        #expect(cards.allSatisfy { $0.foreground != nil })
        // Every card twice, so that each one is drawn over a shared backdrop.
        let twins = cards.map { CardSource(path: "twin/" + $0.path, svg: $0.svg, backdrop: $0.backdrop, foreground: $0.foreground) }
        let painter = CardPainter(cards + twins)
        #expect(cards.allSatisfy(painter.shares))
        for card in cards {
            let png = try painter.png(card)
            let alone = CardPainter([card])
            #expect(!alone.shares(card))
            // Blocks taken from the backdrop are the bytes compressing them gives.
            #expect(try png == alone.png(card), "\(card.path)")
        }
    }

    /// The foreground holds the card's own elements, as the SVG writes them
    /// after the backdrop: its shapes, and a run for every `<text>`.
    @Test func theForegroundIsTheSVGsOwnElements() throws {
        for card in try Self.cards() {
            let foreground = try #require(card.foreground), backdrop = try #require(card.backdrop)
            let own = String(decoding: Array(card.svg.utf8)[backdrop.upperBound...], as: UTF8.self)
                .split(separator: "\n").filter { $0 != "</svg>" }
            #expect(own.filter { !$0.hasPrefix("<text") }.map { $0 + "\n" }.joined() == foreground.shapes, "\(card.path)")
            let texts = own.filter { $0.hasPrefix("<text") }
            #expect(texts.count == foreground.texts.count, "\(card.path)")
            for (element, run) in zip(texts, foreground.texts) {
                #expect(element.hasSuffix(">" + xmlEscape(run.words) + "</text>"), "\(card.path): \(element)")
                #expect(element.contains(" y=\"\(coordinate(run.y))\""), "\(card.path): \(element)")
                #expect(element.contains(" font-size=\"\(coordinate(run.size))\""), "\(card.path): \(element)")
            }
        }
        let unit = try #require(try Self.cards().first { $0.path == "long/anh-chia-se.png" }?.foreground)
        #expect(unit.texts.map(\.words) == ["Uỷ ban nhân dân xã Quảng Trực, huyện", "Tuy Đức, tỉnh Đắk Nông (Trung tâm Phục",
                                             "vụ hành chính công)", "12/320", "hạng 3/97 trong tỉnh", "78,5%",
                                             "Đạt chỉ tiêu ≥ 50,0%", "Chỉ tiêu ≥ 50,0%"])
        let badge = unit.texts[3]
        #expect([badge.x, badge.size] == [210, 80])   // "12/320" is too wide for the panel at 104 and 92
        #expect(badge.bold && badge.rgb == 0x0b3d6e && badge.anchor == .middle)
        #expect(unit.shapes.components(separatedBy: "<rect").count == 2 && unit.shapes.contains("<line"))
    }

    /// Each text run, drawn as glyphs, covers the pixels librsvg's drawing
    /// of its `<text>` element covers, to the pixel: the same font, size,
    /// weight, baseline and anchor.
    @Test func glyphTextIsWhereLibrsvgDrawsTheSVGText() throws {
        for card in try Self.cards() {
            let tag = Self.tag(card)
            for run in try #require(card.foreground).texts {
                var element = SVGWriter(fragmentCapacity: 256)
                let anchor = switch run.anchor { case .start: "start"; case .middle: "middle"; case .end: "end" }
                element.text(run.words, x: run.x, y: run.y, size: run.size, bold: run.bold,
                             fill: String(format: "#%06x", run.rgb), anchor: anchor)
                let svg = try PNGRenderer.canvas(svg: tag + element.fragment + "</svg>\n", width: card.width, height: card.height)
                var glyphs = Canvas(width: card.width, height: card.height)
                try SVGRasterizer.draw(nil, texts: [run], on: &glyphs, paintingWhite: true)
                let (a, b) = (try #require(Self.ink(svg)), try #require(Self.ink(glyphs)))
                for (edge, (p, q)) in zip(["left", "top", "right", "bottom"], [(a.0, b.0), (a.1, b.1), (a.2, b.2), (a.3, b.3)]) {
                    #expect(abs(p - q) <= 1, "\(card.path) \(run.words): \(edge) \(p) vs \(q)")
                }
                // The colour of the darkest pixel, which antialiasing leaves whole in both.
                #expect(Self.darkest(svg) == Self.darkest(glyphs), "\(card.path) \(run.words)")
            }
        }
    }

    static func tag(_ card: CardSource) -> String { CardPainter.tag(card.svg) }

    /// The bounds of the pixels that are not white: left, top, right, bottom.
    static func ink(_ canvas: Canvas) -> (Int, Int, Int, Int)? {
        var box: (Int, Int, Int, Int)?
        for y in 0..<canvas.height {
            for x in 0..<canvas.width where canvas.rgb(x: x, y: y) != 0xFFFFFF {
                box = box.map { (min($0.0, x), min($0.1, y), max($0.2, x), max($0.3, y)) } ?? (x, y, x, y)
            }
        }
        return box
    }

    static func darkest(_ canvas: Canvas) -> UInt32 {
        canvas.pixels.map { $0 & 0xFF_FFFF }.min { a, b in
            (a >> 16 & 0xFF) + (a >> 8 & 0xFF) + (a & 0xFF) < (b >> 16 & 0xFF) + (b >> 8 & 0xFF) + (b & 0xFF)
        } ?? 0
    }

    /// The units of a campaign share one backdrop, which holds the band,
    /// the footer and the labels, and the card's own elements change pixels.
    @Test func aCampaignsCardsShareABackdrop() throws {
        let cards = try Self.cards()
        let unit = try #require(cards.first { $0.path == "dak-nong/so-y-te/anh-chia-se.png" })
        let indicator = try #require(cards.first { $0.path == "dak-nong/chi-so/received-rate/anh-chia-se.png" })
        let other = try #require(cards.first { $0.path == "dak-nong/so-noi-vu/anh-chia-se.png" })
        #expect(CardPainter.key(unit) == CardPainter.key(other))
        #expect(CardPainter.key(unit) != CardPainter.key(indicator))      // another label
        #expect(CardPainter(cards).shares(unit))
        let card = unit
        let backdrop = try #require(card.backdrop)
        let tag = CardPainter.tag(card.svg)
        let utf8 = Array(card.svg.utf8)
        let backdropSVG = tag + String(decoding: utf8[backdrop], as: UTF8.self) + "</svg>\n"
        let whole = try PNGRenderer.canvas(svg: card.svg, width: ShareCard.width, height: ShareCard.height)
        let under = try PNGRenderer.canvas(svg: backdropSVG, width: ShareCard.width, height: ShareCard.height)
        #expect(under.rgb(x: 10, y: 10) == 0x0b3d6e)               // the band
        #expect(under.pixels != whole.pixels)
        #expect(String(decoding: utf8[backdrop], as: UTF8.self).contains("Số liệu đến ngày"))
    }

    /// The footer is written before the eyebrow and the title after the
    /// labels and panels of the badge and headline (so that those belong
    /// to the backdrop), though drawn at the bottom and above them: writing
    /// the title right after the eyebrow and the footer last gives the same
    /// pixels, since none of them touches what it is written before.
    @Test func elementsWrittenOutOfOrderTouchNothingTheyPass() throws {
        for card in try Self.cards() {
            var lines = card.svg.split(separator: "\n", omittingEmptySubsequences: false)
            let footer = lines.filter { $0.contains("y1=\"568\"") || $0.contains(" y=\"608\"") }
            let title = lines.filter { $0.hasPrefix("<text x=\"60\"") && $0.contains("font-weight=\"bold\" fill=\"#1a1a1a\"") }
            #expect(footer.count == 3, "\(card.path)")
            #expect(!title.isEmpty, "\(card.path)")
            lines.removeAll { footer.contains($0) || title.contains($0) }
            // After the eyebrow, or the site name when there is none.
            let eyebrow = try #require(lines.lastIndex { $0.hasPrefix("<text x=\"60\"") && ($0.contains(" y=\"49\"")
                || $0.contains("fill=\"#4a5565\"") && ($0.contains("font-size=\"30\"") || $0.contains("font-size=\"27\""))) })
            lines.insert(contentsOf: title, at: eyebrow + 1)
            lines.insert(contentsOf: footer, at: lines.count - 2)      // before "</svg>" and the final ""
            let topToBottom = lines.joined(separator: "\n")
            #expect(topToBottom != card.svg)
            let a = try PNGRenderer.canvas(svg: card.svg, width: ShareCard.width, height: ShareCard.height)
            let b = try PNGRenderer.canvas(svg: topToBottom, width: ShareCard.width, height: ShareCard.height)
            #expect(a.pixels == b.pixels, "\(card.path)")
        }
    }

    @Test func cardsSharingABackdropAreGroupedInOrderOfFirstAppearance() {
        func card(_ path: String, _ backdrop: String) -> CardSource {
            let tag = "<svg>\n"
            let svg = tag + backdrop + "<text>\(path)</text>\n</svg>\n"
            return CardSource(path: path, svg: svg, backdrop: tag.utf8.count..<tag.utf8.count + backdrop.utf8.count)
        }
        let cards = [card("a", "<x/>\n"), card("b", "<y/>\n"), card("c", "<x/>\n"), CardSource(path: "d", svg: "<svg/>"), card("e", "<y/>\n")]
        #expect(CardPainter.grouped(cards) { $0 }.map(\.path) == ["a", "c", "b", "e", "d"])
    }
}
