import Foundation

/// Reads a figure from a data cell as the provincial systems write them:
/// `18.775`, `2.614.507.177`, `1,329`, `18 775` (digit grouping),
/// `0.9918`, `12,5` (decimals), `97%`, `93,5%` (percentages as fractions).
public enum CellNumber {
    public enum Result: Equatable {
        case empty
        case value(Double)
        case invalid
        /// Digits too many for a figure (they would read as infinity).
        case outOfRange
    }

    public static func read(_ raw: String) -> Result {
        // Fast path for the common plain integer ("1329"): national data has
        // millions of such cells.
        // Fewer than 16 digits are below 2^53, so the integer converts to
        // the same double as the text would.
        let utf8 = raw.utf8
        if !utf8.isEmpty, utf8.count < 16 {
            var integer = 0
            var digits = true
            for byte in utf8 {
                guard byte >= 0x30 && byte <= 0x39 else { digits = false; break }
                integer = integer * 10 + Int(byte &- 0x30)
            }
            if digits { return .value(Double(integer)) }
        }
        var text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty { return .empty }
        var exponent = 0
        if text.hasSuffix("%") {
            text = String(text.dropLast()).trimmingCharacters(in: .whitespaces)
            exponent = -2
        }
        var negative = false
        if text.hasPrefix("-") || text.hasPrefix("−") {
            negative = true
            text = String(text.dropFirst()).trimmingCharacters(in: .whitespaces)
        }
        guard let magnitude = unsigned(text, exponent: exponent) else { return .invalid }
        guard magnitude.isFinite else { return .outOfRange }
        return .value(negative ? -magnitude : magnitude)
    }

    /// Parses digits with optional grouping and one decimal separator,
    /// times 10^exponent. The decimal text is converted once, so `93,5%` is
    /// exactly the double nearest 0.935 (what a spreadsheet stores for it),
    /// not 93.5 × 0.01.
    static func unsigned(_ text: String, exponent: Int = 0) -> Double? {
        // Spaces (including no-break and narrow no-break) only ever group digits.
        let spaceGroups = text.split(omittingEmptySubsequences: false,
                                     whereSeparator: { $0 == " " || $0 == "\u{00A0}" || $0 == "\u{202F}" }).map(String.init)
        if spaceGroups.count > 1 {
            guard validGrouping(spaceGroups) else { return nil }
            return unsigned(spaceGroups.joined(), exponent: exponent)
        }
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }) else {
            return nil
        }
        let dots = text.filter { $0 == "." }.count
        let commas = text.filter { $0 == "," }.count
        let integerPart: String, fraction: String?
        if dots > 0 && commas > 0 {
            // Both present: the last one is the decimal separator.
            let decimal: Character = text.lastIndex(of: ".")! > text.lastIndex(of: ",")! ? "." : ","
            let grouping: Character = decimal == "." ? "," : "."
            guard text.filter({ $0 == decimal }).count == 1 else { return nil }
            let halves = text.split(separator: decimal, omittingEmptySubsequences: false)
            let groups = halves[0].split(separator: grouping, omittingEmptySubsequences: false).map(String.init)
            guard validGrouping(groups) else { return nil }
            integerPart = groups.joined()
            fraction = String(halves[1])
        } else if dots + commas == 0 {
            integerPart = text
            fraction = nil
        } else {
            let separator: Character = dots > 0 ? "." : ","
            let pieces = text.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
            if pieces.count > 2 {
                guard validGrouping(pieces) else { return nil }
                integerPart = pieces.joined()
                fraction = nil
            } else if validGrouping(pieces) {
                integerPart = pieces.joined()
                fraction = nil
            } else {
                // "01.234" is neither grouping nor a plain decimal: refuse rather than guess.
                if pieces[0].count > 1 && pieces[0].hasPrefix("0") { return nil }
                integerPart = pieces[0]
                fraction = pieces[1]
            }
        }
        guard !integerPart.isEmpty || !(fraction ?? "").isEmpty,
              integerPart.allSatisfy(\.isNumber), (fraction ?? "").allSatisfy(\.isNumber),
              fraction.map({ !$0.isEmpty }) ?? true
        else { return nil }
        return Double((integerPart.isEmpty ? "0" : integerPart) + (fraction.map { "." + $0 } ?? "")
                      + (exponent == 0 ? "" : "e\(exponent)"))
    }

    /// `1`, `234`, `567`: a first group of 1–3 digits not starting with 0
    /// (unless it is the only digit and followed by nothing), then groups of 3.
    private static func validGrouping(_ groups: [String]) -> Bool {
        guard groups.count >= 2, let first = groups.first,
              (1...3).contains(first.count), first.allSatisfy(\.isNumber), first.first != "0"
        else { return false }
        return groups.dropFirst().allSatisfy { $0.count == 3 && $0.allSatisfy(\.isNumber) }
    }
}
