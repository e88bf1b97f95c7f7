import CPango
import CRsvg
import Foundation

/// SVG drawn through librsvg and cairo, onto a `Canvas` (for PNGs) or onto
/// the pages of a PDF, and a card's text runs (`CardText`) drawn through
/// pango as cairo glyphs. The only file that sees their C types: everything
/// else hands it SVG text and text runs, and gets pixels or PDF bytes back.
/// Safe to call from several threads at once (each call has its own handle
/// and surface; a canvas belongs to its caller).
enum SVGRasterizer {
    /// librsvg's version, e.g. `librsvg 2.54.7`.
    static var version: String { "librsvg \(rsvg_major_version).\(rsvg_minor_version).\(rsvg_micro_version)" }

    /// Everything besides the SVG that decides a drawing's pixels, read once
    /// per process: librsvg's, cairo's and pango's versions (with how the
    /// cards' own text is set, `textStyle`), and the font
    /// file fontconfig gives each family and weight thidua's drawings name,
    /// with its size and modification time. Upgrading a font package, or
    /// installing a font that now matches first, changes it.
    static let drawingIdentity: String = {
        var parts = [version, "cairo " + String(cString: cairo_version_string()),
                     "pango " + String(cString: pango_version_string()) + " " + textStyle]
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

    /// Draws `svg` (when there is one), then `texts`, over what the canvas
    /// holds, scaled to fill it; on white first when `paintingWhite`. Cairo
    /// composites one element after the other onto the surface, so drawing
    /// the leading elements of a document and then the others gives the
    /// pixels of drawing it whole.
    static func draw(_ svg: String?, texts: [CardText] = [], on canvas: inout Canvas, paintingWhite: Bool) throws {
        var error: UnsafeMutablePointer<GError>?
        var handle: UnsafeMutablePointer<RsvgHandle>?
        if let svg {
            let bytes = Array(svg.utf8)
            handle = bytes.withUnsafeBufferPointer { buffer in
                rsvg_handle_new_from_data(buffer.baseAddress, gsize(buffer.count), &error)
            }
            guard handle != nil else { throw failure("the SVG cannot be read", &error) }
        }
        defer { if let handle { g_object_unref(UnsafeMutableRawPointer(handle)) } }

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
            if let handle {
                var viewport = RsvgRectangle(x: 0, y: 0, width: Double(width), height: Double(height))
                guard rsvg_handle_render_document(handle, cr, &viewport, &error) != 0 else {
                    throw failure("librsvg cannot draw the SVG", &error)
                }
            }
            if !texts.isEmpty { try show(texts, on: cr) }
            cairo_surface_flush(surface)
        }
    }

    /// How `show` sets text, as librsvg sets an SVG's: no hinting, whole
    /// outlines at fractional positions, greyscale antialiasing.
    private static let textStyle = "glyphs: hint none, metrics off, grey"

    /// Draws each run as its `<text>` element would be: in the cards'
    /// font, its baseline at `y`, and its logical width placed by its
    /// anchor. Glyphs go through cairo's glyph cache, where librsvg fills
    /// every glyph's outline as a path, which costs ten times as much.
    private static func show(_ texts: [CardText], on cr: OpaquePointer) throws {
        guard let context = pango_cairo_create_context(cr) else { throw PNGRenderer.Failure(description: "pango cannot start") }
        defer { g_object_unref(UnsafeMutableRawPointer(context)) }
        let options = cairo_font_options_create()
        defer { cairo_font_options_destroy(options) }
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        pango_cairo_context_set_font_options(context, options)
        pango_context_set_round_glyph_positions(context, 0)
        guard let layout = pango_layout_new(context) else { throw PNGRenderer.Failure(description: "pango cannot lay out text") }
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        guard let font = pango_font_description_from_string(ShareCard.font) else {
            throw PNGRenderer.Failure(description: "pango cannot read the font \(ShareCard.font)")
        }
        defer { pango_font_description_free(font) }
        for text in texts {
            pango_font_description_set_weight(font, text.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
            pango_font_description_set_absolute_size(font, text.size * Double(PANGO_SCALE))
            pango_layout_set_font_description(layout, font)
            pango_layout_set_text(layout, text.words, -1)
            var logical = PangoRectangle()
            pango_layout_get_extents(layout, nil, &logical)
            let scale = Double(PANGO_SCALE)
            let width = Double(logical.width) / scale
            let left = switch text.anchor {
            case .start: text.x
            case .middle: text.x - width / 2
            case .end: text.x - width
            }
            cairo_set_source_rgb(cr, Double(text.rgb >> 16 & 0xFF) / 255, Double(text.rgb >> 8 & 0xFF) / 255,
                                 Double(text.rgb & 0xFF) / 255)
            cairo_move_to(cr, left - Double(logical.x) / scale, text.y - Double(pango_layout_get_baseline(layout)) / scale)
            pango_cairo_show_layout(cr, layout)
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
