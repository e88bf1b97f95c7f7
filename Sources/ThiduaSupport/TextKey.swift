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
        for scalar in text.precomposedStringWithCanonicalMapping.lowercased().unicodeScalars {
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
