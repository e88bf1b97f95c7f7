import Foundation

/// Comparison keys for text typed by people: headers, unit names, sheet
/// names. Two texts "match" when their keys are equal.
///
/// - `exact`: Unicode NFC, lower case, surrounding spaces dropped, runs of
///   spaces (including no-break spaces and line breaks) collapsed to one,
///   and typographic apostrophes (’ ‘ ʼ) read as `'`. "Tổng số hồ sơ" in NFD
///   and " TỔNG SỐ  HỒ SƠ " have the same exact key.
/// - `folded`: the exact key without diacritics and with `đ` as `d`, so
///   "Tong so ho so" matches too. Callers use it only as a second chance,
///   when it picks out a single candidate.
public enum TextKey {
    public static func exact(_ text: String) -> String {
        var result = ""
        var pendingSpace = false
        for scalar in (isComposed(text) ? text : text.precomposedStringWithCanonicalMapping).lowercased().unicodeScalars {
            if scalar.properties.isWhitespace || scalar == "\u{00A0}" || scalar == "\u{202F}" {
                pendingSpace = true
                continue
            }
            if pendingSpace && !result.isEmpty { result.append(" ") }
            pendingSpace = false
            switch scalar {
            case "\u{2019}", "\u{2018}", "\u{02BC}": result.append("'")
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Whether `text` is certainly in NFC without asking Foundation: every
    /// scalar is below U+0300 or a precomposed letter of Latin Extended
    /// Additional (U+1E00–U+1EFF, Vietnamese's ắ, ệ, ữ…). None of those has
    /// a combining class or combines with another (checked against Python's
    /// `unicodedata` for every pair), so such text is its own NFC; anything
    /// else, a combining mark above all, goes to Foundation.
    static func isComposed(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0.value < 0x300 || (0x1E00..<0x1F00).contains($0.value) }
    }

    public static func folded(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in exact(text).decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            result.append(scalar == "đ" ? "d" : scalar)
        }
        return String(result)
    }

    /// The exact key of a header written as "group / sub-header": the
    /// separators ` / `, ` - `, ` – `, ` — `, `: ` and ` > ` between the parts
    /// become single spaces, so it compares with the parts joined by spaces.
    public static func joined(_ text: String) -> String {
        var key = " " + exact(text) + " "
        for separator in [" / ", " - ", " – ", " — ", ": ", " > ", " | "] {
            key = key.replacingOccurrences(of: separator, with: " ")
        }
        return exact(key)
    }
}
