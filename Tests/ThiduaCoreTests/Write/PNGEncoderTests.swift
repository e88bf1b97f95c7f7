import CDeflate
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

/// The PNG encoder on its own, without librsvg: exact bytes, pixels that
/// decode back, and bytes that depend on the pixels alone.
struct PNGEncoderTests {
    /// Orange, blue / white, black; cairo's unused top byte set to show it is ignored.
    static let tiny = Canvas(width: 2, height: 2, pixels: [0xABFF_8000, 0x000B_3D6E, 0xCDFF_FFFF, 0x0000_0000])

    /// Every byte of a 2×2 PNG: signature, IHDR (8-bit RGB), one IDAT
    /// (zlib header, the rows as igzip keeps 14 bytes: a stored block, not
    /// final; an empty final block, the Adler-32), IEND. Pillow decodes these bytes to
    /// (255,128,0) (11,61,110) / (255,255,255) (0,0,0).
    @Test func exactBytesOfATinyImage() throws {
        let expected: [UInt8] = [
            0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A,
            0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x02,
            0x08, 0x02, 0x00, 0x00, 0x00, 0xFD, 0xD4, 0x9A, 0x73,
            0x00, 0x00, 0x00, 0x1B, 0x49, 0x44, 0x41, 0x54, 0x78, 0x01,
            0x00, 0x0E, 0x00, 0xF1, 0xFF, 0x00, 0xFF, 0x80, 0x00, 0x0B, 0x3D, 0x6E, 0x00, 0xFF, 0xFF, 0xFF, 0x00, 0x00, 0x00,
            0x03, 0x00, 0x27, 0xF5, 0x05, 0x33, 0x54, 0x70, 0xE4, 0x34,
            0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
        ]
        #expect([UInt8](try PNGEncoder.png(Self.tiny)) == expected)
    }

    /// The encoding names its compressor and the ISA-L it was built with
    /// (part of the card cache's key: another one draws every card again).
    @Test func theEncodingNamesIgzipAndItsVersion() {
        let version = thidua_igzip_version()
        #expect(version >= 0x02_1E_00)
        #expect(PNGEncoder.name == "png-rgb8-none-igzip0h1-b16-isal\(version >> 16).\(version >> 8 & 0xFF).\(version & 0xFF)")
        #expect(PNGRenderer.identity.hasSuffix(" png-rgb8-none-igzip0h1-b16-isal\(version >> 16).\(version >> 8 & 0xFF).\(version & 0xFF)"))
    }

    /// A canvas of pseudo-random pixels, odd width, four blocks of rows
    /// (the last one short).
    static func noise(width: Int = 37, height: Int = 50, seed: UInt32 = 12345) -> Canvas {
        var state = seed
        let pixels = (0..<width * height).map { _ -> UInt32 in
            state = state &* 1_664_525 &+ 1_013_904_223
            return state
        }
        return Canvas(width: width, height: height, pixels: pixels)
    }

    /// The rows of a canvas as a PNG decoder must give them back: filter
    /// byte 0, then R, G, B per pixel.
    static func rows(_ canvas: Canvas) -> [UInt8] {
        (0..<canvas.height).flatMap { y in
            [0] + (0..<canvas.width).flatMap { x -> [UInt8] in
                let rgb = canvas.rgb(x: x, y: y)
                return [UInt8(rgb >> 16), UInt8(rgb >> 8 & 0xFF), UInt8(rgb & 0xFF)]
            }
        }
    }

    @Test func decodesBackToTheSamePixels() throws {
        for canvas in [Self.tiny, Self.noise(), Self.noise(width: 1, height: 1), Self.noise(width: 1200, height: 33)] {
            let png = try PNGEncoder.png(canvas)
            let chunks = try PNGRendererTests.chunks(png)
            #expect(chunks.map(\.type) == ["IHDR", "IDAT", "IEND"])
            let size = [UInt32(canvas.width), UInt32(canvas.height)].flatMap { v in (0..<4).map { UInt8(v >> (24 - 8 * $0) & 0xFF) } }
            #expect(chunks[0].body == size + [8, 2, 0, 0, 0])
            let idat = chunks[1].body
            let expected = Self.rows(canvas)
            #expect(try PNGRendererTests.inflate(idat) == expected)
            // The Adler-32 at the end covers all the rows, across blocks.
            var (a, b) = (1, 0)
            for byte in expected { a = (a + Int(byte)) % 65521; b = (b + a) % 65521 }
            #expect(Array(idat.suffix(4)) == [UInt8(b >> 8), UInt8(b & 0xff), UInt8(a >> 8), UInt8(a & 0xff)])
        }
    }

