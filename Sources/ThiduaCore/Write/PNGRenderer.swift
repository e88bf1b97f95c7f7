import CRsvg
import Foundation

/// SVG to PNG through librsvg and cairo. The only file that sees their C
/// types: everything else hands it SVG text and gets PNG bytes back.
/// Safe to call from several threads at once (each call has its own handle
/// and surface; a canvas belongs to its caller).
public enum PNGRenderer {
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// The renderer's name and version and the PNG encoding, e.g.
    /// `librsvg 2.54.7 png-rgb8-none-z2`: part of the card cache key, so a
    /// new librsvg or encoding re-renders every card.
    public static var identity: String {
        "librsvg \(rsvg_major_version).\(rsvg_minor_version).\(rsvg_micro_version) \(encoding)"
    }

    /// 8-bit RGB, filter None on every row, zlib level 2 (see `encode`).
    static let encoding = "png-rgb8-none-z\(zlibLevel)"
    static let zlibLevel: Int32 = 2

    /// Pixels as cairo's RGB24 lays them out: a native-endian 32-bit
    /// 0xXXRRGGBB per pixel, rows without padding.
    public struct Canvas: Sendable {
        public let width: Int
        public let height: Int
        var pixels: [UInt32]

        /// The pixel at (x, y) as 0xRRGGBB.
        public func rgb(x: Int, y: Int) -> UInt32 { pixels[y * width + x] & 0xFF_FFFF }
    }

    /// Rasterises `svg` onto an opaque `width`×`height` canvas (the SVG is
    /// scaled to fit) and encodes it as PNG.
    public static func png(svg: String, width: Int, height: Int) throws -> Data {
        try png(canvas(svg: svg, width: width, height: height))
    }

    /// A white `width`×`height` canvas with `svg` drawn on it.
    public static func canvas(svg: String, width: Int, height: Int) throws -> Canvas {
        var canvas = Canvas(width: width, height: height, pixels: [UInt32](repeating: 0, count: width * height))
        try draw(svg, on: &canvas, paintingWhite: true)
        return canvas
    }

    /// Draws `svg` over what the canvas holds. Cairo composites one element
    /// after the other onto the surface, so drawing the leading elements of
    /// a document and then the others gives the pixels of drawing it whole.
    public static func draw(_ svg: String, on canvas: inout Canvas) throws {
        try draw(svg, on: &canvas, paintingWhite: false)
    }

    private static func draw(_ svg: String, on canvas: inout Canvas, paintingWhite: Bool) throws {
        var error: UnsafeMutablePointer<GError>?
        let bytes = Array(svg.utf8)
        let handle = bytes.withUnsafeBufferPointer { buffer in
            rsvg_handle_new_from_data(buffer.baseAddress, gsize(buffer.count), &error)
        }
        guard let handle else { throw failure("the SVG cannot be read", &error) }
        defer { g_object_unref(UnsafeMutableRawPointer(handle)) }

        let (width, height) = (canvas.width, canvas.height)
        guard Int(cairo_format_stride_for_width(CAIRO_FORMAT_RGB24, Int32(width))) == width * 4 else {
            throw Failure(description: "cairo pads rows \(width) pixels wide")
        }
        try canvas.pixels.withUnsafeMutableBytes { buffer in
            let data = buffer.baseAddress!.assumingMemoryBound(to: UInt8.self)
            guard let surface = cairo_image_surface_create_for_data(data, CAIRO_FORMAT_RGB24, Int32(width), Int32(height), Int32(width * 4)),
                  cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
                throw Failure(description: "cairo cannot make a \(width)×\(height) surface")
            }
            defer { cairo_surface_destroy(surface) }
            guard let cr = cairo_create(surface) else { throw Failure(description: "cairo cannot draw") }
            defer { cairo_destroy(cr) }
            if paintingWhite {
                cairo_set_source_rgb(cr, 1, 1, 1)
                cairo_paint(cr)
            }
            var viewport = RsvgRectangle(x: 0, y: 0, width: Double(width), height: Double(height))
            guard rsvg_handle_render_document(handle, cr, &viewport, &error) != 0 else {
                throw failure("librsvg cannot draw the SVG", &error)
            }
            cairo_surface_flush(surface)
        }
    }

    /// The canvas as PNG (see `encode`).
    public static func png(_ canvas: Canvas) throws -> Data {
        try canvas.pixels.withUnsafeBufferPointer { try encode($0.baseAddress!, width: canvas.width, height: canvas.height) }
    }

    /// PNG encoding, done here rather than by cairo (which spends most of a
    /// card's time choosing filters and compressing hard): 8-bit RGB, no
    /// filter, zlib level 2. Measured on national cards against the "Up"
    /// filter at level 3: 17 % less zlib time and 19 % smaller files
    /// (96 KB against 118 KB), since cards are flat colours with
    /// antialiased text, which deflate matches well unfiltered. Same
    /// pixels, same bytes.
    static func encode(_ pixels: UnsafePointer<UInt32>, width: Int, height: Int) throws -> Data {
        let rowBytes = 1 + width * 3
        let rawCount = rowBytes * height
        let raw = [UInt8](unsafeUninitializedCapacity: rawCount) { out, initialized in
            let out = out.baseAddress!
            for y in 0..<height {
                let row = pixels + y * width
                var o = out + y * rowBytes
                o.pointee = 0  // filter None
                o += 1
                for x in 0..<width {
                    let pixel = row[x]
                    o[0] = UInt8(truncatingIfNeeded: pixel >> 16)
                    o[1] = UInt8(truncatingIfNeeded: pixel >> 8)
                    o[2] = UInt8(truncatingIfNeeded: pixel)
                    o += 3
                }
            }
            initialized = rawCount
        }
        var compressedLength = compressBound(uLong(rawCount))
        let bound = Int(compressedLength)
        var status = Z_OK
        let compressed = [UInt8](unsafeUninitializedCapacity: bound) { out, initialized in
            status = compress2(out.baseAddress, &compressedLength, raw, uLong(rawCount), zlibLevel)
            initialized = status == Z_OK ? Int(compressedLength) : 0
        }
        guard status == Z_OK else { throw Failure(description: "zlib cannot compress the image (status \(status))") }

        var png = Data(capacity: compressed.count + 64)
        png.append(contentsOf: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        func chunk(_ type: String, _ body: [UInt8]) {
            let type = Array(type.utf8)
            png.append(contentsOf: bigEndian(UInt32(body.count)))
            png.append(contentsOf: type)
            png.append(contentsOf: body)
            let crc = crc32(crc32(0, type, uInt(type.count)), body, uInt(body.count))
            png.append(contentsOf: bigEndian(UInt32(truncatingIfNeeded: crc)))
        }
        chunk("IHDR", bigEndian(UInt32(width)) + bigEndian(UInt32(height)) + [8, 2, 0, 0, 0])
        chunk("IDAT", compressed)
        chunk("IEND", [])
        return png
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(truncatingIfNeeded: value >> 24), UInt8(truncatingIfNeeded: value >> 16),
         UInt8(truncatingIfNeeded: value >> 8), UInt8(truncatingIfNeeded: value)]
    }

    private static func failure(_ what: String, _ error: inout UnsafeMutablePointer<GError>?) -> Failure {
        defer { if error != nil { g_error_free(error) } }
        let detail = error.flatMap { $0.pointee.message.map { String(cString: $0) } } ?? "unknown error"
        return Failure(description: "\(what): \(detail)")
    }
}
