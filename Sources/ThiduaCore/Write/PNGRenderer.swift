import CRsvg
import Foundation

/// SVG to PNG (and pages of SVG to PDF) through librsvg and cairo. The only
/// file that sees their C types: everything else hands it SVG text and gets
/// PNG or PDF bytes back.
/// Safe to call from several threads at once (each call has its own handle
/// and surface; a canvas belongs to its caller).
public enum PNGRenderer {
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// The renderer's name and version and the PNG encoding, e.g.
    /// `librsvg 2.54.7 png-rgb8-none-z2-b16`: part of the card cache key, so a
    /// new librsvg or encoding re-renders every card.
    public static var identity: String {
        "librsvg \(rsvg_major_version).\(rsvg_minor_version).\(rsvg_micro_version) \(encoding)"
    }

    /// 8-bit RGB, filter None on every row, zlib level 2 in blocks of 16
    /// rows (see `deflate`).
    static let encoding = "png-rgb8-none-z\(zlibLevel)-b\(blockRows)"
    static let zlibLevel: Int32 = 2

    /// Pixels as cairo's RGB24 lays them out: a native-endian 32-bit
    /// 0xXXRRGGBB per pixel, rows without padding.
    struct Canvas: Sendable {
        let width: Int
        let height: Int
        var pixels: [UInt32]

        /// The pixel at (x, y) as 0xRRGGBB.
        func rgb(x: Int, y: Int) -> UInt32 { pixels[y * width + x] & 0xFF_FFFF }
    }

    /// Rasterises `svg` onto an opaque `width`×`height` canvas (the SVG is
    /// scaled to fit) and encodes it as PNG.
    public static func png(svg: String, width: Int, height: Int) throws -> Data {
        try png(canvas(svg: svg, width: width, height: height), reusing: nil)
    }

    /// A white `width`×`height` canvas with `svg` drawn on it.
    static func canvas(svg: String, width: Int, height: Int) throws -> Canvas {
        var canvas = Canvas(width: width, height: height, pixels: [UInt32](repeating: 0, count: width * height))
        try draw(svg, on: &canvas, paintingWhite: true)
        return canvas
    }

