import Mustache

/// The escaping of every `{{value}}` in the theme's templates.
///
/// `& < > " '` become `&amp; &lt; &gt; &quot; &#39;`, as in swift-mustache's
/// own HTML content type, but byte by byte: the library's version walks
/// grapheme clusters and looks each one up in a dictionary, which was a tenth
/// of a national build, and it leaves a quote alone when a combining mark
/// follows it (`"\u{301}` is one cluster), which browsers, reading code
/// points, take as a quote. Text without those five bytes is returned as it
/// is, without a copy.
struct HTMLEscaping: MustacheContentType {
    /// The name the templates' `{{% CONTENT_TYPE: … }}` line refers to.
    static let name = "thidua-html"

    func escapeText(_ text: String) -> String { Self.escape(text) }

    static func escape(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            guard let first = bytes.firstIndex(where: needsEscape) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 16)
            out.append(contentsOf: bytes[..<first])
            for byte in bytes[first...] {
                switch byte {
                case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
                case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
                case UInt8(ascii: "'"): out.append(contentsOf: "&#39;".utf8)
                default: out.append(byte)
                }
            }
            return String(decoding: out, as: UTF8.self)
        } ?? text
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): return true
        default: return false
        }
    }
}

// Text is most of what templates print. Without this conformance
// swift-mustache renders a String through several failed dynamic casts and
// `String(describing:)`, which copies it; with it, it takes the text as is.
extension String: @retroactive MustacheCustomRenderable {
    public var renderText: String { self }
    public var isNull: Bool { false }
}
