import Foundation

/// Cheap answers about a cell's text for the per-row work of reading a
/// data file. Each function answers from the UTF-8 bytes when the text
/// starts or ends with plain ASCII (nearly every cell of an export) and
/// falls back to Foundation's Unicode rules otherwise, so the result is
/// always the one of the plain Foundation call it replaces.
enum CellText {
    /// ASCII whitespace as `CharacterSet.whitespacesAndNewlines` has it
    /// (tab, line feed, vertical tab, form feed, carriage return, space).
    @inline(__always)
    static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }

    /// `text.trimmingCharacters(in: .whitespacesAndNewlines)`.
    static func trimmed(_ text: String) -> String {
        let utf8 = text.utf8
        guard let first = utf8.first, let last = utf8.last else { return text }
        // An ASCII byte at either end is a whole scalar; if neither is
        // whitespace there is nothing to trim.
        if first < 0x80, last < 0x80, !isASCIIWhitespace(first), !isASCIIWhitespace(last) { return text }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `text.trimmingCharacters(in: .whitespaces)` (spaces and tabs, not line breaks).
    static func trimmedSpaces(_ text: String) -> String {
        let utf8 = text.utf8
        guard let first = utf8.first, let last = utf8.last else { return text }
        if first < 0x80, last < 0x80, first != 0x20, first != 0x09, last != 0x20, last != 0x09 { return text }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// `text.trimmingCharacters(in: .whitespaces).isEmpty`.
    static func isEmptyTrimmingSpaces(_ text: String) -> Bool {
        // Any ASCII byte other than a space or tab stays after trimming
        // (line breaks are not in `.whitespaces`).
        var ascii = true
        for byte in text.utf8 {
            if byte >= 0x80 { ascii = false } else if byte != 0x20 && byte != 0x09 { return false }
        }
        // Only spaces and tabs (or nothing): Foundation would trim them all.
        if ascii { return true }
        return text.trimmingCharacters(in: .whitespaces).isEmpty
    }

    /// `text.allSatisfy { $0.isWhitespace }`.
    static func isAllWhitespace(_ text: String) -> Bool {
        // A character holding an ASCII letter, digit or sign is never
        // whitespace (such a scalar starts its grapheme, or follows a
        // prepended mark, which is not whitespace either).
        if text.utf8.contains(where: { $0 < 0x80 && !isASCIIWhitespace($0) }) { return false }
        return text.allSatisfy { $0.isWhitespace }
    }

    /// The line breaks in a cell as line numbering has always counted them:
    /// the characters of the text's CR and LF bytes taken out in order, so
    /// that a CR followed by an LF, even with text between (`a\rb\nc`), counts
    /// once. CR and LF always stand as graphemes of their own (or `\r\n`),
    /// so the bytes tell.
    static func lineBreaks(_ text: String) -> Int {
        var count = 0
        var afterCR = false
        for byte in text.utf8 {
            if byte == 0x0A {
                if !afterCR { count += 1 }
                afterCR = false
            } else if byte == 0x0D {
                count += 1
                afterCR = true
            }
        }
        return count
    }
}
