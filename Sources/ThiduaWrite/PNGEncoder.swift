import CDeflate
import Foundation

/// A `Canvas` as PNG bytes: 8-bit RGB (cards are opaque: no alpha
/// channel), filter None on every row, deflated by igzip (Intel ISA-L) at
/// level 0 in blocks of 16 rows (see `deflate`), the checksums through
/// libdeflate. Written here rather than by cairo, which spends most of a
/// card's time choosing filters and compressing hard. Pure: the same pixels
/// always give the same bytes (with one igzip).
enum PNGEncoder {
    /// The encoding's name, e.g. `png-rgb8-none-igzip0h1-b16-isal2.30.0`
    /// (`h1`: the cards' Huffman code of `Sources/CDeflate/card_huffman_counts.h`):
    /// part of the card cache key, so a new encoding re-renders every card.
    static let name: String = {
        let version = thidua_igzip_version()
        return "png-rgb8-none-igzip0h1-b\(blockRows)-isal\(version >> 16).\(version >> 8 & 0xFF).\(version & 0xFF)"
    }()

    /// Rows per independently deflated block. Every PNG is cut the same
    /// way, so its bytes depend on its pixels alone, whether a block was
    /// compressed for it or taken from a `Compressed` canvas it was drawn
    /// over. 16 rows (56 KiB, more than deflate's 32 KiB window) cost 4 %
    /// in size.
    static let blockRows = 16

    /// Rows deflated on their own, ending on a byte boundary without
    /// being the last block, and their Adler-32.
    struct Deflated: Sendable {
        var bytes: [UInt8]
        var adler: UInt
    }

    /// A canvas with its rows already deflated: a canvas drawn over a copy
    /// of it has the blocks it leaves untouched taken from here, not
    /// compressed again.
    struct Compressed: Sendable {
        let canvas: Canvas
        let blocks: [Deflated]

        init(_ canvas: Canvas) throws {
            self.canvas = canvas
            blocks = try PNGEncoder.deflate(canvas, reusing: nil)
        }
    }

