import Foundation

/// Vietnamese alphabetical order, independent of the machine's locale:
/// letters a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y (with
/// f j w z in their Latin places), tone marks as a secondary difference
/// (none, huyền, hỏi, ngã, sắc, nặng), case as a tertiary one, and finally
/// the text itself so the order is total.
public enum VietnameseCollation {
    public struct Key: Comparable, Hashable, Sendable {
        var primary: [Int]
        var secondary: [Int]
        var tertiary: [Int]
        var text: [UInt32]

        public static func < (a: Key, b: Key) -> Bool {
            if a.primary != b.primary { return a.primary.lexicographicallyPrecedes(b.primary) }
            if a.secondary != b.secondary { return a.secondary.lexicographicallyPrecedes(b.secondary) }
            if a.tertiary != b.tertiary { return a.tertiary.lexicographicallyPrecedes(b.tertiary) }
            return a.text.lexicographicallyPrecedes(b.text)
        }
    }

    private static let alphabet: [String] = [
        "a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m",
        "n", "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z",
    ]
    private static let letterWeight: [String: Int] = Dictionary(
        uniqueKeysWithValues: alphabet.enumerated().map { ($1, 1000 + $0) })
    /// Combining marks that make a different letter (breve, circumflex, horn).
    private static let letterMarks: Set<UInt32> = [0x0306, 0x0302, 0x031B]
    /// Tone marks in dictionary order: huyền, hỏi, ngã, sắc, nặng.
    private static let toneOrder: [UInt32: Int] = [0x0300: 1, 0x0309: 2, 0x0303: 3, 0x0301: 4, 0x0323: 5]

    public static func key(_ text: String) -> Key {
        var primary: [Int] = [], secondary: [Int] = [], tertiary: [Int] = []
        let scalars = Array(text.decomposedStringWithCanonicalMapping.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let base = scalars[i]
            var letter: String, upper: Bool
            // Decomposed Vietnamese is ASCII letters and marks (đ aside):
            // an ASCII letter is lowercased and composed by hand, the rest
            // through Foundation (a national roster was 1 % of a build).
            if base.isASCII {
                let v = UInt8(base.value)
                upper = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(v)
                letter = String(UnicodeScalar(upper ? v + 32 : v))
            } else {
                letter = String(base).lowercased()
                upper = String(base) != letter
            }
            var tone = 0, marked = false
            var j = i + 1
            while j < scalars.count, scalars[j].properties.generalCategory == .nonspacingMark {
                let mark = scalars[j].value
                if letterMarks.contains(mark) {
                    letter += String(scalars[j])
                    marked = true
                } else if let order = toneOrder[mark] {
                    tone = order
                }
                j += 1
            }
            if marked || !base.isASCII { letter = letter.precomposedStringWithCanonicalMapping }
            if let weight = letterWeight[letter] {
                primary.append(weight)
            } else if base.properties.numericType != nil, let digit = Int(String(base)) {
                primary.append(100 + digit)
            } else if base.properties.isWhitespace || base.properties.generalCategory.isPunctuation {
                primary.append(1)
            } else {
                primary.append(10_000 + Int(base.value))
            }
            secondary.append(tone)
            tertiary.append(upper ? 1 : 0)
            i = j
        }
        let nfc = text.precomposedStringWithCanonicalMapping.unicodeScalars.map(\.value)
        return Key(primary: primary, secondary: secondary, tertiary: tertiary, text: nfc)
    }

    /// Whether `a` sorts before `b`.
    public static func precedes(_ a: String, _ b: String) -> Bool { key(a) < key(b) }
}

private extension Unicode.GeneralCategory {
    var isPunctuation: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }
}
