import Foundation

/// SVG to PNG (and pages of SVG to PDF): `SVGRasterizer` draws the SVG on
/// a `Canvas` and `PNGEncoder` encodes it. Callers hand it SVG text and get
/// PNG or PDF bytes back. Safe to call from several threads at once.
public enum PNGRenderer {
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// The renderer's libraries and fonts (`SVGRasterizer.drawingIdentity`)
    /// and the PNG encoding, e.g. `librsvg 2.54.7; cairo 1.16.0; pango 1.50.12;
    /// /usr/share/fonts/truetype/noto/NotoSans-Regular.ttf 512672 1608951682; …
    /// png-rgb8-none-igzip0h1-b16-isal2.30.0`: part of the card and report caches' keys, so a
    /// new librsvg, font or encoding re-renders every card.
    public static var identity: String { "\(SVGRasterizer.drawingIdentity) \(encoding)" }

    static var encoding: String { PNGEncoder.name }

    /// Rasterises `svg` onto an opaque `width`×`height` canvas (the SVG is
    /// scaled to fit) and encodes it as PNG.
    public static func png(svg: String, width: Int, height: Int) throws -> Data {
        try PNGEncoder.png(canvas(svg: svg, width: width, height: height))
    }

    /// A white `width`×`height` canvas with `svg` drawn on it.
    static func canvas(svg: String, width: Int, height: Int) throws -> Canvas {
        var canvas = Canvas(width: width, height: height)
        try SVGRasterizer.draw(svg, on: &canvas, paintingWhite: true)
        return canvas
    }

    /// What is drawn over a canvas: SVG elements (in an `<svg>` tag the
    /// size of the canvas), then text runs.
    struct Layer {
        var svg: String?
        var texts: [CardText] = []
    }

    /// A canvas with its rows already deflated, to draw cards over.
    typealias Backdrop = PNGEncoder.Compressed

    /// `svg` drawn on a white canvas, ready for cards to be drawn over.
    static func backdrop(svg: String, width: Int, height: Int) throws -> Backdrop {
        try Backdrop(canvas(svg: svg, width: width, height: height))
    }

    /// The layer drawn over a copy of the backdrop, as PNG: the rows it
    /// leaves as the backdrop has them are not compressed again.
    static func png(_ layer: Layer, over backdrop: Backdrop) throws -> Data {
        var canvas = backdrop.canvas
        try SVGRasterizer.draw(layer.svg, texts: layer.texts, on: &canvas, paintingWhite: false)
        return try PNGEncoder.png(canvas, reusing: backdrop)
    }

    /// The layer drawn over `svg` drawn on white, as PNG.
    static func png(_ layer: Layer, over svg: String, width: Int, height: Int) throws -> Data {
        var canvas = try canvas(svg: svg, width: width, height: height)
        try SVGRasterizer.draw(layer.svg, texts: layer.texts, on: &canvas, paintingWhite: false)
        return try PNGEncoder.png(canvas)
    }

    /// Pages of SVG as one PDF (see `SVGRasterizer.pdf`).
    public static func pdf(pages: [String], width: Double, height: Double, title: String, date: String) throws -> Data {
        try SVGRasterizer.pdf(pages: pages, width: width, height: height, title: title, date: date)
    }
}