    /// The canvas as PNG, taking from `base` the blocks whose rows it has
    /// unchanged.
    static func png(_ canvas: Canvas, reusing base: Compressed? = nil) throws -> Data {
        let blocks = try deflate(canvas, reusing: base)
        var idat: [UInt8] = [0x78, 0x01]                 // zlib header: deflate, 32 KiB window, fastest
        idat.reserveCapacity(blocks.reduce(16) { $0 + $1.bytes.count })
        var adler = adler32(0, nil, 0)
        let rowBytes = 1 + canvas.width * 3
        for (i, block) in blocks.enumerated() {
            idat += block.bytes
            let rows = min(blockRows, canvas.height - i * blockRows)
            adler = adler32_combine(adler, uLong(block.adler), off_t(rows * rowBytes))
        }
        idat += [0x03, 0x00]                             // an empty final block
        idat += bigEndian(UInt32(truncatingIfNeeded: adler))

        var png = Data(capacity: idat.count + 64)
        png.append(contentsOf: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        func chunk(_ type: String, _ body: [UInt8]) {
            let type = Array(type.utf8)
            png.append(contentsOf: bigEndian(UInt32(body.count)))
            png.append(contentsOf: type)
            png.append(contentsOf: body)
            let crc = libdeflate_crc32(libdeflate_crc32(0, type, type.count), body, body.count)
            png.append(contentsOf: bigEndian(UInt32(truncatingIfNeeded: crc)))
        }
        chunk("IHDR", bigEndian(UInt32(canvas.width)) + bigEndian(UInt32(canvas.height)) + [8, 2, 0, 0, 0])
        chunk("IDAT", idat)
        chunk("IEND", [])
        return png
    }

    /// The PNG rows (8-bit RGB, no filter) deflated by igzip at level 0 in
    /// blocks of `blockRows`, taking the base's block wherever the canvas has
    /// its pixels. Measured on 61 national cards (C harness, every block
    /// compressed): zlib level 2, the encoding before, 3.4 ms a card for
    /// 97 KB; igzip level 0 0.7 ms for 134 KB; libdeflate levels 1–6
    /// 4.7–6.2 ms for 83–92 KB. igzip level 1 (1.1 ms, 108 KB) is not used:
    /// it gave the same rows other bytes on other threads (see
    /// `Sources/CDeflate/shim.h`). Filter None: against the "Up" filter (zlib
    /// level 3) 17 % less time and 19 % smaller files, since cards are flat
    /// colours with antialiased text, which deflate matches well unfiltered.
    static func deflate(_ canvas: Canvas, reusing base: Compressed?) throws -> [Deflated] {
        let (width, height) = (canvas.width, canvas.height)
        let rowBytes = 1 + width * 3
        guard let compressor = thidua_igzip_new() else {
            throw PNGRenderer.Failure(description: "igzip cannot start (out of memory)")
        }
        defer { thidua_igzip_free(compressor) }
        // The rows of one block, and the padding igzip needs after them (`thidua_igzip_block`).
        var raw = [UInt8](repeating: 0, count: blockRows * rowBytes + Int(THIDUA_IGZIP_PADDING))
        // Room for incompressible rows (stored blocks) and igzip's own margin.
        var out = [UInt8](repeating: 0, count: blockRows * rowBytes * 9 / 8 + 1024)
        var blocks: [Deflated] = []
        try canvas.pixels.withUnsafeBufferPointer { pixels in
            for (i, top) in stride(from: 0, to: height, by: blockRows).enumerated() {
                let rows = min(blockRows, height - top), span = top * width..<(top + rows) * width
                if let base, base.canvas.width == width, base.canvas.height == height,
                   base.canvas.pixels.withUnsafeBufferPointer({ memcmp(pixels.baseAddress! + span.lowerBound,
                                                                       $0.baseAddress! + span.lowerBound, span.count * 4) == 0 }) {
                    blocks.append(base.blocks[i])
                    continue
                }
                let count = rows * rowBytes
                raw.withUnsafeMutableBufferPointer { raw in
                    for y in 0..<rows {
                        // cairo's RGB24 is a native-endian 32-bit 0xXXRRGGBB per pixel.
                        let row = pixels.baseAddress! + (top + y) * width
                        var o = raw.baseAddress! + y * rowBytes
                        o.pointee = 0  // filter None
                        o += 1
                        // Four bytes stored per pixel, R G B and one the next pixel overwrites:
                        // one store instead of three. The last pixel's three are written alone.
                        guard width > 0 else { continue }
                        for x in 0..<width - 1 {
                            UnsafeMutableRawPointer(o).storeBytes(of: (row[x] << 8).bigEndian, as: UInt32.self)
                            o += 3
                        }
                        let pixel = row[width - 1]
                        o[0] = UInt8(truncatingIfNeeded: pixel >> 16)
                        o[1] = UInt8(truncatingIfNeeded: pixel >> 8)
                        o[2] = UInt8(truncatingIfNeeded: pixel)
                    }
                }
                let produced = raw.withUnsafeMutableBufferPointer { raw in
                    out.withUnsafeMutableBufferPointer { out in
                        thidua_igzip_block(compressor, raw.baseAddress, UInt32(count), out.baseAddress, UInt32(out.count))
                    }
                }
                guard produced > 0 else { throw PNGRenderer.Failure(description: "igzip cannot compress the image") }
                // libdeflate's Adler-32 (vectorised) is 17 times as fast as zlib's on cards' rows.
                blocks.append(Deflated(bytes: Array(out[..<Int(produced)]), adler: UInt(libdeflate_adler32(1, raw, count))))
            }
        }
        return blocks
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(truncatingIfNeeded: value >> 24), UInt8(truncatingIfNeeded: value >> 16),
         UInt8(truncatingIfNeeded: value >> 8), UInt8(truncatingIfNeeded: value)]
    }
}