    /// The bytes depend on the pixels alone: encoding again, on several
    /// threads at once, or over a base whose blocks are reused, gives the
    /// same bytes as encoding the canvas on its own.
    @Test func sameBytesWhateverWayTheyAreMade() throws {
        let canvas = Self.noise(width: 40, height: 70)
        let alone = try PNGEncoder.png(canvas)
        #expect(try PNGEncoder.png(canvas) == alone)
        let concurrent = Parallel.map(Array(0..<8)) { _ in try? PNGEncoder.png(canvas) }
        #expect(concurrent.allSatisfy { $0 == alone })
        // A base that differs in rows 20 and 65 only: blocks 0, 2 and 3 are taken from it.
        var other = canvas
        other.pixels[20 * 40 + 3] ^= 0xFF
        other.pixels[65 * 40] ^= 0x10
        let base = try PNGEncoder.Compressed(other)
        #expect(try PNGEncoder.png(canvas, reusing: base) == alone)
        #expect(try PNGEncoder.png(other, reusing: base) == PNGEncoder.png(other))
    }
}

/// Structured canvases (flat colours, stripes, text-like runs: what
/// deflate finds matches in, unlike noise) give the same bytes whether they
/// are encoded one at a time or many at once on every core. igzip's level 1
/// failed this on real cards (about one image in 180), which is why level 0
/// is used.
struct PNGEncoderThreadsTests {
    static func structured(_ seed: Int) -> Canvas {
        let (width, height) = (300 + seed * 7, 70 + seed % 5)
        var pixels = [UInt32](repeating: 0xFFFFFF, count: width * height)
        for y in 0..<height {
            for x in 0..<width {
                if y < 12 { pixels[y * width + x] = 0x0B3D6E }
                else if (x / (3 + seed % 4) + y / 5) % 7 == 0 { pixels[y * width + x] = UInt32(0x202020 + (x * seed) % 200) }
                else if x < width * (seed % 10 + 1) / 11 && y > 40 { pixels[y * width + x] = 0xD55E00 }
            }
        }
        return Canvas(width: width, height: height, pixels: pixels)
    }

    @Test func theSameBytesOnEveryThread() throws {
        let canvases = (0..<48).map(Self.structured)
        let alone = try canvases.map { try PNGEncoder.png($0) }
        for _ in 0..<3 {
            let together = Parallel.map(Array(canvases.indices)) { try? PNGEncoder.png(canvases[$0]) }
            #expect(together == alone.map { Optional($0) })
        }
        for (canvas, png) in zip(canvases, alone) {
            let idat = try PNGRendererTests.chunks(png)[1].body
            #expect(try PNGRendererTests.inflate(idat) == PNGEncoderTests.rows(canvas))
        }
    }
}

/// A site's card PNGs do not depend on the order the cards come in, on
/// which of them share a backdrop, or on how the threads interleave.
struct CardBytesDeterminismTests {
    @Test func theSameCardsGiveTheSameBytesInAnyOrder() throws {
        let cards = try CardPainterTests.cards()
        func bytes(_ cards: [CardSource]) throws -> [String: Data] {
            let fs = MemoryFileSystem()
            let prepared = try CardCache(folder: "/cache", fileSystem: fs).prepare(cards)
            return try Dictionary(uniqueKeysWithValues: prepared.copies.map { ($0.to, try fs.read($0.from)) })
        }
        let forward = try bytes(cards)
        #expect(forward.count == cards.count)
        #expect(try bytes(cards.reversed()) == forward)
        // Each card alone, without a shared backdrop.
        for card in cards {
            #expect(try CardPainter([card]).png(card) == forward[card.path], "\(card.path)")
        }
    }
}
