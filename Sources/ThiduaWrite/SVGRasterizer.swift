import CRsvg
import Foundation

/// SVG drawn through librsvg and cairo: onto a `Canvas` (for PNGs) or onto
/// the pages of a PDF. The only file that sees their C types: everything
/// else hands it SVG text and gets pixels or PDF bytes back.
/// Safe to call from several threads at once (each call has its own handle
/// and surface; a canvas belongs to its caller).
enum SVGRasterizer {
    /// librsvg's version, e.g. `librsvg 2.54.7`.
    static var version: String { "librsvg \(rsvg_major_version).\(rsvg_minor_version).\(rsvg_micro_version)" }

    /// Everything besides the SVG that decides a drawing's pixels, read once
    /// per process: librsvg's, cairo's and pango's versions, and the font
    /// file fontconfig gives each family and weight thidua's drawings name,
    /// with its size and modification time. Upgrading a font package, or
    /// installing a font that now matches first, changes it.
    static let drawingIdentity: String = {
        var parts = [version, "cairo " + String(cString: cairo_version_string()), "pango " + pangoVersion()]
        parts += fontFiles().map { path in
            var info = stat()
            guard stat(path, &info) == 0 else { return path + " missing" }
            return "\(path) \(info.st_size) \(info.st_mtim.tv_sec)"
        }
        return parts.joined(separator: "; ")
    }()

    /// The families and weights the charts, cards and reports name
    /// (`ChartPalette.font`, the cards' `Noto Sans, sans-serif`).
    private static let fontPatterns = ["Noto Sans", "Noto Sans:bold", "DejaVu Sans", "DejaVu Sans:bold",
                                       "Arial", "Arial:bold", "sans-serif", "sans-serif:bold"]

    /// The files fontconfig matches `fontPatterns` to, each once, sorted.
    private static func fontFiles() -> [String] {
        guard FcInit() != 0 else { return ["fontconfig unavailable"] }
        var files = Set<String>()
        for name in fontPatterns {
            guard let pattern = FcNameParse(name) else { continue }
            defer { FcPatternDestroy(pattern) }
            FcConfigSubstitute(nil, pattern, FcMatchPattern)
            FcDefaultSubstitute(pattern)
            var result = FcResultNoMatch
            guard let match = FcFontMatch(nil, pattern, &result) else { continue }
            defer { FcPatternDestroy(match) }
            var file: UnsafeMutablePointer<FcChar8>?
            if FcPatternGetString(match, FC_FILE, 0, &file) == FcResultMatch, let file {
                files.insert(String(cString: file))
            }
        }
        return files.sorted()
    }

    /// pango draws librsvg's text; librsvg loaded it, so it is looked up
    /// there rather than linked (Debian has no development link for it here).
    private static func pangoVersion() -> String {
        guard let library = dlopen("libpango-1.0.so.0", RTLD_LAZY | RTLD_NOLOAD) else { return "unknown" }
        defer { dlclose(library) }
        guard let symbol = dlsym(library, "pango_version_string") else { return "unknown" }
        typealias VersionString = @convention(c) () -> UnsafePointer<CChar>?
        return unsafeBitCast(symbol, to: VersionString.self)().map { String(cString: $0) } ?? "unknown"
    }

    /// Draws `svg` over what the canvas holds, scaled to fill it; on white
    /// first when `paintingWhite`. Cairo composites one element after the
    /// other onto the surface, so drawing the leading elements of a
    /// document and then the others gives the pixels of drawing it whole.
    static func draw(_ svg: String, on canvas: inout Canvas, paintingWhite: Bool) throws {
        var error: UnsafeMutablePointer<GError>?
        let bytes = Array(svg.utf8)
        let handle = bytes.withUnsafeBufferPointer { buffer in
            rsvg_handle_new_from_data(buffer.baseAddress, gsize(buffer.count), &error)
        }
        guard let handle else { throw failure("the SVG cannot be read", &error) }
        defer { g_object_unref(UnsafeMutableRawPointer(handle)) }

        let (width, height) = (canvas.width, canvas.height)
        guard Int(cairo_format_stride_for_width(CAIRO_FORMAT_RGB24, Int32(width))) == width * 4 else {
            throw PNGRenderer.Failure(description: "cairo pads rows \(width) pixels wide")
        }
        try canvas.pixels.withUnsafeMutableBytes { buffer in
            let data = buffer.baseAddress!.assumingMemoryBound(to: UInt8.self)
            guard let surface = cairo_image_surface_create_for_data(data, CAIRO_FORMAT_RGB24, Int32(width), Int32(height), Int32(width * 4)),
                  cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
                throw PNGRenderer.Failure(description: "cairo cannot make a \(width)×\(height) surface")
            }
            defer { cairo_surface_destroy(surface) }
            guard let cr = cairo_create(surface) else { throw PNGRenderer.Failure(description: "cairo cannot draw") }
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
    static func pdf(pages: [String], width: Double, height: Double, title: String, date: String) throws -> Data {
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
                throw PNGRenderer.Failure(description: "cairo cannot make a PDF surface")
            }
            defer { cairo_surface_destroy(surface) }
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title)
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "thidua")
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, date + "T00:00:00Z")
            guard let cr = cairo_create(surface) else { throw PNGRenderer.Failure(description: "cairo cannot draw") }
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
                throw PNGRenderer.Failure(description: "cairo cannot write the PDF (\(String(cString: cairo_status_to_string(cairo_surface_status(surface)))))")
            }
        }
        return sink.data
    }

    private static func failure(_ what: String, _ error: inout UnsafeMutablePointer<GError>?) -> PNGRenderer.Failure {
        defer { if error != nil { g_error_free(error) } }
        let detail = error.flatMap { $0.pointee.message.map { String(cString: $0) } } ?? "unknown error"
        return PNGRenderer.Failure(description: "\(what): \(detail)")
    }
}