    /// Draws `svg` over what the canvas holds. Cairo composites one element
    /// after the other onto the surface, so drawing the leading elements of
    /// a document and then the others gives the pixels of drawing it whole.
    static func draw(_ svg: String, on canvas: inout Canvas) throws {
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

    /// Pages of SVG as one PDF, each page `width`×`height` points (A4 is
    /// 595×842): every SVG is drawn onto its page's full area through
    /// cairo's PDF surface, which keeps text as text (fonts embedded as
    /// subsets with their Unicode mapping, so it can be selected and
    /// searched). `title` is the document's title in its metadata, and
    /// `date` (ISO 8601, `2024-12-14`) its creation date: cairo would
    /// otherwise write the time of the build, and the same pages must give
    /// the same bytes.
    public static func pdf(pages: [String], width: Double, height: Double, title: String, date: String) throws -> Data {
        final class Sink { var data = Data() }
        let sink = Sink()
        let closure = Unmanaged.passUnretained(sink).toOpaque()
        let write: cairo_write_func_t = { closure, bytes, length in
            guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
            Unmanaged<Sink>.fromOpaque(closure).takeUnretainedValue().data.append(bytes, count: Int(length))
            return CAIRO_STATUS_SUCCESS
        }
        try withExtendedLifetime(sink) {
            guard let surface = cairo_pdf_surface_create_for_stream(write, closure, width, height),
                  cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
                throw Failure(description: "cairo cannot make a PDF surface")
            }
            defer { cairo_surface_destroy(surface) }
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title)
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "thidua")
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, date + "T00:00:00Z")
            guard let cr = cairo_create(surface) else { throw Failure(description: "cairo cannot draw") }
            defer { cairo_destroy(cr) }
            for (number, svg) in pages.enumerated() {
                var error: UnsafeMutablePointer<GError>?
                let bytes = Array(svg.utf8)
                let handle = bytes.withUnsafeBufferPointer { buffer in
                    rsvg_handle_new_from_data(buffer.baseAddress, gsize(buffer.count), &error)
                }
                guard let handle else { throw failure("page \(number + 1) cannot be read", &error) }
                defer { g_object_unref(UnsafeMutableRawPointer(handle)) }
                var viewport = RsvgRectangle(x: 0, y: 0, width: width, height: height)
                guard rsvg_handle_render_document(handle, cr, &viewport, &error) != 0 else {
                    throw failure("librsvg cannot draw page \(number + 1)", &error)
                }
                cairo_show_page(cr)
            }
            cairo_surface_finish(surface)
            guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
                throw Failure(description: "cairo cannot write the PDF (\(String(cString: cairo_status_to_string(cairo_surface_status(surface)))))")
            }
        }
        return sink.data
    }

    /// A canvas with its rows already deflated, to draw cards over: the
    /// blocks a card leaves untouched are not compressed again.
    public struct Backdrop: Sendable {
        let canvas: Canvas
        let blocks: [Deflated]
    }

    /// `svg` drawn on a white canvas, ready for cards to be drawn over.
    static func backdrop(svg: String, width: Int, height: Int) throws -> Backdrop {
        let canvas = try canvas(svg: svg, width: width, height: height)
        return Backdrop(canvas: canvas, blocks: try deflate(canvas, reusing: nil))
    }

    /// `svg` drawn over a copy of the backdrop, as PNG.
    static func png(svg: String, over backdrop: Backdrop) throws -> Data {
        var canvas = backdrop.canvas
        try draw(svg, on: &canvas)
        return try png(canvas, reusing: backdrop)
    }

    /// The canvas as PNG (see `deflate`).
    static func png(_ canvas: Canvas, reusing backdrop: Backdrop? = nil) throws -> Data {
        let blocks = try deflate(canvas, reusing: backdrop)
        var idat: [UInt8] = [0x78, 0x5E]                 // zlib header: deflate, 32 KiB window, level 2–5
        idat.reserveCapacity(blocks.reduce(16) { $0 + $1.bytes.count })
        var adler = adler32(0, nil, 0)
        let rowBytes = 1 + canvas.width * 3
        for (i, block) in blocks.enumerated() {
            idat += block.bytes
            let rows = min(blockRows, canvas.height - i * blockRows)
            adler = adler32_combine(adler, block.adler, off_t(rows * rowBytes))
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
            let crc = crc32(crc32(0, type, uInt(type.count)), body, uInt(body.count))
            png.append(contentsOf: bigEndian(UInt32(truncatingIfNeeded: crc)))
        }
        chunk("IHDR", bigEndian(UInt32(canvas.width)) + bigEndian(UInt32(canvas.height)) + [8, 2, 0, 0, 0])
        chunk("IDAT", idat)
        chunk("IEND", [])
        return png
    }

    /// Rows deflated on their own, ending on a byte boundary without
    /// being the last block, and their Adler-32.
    struct Deflated: Sendable {
        var bytes: [UInt8]
        var adler: uLong
    }

    /// Rows per independently deflated block. Every PNG is cut the same
    /// way, so its bytes depend on its pixels alone, whether a block was
    /// compressed for it or taken from its backdrop. 16 rows (56 KiB, more
    /// than deflate's 32 KiB window) cost 4 % in size.
    static let blockRows = 16

    /// The PNG rows (8-bit RGB, no filter) deflated at level 2 in blocks of
    /// `blockRows`, taking the backdrop's block wherever the canvas has its
    /// pixels. Done here rather than by cairo (which spends most of a
    /// card's time choosing filters and compressing hard); measured on
    /// national cards against the "Up" filter at level 3: 17 % less zlib
    /// time and 19 % smaller files, since cards are flat colours with
    /// antialiased text, which deflate matches well unfiltered.
    static func deflate(_ canvas: Canvas, reusing backdrop: Backdrop?) throws -> [Deflated] {
        let (width, height) = (canvas.width, canvas.height)
        let rowBytes = 1 + width * 3
        var stream = z_stream()
        guard deflateInit2_(&stream, zlibLevel, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY,
                            ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw Failure(description: "zlib cannot start")
        }
        defer { deflateEnd(&stream) }
        var raw = [UInt8](repeating: 0, count: blockRows * rowBytes)
        var out = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(raw.count))) + 64)
        var blocks: [Deflated] = []
        try canvas.pixels.withUnsafeBufferPointer { pixels in
            for (i, top) in stride(from: 0, to: height, by: blockRows).enumerated() {
                let rows = min(blockRows, height - top), span = top * width..<(top + rows) * width
                if let backdrop, backdrop.canvas.width == width, backdrop.canvas.height == height,
                   backdrop.canvas.pixels.withUnsafeBufferPointer({ memcmp(pixels.baseAddress! + span.lowerBound,
                                                                           $0.baseAddress! + span.lowerBound, span.count * 4) == 0 }) {
                    blocks.append(backdrop.blocks[i])
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
                        for x in 0..<width {
                            let pixel = row[x]
                            o[0] = UInt8(truncatingIfNeeded: pixel >> 16)
                            o[1] = UInt8(truncatingIfNeeded: pixel >> 8)
                            o[2] = UInt8(truncatingIfNeeded: pixel)
                            o += 3
                        }
                    }
                }
                let (status, produced) = raw.withUnsafeMutableBufferPointer { raw in
                    out.withUnsafeMutableBufferPointer { out in
                        deflateReset(&stream)
                        stream.next_in = raw.baseAddress
                        stream.avail_in = uInt(count)
                        stream.next_out = out.baseAddress
                        stream.avail_out = uInt(out.count)
                        let status = CRsvg.deflate(&stream, Z_SYNC_FLUSH)
                        return (stream.avail_in == 0 && stream.avail_out > 0 ? status : Z_BUF_ERROR, out.count - Int(stream.avail_out))
                    }
                }
                guard status == Z_OK else { throw Failure(description: "zlib cannot compress the image (status \(status))") }
                blocks.append(Deflated(bytes: Array(out[..<produced]), adler: adler32(1, raw, uInt(count))))
            }
        }
        return blocks
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
