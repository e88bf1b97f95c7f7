import CRsvg
import Foundation

/// SVG to PNG through librsvg and cairo. The only file that sees their C
/// types: everything else hands it SVG text and gets PNG bytes back.
/// Safe to call from several threads at once (each call has its own handle
/// and surface).
public enum PNGRenderer {
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// The renderer's name and version, e.g. `librsvg 2.54.7`: part of the
    /// card cache key, so a new librsvg re-renders every card.
    public static var identity: String {
        "librsvg \(rsvg_major_version).\(rsvg_minor_version).\(rsvg_micro_version)"
    }

    /// Rasterises `svg` onto an opaque `width`×`height` canvas (the SVG is
    /// scaled to fit) and encodes it as PNG.
    public static func png(svg: String, width: Int, height: Int) throws -> Data {
        var error: UnsafeMutablePointer<GError>?
        let bytes = Array(svg.utf8)
        let handle = bytes.withUnsafeBufferPointer { buffer in
            rsvg_handle_new_from_data(buffer.baseAddress, gsize(buffer.count), &error)
        }
        guard let handle else { throw failure("the SVG cannot be read", &error) }
        defer { g_object_unref(UnsafeMutableRawPointer(handle)) }

        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height)) else {
            throw Failure(description: "cairo cannot make a \(width)×\(height) surface")
        }
        defer { cairo_surface_destroy(surface) }
        guard let cr = cairo_create(surface) else { throw Failure(description: "cairo cannot draw") }
        defer { cairo_destroy(cr) }
        cairo_set_source_rgb(cr, 1, 1, 1)
        cairo_paint(cr)
        var viewport = RsvgRectangle(x: 0, y: 0, width: Double(width), height: Double(height))
        guard rsvg_handle_render_document(handle, cr, &viewport, &error) != 0 else {
            throw failure("librsvg cannot draw the SVG", &error)
        }
        cairo_surface_flush(surface)
        guard let pixels = cairo_image_surface_get_data(surface) else { throw Failure(description: "cairo has no pixels") }
        return try encode(pixels, width: width, height: height, stride: Int(cairo_image_surface_get_stride(surface)))
    }

    /// PNG encoding, done here rather than by cairo (which spends most of a
    /// card's time choosing filters and compressing hard): 8-bit RGB, the
    /// "Up" filter on every row (cards are flat colours and horizontal
    /// bands), zlib at a fast level. Same pixels, same bytes.
    static func encode(_ pixels: UnsafeMutablePointer<UInt8>, width: Int, height: Int, stride: Int) throws -> Data {
        let rowBytes = 1 + width * 3
        var raw = [UInt8](repeating: 0, count: rowBytes * height)
        raw.withUnsafeMutableBufferPointer { out in
            var previous = [UInt8](repeating: 0, count: width * 3)
            var current = [UInt8](repeating: 0, count: width * 3)
            for y in 0..<height {
                // cairo's RGB24 is a native-endian 32-bit 0xXXRRGGBB per pixel.
                let row = UnsafeRawPointer(pixels + y * stride).assumingMemoryBound(to: UInt32.self)
                for x in 0..<width {
                    let pixel = row[x]
                    current[x * 3] = UInt8(truncatingIfNeeded: pixel >> 16)
                    current[x * 3 + 1] = UInt8(truncatingIfNeeded: pixel >> 8)
                    current[x * 3 + 2] = UInt8(truncatingIfNeeded: pixel)
                }
                let start = y * rowBytes
                out[start] = 2  // Up
                for i in 0..<width * 3 { out[start + 1 + i] = current[i] &- previous[i] }
                swap(&previous, &current)
            }
        }
        var compressedLength = compressBound(uLong(raw.count))
        var compressed = [UInt8](repeating: 0, count: Int(compressedLength))
        let status = compress2(&compressed, &compressedLength, raw, uLong(raw.count), 3)
        guard status == Z_OK else { throw Failure(description: "zlib cannot compress the image (status \(status))") }

        var png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        func chunk(_ type: String, _ body: [UInt8]) {
            let bytes = Array(type.utf8) + body
            png.append(contentsOf: bigEndian(UInt32(body.count)))
            png.append(contentsOf: bytes)
            png.append(contentsOf: bigEndian(UInt32(truncatingIfNeeded: crc32(0, bytes, uInt(bytes.count)))))
        }
        chunk("IHDR", bigEndian(UInt32(width)) + bigEndian(UInt32(height)) + [8, 2, 0, 0, 0])
        chunk("IDAT", Array(compressed.prefix(Int(compressedLength))))
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
