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

/// Drawing a card's backdrop once and its own elements over a copy must
/// give exactly the pixels of drawing its SVG whole.
struct CardPainterTests {
    /// The cards of a small real site (home, campaign, units, indicators,
    /// plan, awards) and a unit with a long Vietnamese name.
    static func cards() throws -> [CardSource] {
        let analysis = try OpenDataTests.site.analyse()
        let rendered = try RenderStage.renderSite(site: analysis.site, results: analysis.results, charts: analysis.charts,
                                                  strings: analysis.strings, theme: analysis.theme)
        var long = CardCacheTests.card
        long.title = "Uỷ ban nhân dân xã Quảng Trực, huyện Tuy Đức, tỉnh Đắk Nông (Trung tâm Phục vụ hành chính công)"
        let (svg, backdrop) = long.document()
        // Share cards only: the charts' PNGs beside them have no backdrop.
        return rendered.cards.filter { $0.path.hasSuffix(Sharing.cardName) }
            + [CardSource(path: "long/anh-chia-se.png", svg: svg, backdrop: backdrop)]
    }

    static func pixels(_ png: Data) throws -> [UInt8] {
        let chunks = try PNGRendererTests.chunks(png)
        return try PNGRendererTests.inflate(chunks.filter { $0.type == "IDAT" }.flatMap(\.body))
    }

    @Test func layeredCardsHaveThePixelsOfWholeSVGs() throws {
        let cards = try Self.cards()
        for path in ["anh-chia-se.png", "dak-nong/so-y-te/anh-chia-se.png", "dak-nong/chi-so/received-rate/anh-chia-se.png",
                     "dak-nong/ke-hoach/anh-chia-se.png", "long/anh-chia-se.png"] {
            #expect(cards.contains { $0.path == path }, "\(path)")
        }
        // Every card twice, so that each one is drawn over a shared backdrop.
        let painter = CardPainter(cards + cards.map { CardSource(path: "twin/" + $0.path, svg: $0.svg, backdrop: $0.backdrop) })
        #expect(cards.allSatisfy(painter.shares))
        for card in cards {
            let whole = try PNGRenderer.canvas(svg: card.svg, width: ShareCard.width, height: ShareCard.height)
            let png = try painter.png(card)
            #expect(try Self.pixels(png) == Self.pixels(PNGRenderer.png(whole)), "\(card.path)")
            // Blocks taken from the backdrop are the bytes compressing them gives.
            #expect(try png == PNGRenderer.png(svg: card.svg, width: ShareCard.width, height: ShareCard.height), "\(card.path)")
        }
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
