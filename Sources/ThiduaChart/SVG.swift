/// Escapes text for SVG/XML content and attribute values.
public func xmlEscape(_ text: String) -> String {
    // Every byte to replace or drop is ASCII, so the UTF-8 bytes tell; most
    // texts have none and come back as they are.
    let clean = text.utf8.withContiguousStorageIfAvailable { !$0.contains(where: needsEscape) }
        ?? !text.utf8.contains(where: needsEscape)
    guard !clean else { return text }
    var out = ""
    out.reserveCapacity(text.utf8.count + 16)
    var start = text.utf8.startIndex
    var index = start
    let end = text.utf8.endIndex
    while index < end {
        let byte = text.utf8[index]
        if needsEscape(byte) {
            out += text[start..<index]
            switch byte {
            case UInt8(ascii: "&"): out += "&amp;"
            case UInt8(ascii: "<"): out += "&lt;"
            case UInt8(ascii: ">"): out += "&gt;"
            case UInt8(ascii: "\""): out += "&quot;"
            case UInt8(ascii: "'"): out += "&#39;"
            // Control characters are not allowed in XML 1.0.
            default: break
            }
            start = text.utf8.index(after: index)
        }
        index = text.utf8.index(after: index)
    }
    out += text[start..<end]
    return out
}

/// Whether a UTF-8 byte is a character `xmlEscape` replaces or drops.
@inline(__always)
private func needsEscape(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): return true
    case UInt8(ascii: "\n"), UInt8(ascii: "\t"): return false
    default: return byte < 0x20
    }
}

/// A coordinate rounded to one decimal, as digits: `-12.5` is
/// (negative, 12, 5); a whole value has no tenth. Both SVG writers spell
/// coordinates from this, so SVG bytes never depend on float printing.
struct CoordinateDigits {
    var negative: Bool
    var whole: Int
    var tenth: Int?

    init(_ value: Double) {
        let rounded = (value * 10).rounded() / 10
        if rounded == rounded.rounded() {
            let integer = Int(rounded)
            (negative, whole, tenth) = (integer < 0, abs(integer), nil)
        } else {
            let tenths = Int((abs(rounded) * 10).rounded())
            (negative, whole, tenth) = (rounded < 0, tenths / 10, tenths % 10)
        }
    }
}

/// Fixed-precision coordinates, so SVG bytes never depend on float printing.
package func coordinate(_ value: Double) -> String {
    var text = ""
    text.appendCoordinate(value)
    return text
}

extension String {
    /// Appends `coordinate(value)`: one decimal at most, none when whole.
    mutating func appendCoordinate(_ value: Double) {
        let digits = CoordinateDigits(value)
        if digits.negative { append("-") }
        append(String(digits.whole))
        if let tenth = digits.tenth {
            append(".")
            unicodeScalars.append(Unicode.Scalar(UInt8(48 + tenth)))
        }
    }
}

/// How wide a chart drawn by `SVGWriter(width:…)` is: the page column's
/// width, or a fixed number of px for a standalone file and its PNG.
public enum ChartWidth: Sendable, Equatable {
    case fluid
    case fixed(Double)

    /// The width of the standalone `.svg` and `.png` downloads.
    public static let file = ChartWidth.fixed(800)
}
