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

/// The card cache's key: every change to what a card draws, and a new
/// renderer, must give another file name.
struct CardCacheTests {
    static let card = ShareCard(
        siteTitle: "Cổng thi đua", sample: nil, eyebrow: "Thi đua chuyển đổi số 2026", title: "Xã Thịnh Thành",
        badge: .init(label: "Xếp hạng", value: "12/320", note: "hạng 3/97 trong tỉnh"),
        headline: .init(label: "Tỷ lệ hồ sơ trực tuyến", value: "78,5%", status: "Đạt chỉ tiêu ≥ 50,0%", met: true),
        caption: nil, visual: .bullet(value: 0.785, target: 0.5, targetText: "Chỉ tiêu ≥ 50,0%", met: true),
        footer: "Số liệu đến ngày 27/12/2026", address: "a.gov.vn/thidua", description: "Xã Thịnh Thành xếp hạng 12/320.")

    func cache(identity: String = "librsvg 2.54.7 png-rgb8-none-z2 1200x630") -> CardCache {
        CardCache(folder: "/cache", fileSystem: MemoryFileSystem(), identity: identity) { _ in Data() }
    }

    func name(_ card: ShareCard, _ cache: CardCache) -> String {
        cache.name(CardSource(path: "x/anh-chia-se.png", svg: card.svg()))
    }

    /// The cache keeps one build's cards: a week's thousands of stale PNGs
    /// are moved into `cards.stale` and deleted after the build returns
    /// (`removeSoon`); a few are removed at once. Kept: the cards used and
    /// those named by a kept card's manifest hash.
    @Test(arguments: [3, 150])
    func pruningKeepsOneBuildsCards(stale count: Int) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("thidua-prune-\(getpid())-\(count)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let keptHash = ContentHash(raw: 0x0123_4567_89ab_cdef)
        let used = ["aa.png", "bb.pdf"], kept = keptHash.description + "ffff.png"
        let stale = (0..<count).map { "stale-\($0).png" }
        for fs: FileSystem in [MemoryFileSystem(), DiskFileSystem()] {
            let folder = root + "/.thidua-cache/cards"
            for name in used + [kept] + stale { try fs.write(Data(name.utf8), to: folder + "/" + name) }
            CardCache(folder: folder, fileSystem: fs, identity: "test") { _ in Data() }
                .prune(keeping: Set(used), kept: [keptHash])
            #expect(try fs.list(folder).map(\.name) == [kept, "aa.png", "bb.pdf"])
            if fs is DiskFileSystem { try DiskFileSystemTests.waitForRemovals(in: root + "/.thidua-cache") }
            #expect(try fs.list(root + "/.thidua-cache").map(\.name) == ["cards"])
            try fs.remove(root)
        }
    }

    @Test func theKeyIsTheHashOfTheIdentityAndTheSVGDigest() {
        let svg = Self.card.svg()
        let source = CardSource(path: "x/anh-chia-se.png", svg: svg)
        #expect(source.digest == SHA256.hex(svg))
        #expect(cache().name(source) == SHA256.hex("librsvg 2.54.7 png-rgb8-none-z2 1200x630\n" + SHA256.hex(svg)) + ".png")
        // The same card elsewhere in the site shares its PNG.
        #expect(cache().name(CardSource(path: "y/anh-chia-se.png", svg: svg)) == cache().name(source))
    }

    @Test func anyDrawnChangeOrAnotherRendererChangesTheKey() {
        let base = name(Self.card, cache())
        var variants: [ShareCard] = []
        func vary(_ change: (inout ShareCard) -> Void) {
            var card = Self.card
            change(&card)
            variants.append(card)
        }
        vary { $0.siteTitle = "Cổng thi đua tỉnh" }
        vary { $0.sample = "SỐ LIỆU MINH HOẠ" }
        vary { $0.eyebrow = "Thi đua chuyển đổi số 2027" }
        vary { $0.title = "Xã Thịnh Thanh" }            // one diacritic
        vary { $0.badge?.label = "Hạng" }
        vary { $0.badge?.value = "13/320" }
        vary { $0.badge?.note = "hạng 4/97 trong tỉnh" }
        vary { $0.headline?.label = "Tỷ lệ hồ sơ" }
        vary { $0.headline?.value = "78,6%" }
        vary { $0.headline?.status = "Chưa đạt chỉ tiêu ≥ 50,0%" }
        vary { $0.headline?.met = false }
        vary { $0.caption = "Chú thích" }
        vary { $0.visual = .bullet(value: 0.786, target: 0.5, targetText: "Chỉ tiêu ≥ 50,0%", met: true) }
        vary { $0.visual = .bullet(value: 0.785, target: 0.5, targetText: "Chỉ tiêu ≥ 60,0%", met: true) }
        vary { $0.footer = "Số liệu đến ngày 28/12/2026" }
        vary { $0.address = "b.gov.vn/thidua" }
        vary { $0.description = "Xã Thịnh Thành xếp hạng 13/320." }   // the SVG's <desc>
        let names = variants.map { name($0, cache()) }
        #expect(!names.contains(base))
        #expect(Set(names).count == names.count)
        #expect(name(Self.card, cache(identity: "librsvg 2.58.0 png-rgb8-none-z2 1200x630")) != base)
        #expect(PNGRenderer.identity.hasSuffix(" " + PNGRenderer.encoding))
    }

    /// A card's pixels depend on the libraries and the font files as much as
    /// on its SVG: upgrading fonts-noto-core must draw the cards again.
    @Test func theRenderersIdentityNamesItsLibrariesAndFontFiles() throws {
        let identity = SVGRasterizer.drawingIdentity
        let parts = identity.components(separatedBy: "; ")
        #expect(parts[0] == SVGRasterizer.version)
        #expect(parts[1].hasPrefix("cairo 1.") && parts[2].hasPrefix("pango 1."))
        // The cards' own text is drawn through pango, set so (another setting draws other pixels).
        #expect(parts[2].hasSuffix(" glyphs: hint none, metrics off, grey"))
        let noto = "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf", bold = "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf"
        for font in [noto, bold, "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"] {
            let attributes = try FileManager.default.attributesOfItem(atPath: font)
            let size = try #require(attributes[.size] as? Int)
            let time = Int(try #require(attributes[.modificationDate] as? Date).timeIntervalSince1970)
            #expect(parts.contains("\(font) \(size) \(time)"))
        }
        #expect(parts.dropFirst(3) == parts.dropFirst(3).sorted()[...])
        #expect(PNGRenderer.identity == identity + " " + PNGRenderer.encoding)
    }

    @Test func aCachedCardIsReusedAndAChangedOneRendered() throws {
        let fs = MemoryFileSystem()
        let cache = CardCache(folder: "/cache", fileSystem: fs, identity: "test") { card in Data(card.svg.utf8) }
        let a = CardSource(path: "a/anh-chia-se.png", svg: Self.card.svg())
        var changed = Self.card
        changed.badge?.value = "13/320"
        let b = CardSource(path: "b/anh-chia-se.png", svg: changed.svg())
        let first = try cache.prepare([a])
        #expect(first.report.rendered == ["a/anh-chia-se.png"])
        let second = try cache.prepare([a, b])
        #expect(second.report.rendered == ["b/anh-chia-se.png"])
        #expect(second.report.reused == 1)
        #expect(try fs.read(joinPath("/cache", cache.name(b))) == Data(b.svg.utf8))
    }
}
