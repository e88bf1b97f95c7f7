/// Pixels as cairo's RGB24 lays them out: a native-endian 32-bit
/// 0xXXRRGGBB per pixel, rows without padding. `SVGRasterizer` draws on
/// it and `PNGEncoder` encodes it; neither sees the other's library.
struct Canvas: Sendable {
    let width: Int
    let height: Int
    var pixels: [UInt32]

    /// A `width`×`height` canvas of black pixels (0), to be painted.
    init(width: Int, height: Int) {
        self.init(width: width, height: height, pixels: [UInt32](repeating: 0, count: width * height))
    }

    init(width: Int, height: Int, pixels: [UInt32]) {
        precondition(pixels.count == width * height, "a canvas holds width × height pixels")
        self.width = width
        self.height = height
        self.pixels = pixels
    }

    /// The pixel at (x, y) as 0xRRGGBB.
    func rgb(x: Int, y: Int) -> UInt32 { pixels[y * width + x] & 0xFF_FFFF }
}
