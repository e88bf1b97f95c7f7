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

        let sink = PNGSink()
        let status = cairo_surface_write_to_png_stream(surface, appendPNG, Unmanaged.passUnretained(sink).toOpaque())
        guard status == CAIRO_STATUS_SUCCESS else {
            throw Failure(description: "cairo cannot encode the PNG (status \(status.rawValue))")
        }
        return sink.data
    }

    private static func failure(_ what: String, _ error: inout UnsafeMutablePointer<GError>?) -> Failure {
        defer { if error != nil { g_error_free(error) } }
        let detail = error.flatMap { $0.pointee.message.map { String(cString: $0) } } ?? "unknown error"
        return Failure(description: "\(what): \(detail)")
    }
}

/// Collects the PNG bytes cairo writes.
private final class PNGSink {
    var data = Data()
}

/// cairo's write callback: a global function that captures nothing; the
/// sink travels through the closure pointer.
private func appendPNG(_ closure: UnsafeMutableRawPointer?, _ bytes: UnsafePointer<UInt8>?, _ length: UInt32) -> cairo_status_t {
    guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
    Unmanaged<PNGSink>.fromOpaque(closure).takeUnretainedValue().data.append(bytes, count: Int(length))
    return CAIRO_STATUS_SUCCESS
}
