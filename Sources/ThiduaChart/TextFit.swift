import Foundation

/// SVG text does not wrap, so share cards size and wrap their text here,
/// from the advance widths of Noto Sans (the font the cards name; installed
/// by `fonts-noto-core`). Vietnamese letters are measured through their
/// canonical decomposition: a base letter plus marks, which take no width
/// except the horn of ơ and ư.
public enum TextFit {
    /// Lines of text at one font size.
    public struct Fitted: Hashable, Sendable {
        public var lines: [String]
        public var size: Double

        package init(lines: [String], size: Double) {
            self.lines = lines
            self.size = size
        }
    }

    /// The width of `text` at font size `size`, in the same units.
    public static func width(_ text: String, size: Double, bold: Bool = false) -> Double {
        Double(thousandths(text.unicodeScalars, bold: bold)) * size / 1000
    }

    /// The largest of `sizes` (tried in order) at which `text` wraps into at
    /// most `maxLines` lines no wider than `maxWidth`. When even the last
    /// size needs more lines, the last line is cut with an ellipsis.
    public static func fit(_ text: String, maxWidth: Double, maxLines: Int, sizes: [Double], bold: Bool = false) -> Fitted {
        let text = singleSpaced(text)
        for size in sizes {
            let lines = wrap(text, maxWidth: maxWidth, size: size, bold: bold)
            if lines.count <= maxLines { return Fitted(lines: lines, size: size) }
        }
        let size = sizes.last ?? 16
        var lines = Array(wrap(text, maxWidth: maxWidth, size: size, bold: bold).prefix(maxLines))
        if !lines.isEmpty { lines[lines.count - 1] = ellipsize(lines[lines.count - 1] + " …", maxWidth: maxWidth, size: size, bold: bold) }
        return Fitted(lines: lines, size: size)
    }

    /// Greedy word wrap; a word wider than a line is cut into pieces.
    /// Widths are summed as they grow (a sum of advances), not measured
    /// again for every candidate line.
    public static func wrap(_ text: String, maxWidth: Double, size: Double, bold: Bool = false) -> [String] {
        var lines = LineTexts()
        wrap(text, maxWidth: maxWidth, size: size, bold: bold, into: &lines)
        return lines.lines
    }

    /// How many lines `wrap` makes of `text`, without making them (an
    /// embed's height needs only the count, for thousands of texts).
    public static func lineCount(_ text: String, maxWidth: Double, size: Double, bold: Bool = false) -> Int {
        var lines = LineCount()
        wrap(text, maxWidth: maxWidth, size: size, bold: bold, into: &lines)
        return lines.count
    }

    private static func wrap<Lines: WrappedLines>(_ text: String, maxWidth: Double, size: Double, bold: Bool,
                                                  into lines: inout Lines) {
        func fits(_ thousandths: Int) -> Bool { Double(thousandths) * size / 1000 <= maxWidth }
        let space = advance(" ", bold: bold)
        var currentWidth = 0
        for word in words(text) {
            let wordWidth = thousandths(word.unicodeScalars, bold: bold)
            let candidateWidth = lines.lineIsEmpty ? wordWidth : currentWidth + space + wordWidth
            if fits(candidateWidth) {
                lines.append(word: word)
                currentWidth = candidateWidth
                continue
            }
            if !lines.lineIsEmpty { lines.endLine() }
            currentWidth = 0
            for character in word {
                let characterWidth = thousandths(character.unicodeScalars, bold: bold)
                if !lines.lineIsEmpty, !fits(currentWidth + characterWidth) {
                    lines.endLine()
                    currentWidth = 0
                }
                lines.append(character: character)
                currentWidth += characterWidth
            }
        }
        if !lines.lineIsEmpty { lines.endLine() }
    }

    /// Runs of white space made one space, none at either end. A card's
    /// text almost always is already: it is then returned as it is, without
    /// the grapheme breaking and Unicode property lookups of splitting it.
    package static func singleSpaced(_ text: String) -> String {
        isSingleSpaced(text) ? text : text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The words of `text` between spaces, as `text.split(separator: " ")`.
    package static func words(_ text: String) -> [Substring] {
        guard isSingleSpaced(text) else { return text.split(separator: " ") }
        // Every space is a character of its own here: split at its byte.
        var words: [Substring] = [], start = text.startIndex
        for index in text.utf8.indices where text.utf8[index] == 0x20 {
            words.append(text[start..<index])
            start = text.utf8.index(after: index)
        }
        if start < text.endIndex { words.append(text[start...]) }
        return words
    }

    /// Whether `text` has words separated by single U+0020 spaces, none at
    /// either end and no other white space, with each space a character of
    /// its own: then splitting it at white-space characters and joining with
    /// one space gives it back, and so does splitting at its space bytes.
    /// A space next to a scalar that could join it into one character (a
    /// combining mark after it, a prepended mark before it) is left to the
    /// exact, slower path: only the scalars of `besideSpace` may touch a space.
    static func isSingleSpaced(_ text: String) -> Bool {
        var previous: UInt32 = 0x20  // as if after a space: a leading space fails
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v == 0x20 {
                if !besideSpace(previous) || previous == 0x20 { return false }
            } else if isWhiteSpace(v) || (previous == 0x20 && !besideSpace(v)) {
                return false
            }
            previous = v
        }
        return previous != 0x20
    }

    /// Scalars that never join a space next to them into one character
    /// (their grapheme break property is none of Extend, ZWJ, SpacingMark,
    /// Prepend): Latin letters with Vietnamese ones, and the punctuation and
    /// symbols of card texts — dashes, curly quotes, ₫, №, ≥, ▲ ▼, ✓ ✗. A
    /// test checks each of them against Swift's own character breaking.
    static func besideSpace(_ v: UInt32) -> Bool {
        switch v {
        case 0..<0x300, 0x1E00...0x1EFF,  // Latin, Latin Extended Additional
             0x2010...0x2027, 0x2030...0x205E,  // General Punctuation without spaces and format marks
             0x20A0...0x20CF, 0x2100...0x214F,  // currency, letterlike
             0x2190...0x22FF, 0x25A0...0x25FF, 0x2700...0x27BF:  // arrows, maths, shapes, dingbats
            return true
        default:
            return false
        }
    }

    /// Unicode's White_Space property (PropList.txt; unchanged since Unicode
    /// 6.3), what `Character.isWhitespace` tests of a character's first scalar.
    static func isWhiteSpace(_ v: UInt32) -> Bool {
        switch v {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// `text` cut to fit `maxWidth`, ending in "…" when cut.
    public static func ellipsize(_ text: String, maxWidth: Double, size: Double, bold: Bool = false) -> String {
        if width(text, size: size, bold: bold) <= maxWidth { return text }
        let characters = Array(text)
        let widths = characters.map { thousandths($0.unicodeScalars, bold: bold) }
        let ellipsis = advance("…", bold: bold)
        var end = characters.count, total = widths.reduce(0, +)
        while end > 0 {
            end -= 1
            total -= widths[end]
            // Trailing spaces go before the ellipsis.
            var cut = end, cutWidth = total
            while cut > 0 && characters[cut - 1] == " " {
                cut -= 1
                cutWidth -= widths[cut]
            }
            if Double(cutWidth + ellipsis) * size / 1000 <= maxWidth { return String(characters[..<cut]) + "…" }
        }
        return "…"
    }

    /// The advance of `scalars` in thousandths of an em, measured through
    /// their canonical decomposition. Decomposing scalar by scalar sums to
    /// the same as decomposing the whole text (reordering marks does not
    /// change a sum), so Latin letters and common symbols come from a table
    /// made once instead of Foundation decomposing every string measured.
    static func thousandths<Scalars: Sequence<Unicode.Scalar>>(_ scalars: Scalars, bold: Bool) -> Int {
        var total = 0
        for scalar in scalars { total += decomposedAdvance(scalar, bold: bold) }
        return total
    }

    static func decomposedAdvance(_ scalar: Unicode.Scalar, bold: Bool) -> Int {
        let value = scalar.value
        if value < 0x80 { return advance(scalar, bold: bold) }
        if let index = tableIndex(value) { return (bold ? tableBold : tableRegular)[index] }
        return decompose(scalar, bold: bold)
    }

    private static func decompose(_ scalar: Unicode.Scalar, bold: Bool) -> Int {
        var total = 0
        for part in String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars { total += advance(part, bold: bold) }
        return total
    }

    /// Latin-1, Latin Extended-A and -B, Latin Extended Additional
    /// (Vietnamese letters with two marks, ạ…ỹ), then punctuation, arrows
    /// and mathematical operators (–, …, ≥) and geometric shapes (▲).
    static let tabledRanges: [Range<UInt32>] = [0x80..<0x250, 0x1E00..<0x1F00, 0x2000..<0x2300, 0x25A0..<0x2600]

    private static func tableIndex(_ value: UInt32) -> Int? {
        var offset = 0
        for range in tabledRanges {
            if range.contains(value) { return offset + Int(value - range.lowerBound) }
            if value < range.lowerBound { return nil }
            offset += range.count
        }
        return nil
    }

    private static let tableRegular: [Int] = tabledRanges.flatMap { $0.map { decompose(Unicode.Scalar($0)!, bold: false) } }
    private static let tableBold: [Int] = tabledRanges.flatMap { $0.map { decompose(Unicode.Scalar($0)!, bold: true) } }

    /// Advance width in thousandths of an em.
    static func advance(_ scalar: Unicode.Scalar, bold: Bool) -> Int {
        let value = scalar.value
        if value >= 0x20 && value < 0x7F { return (bold ? Self.bold : regular)[Int(value - 0x20)] }
        switch value {
        case 0x31B: return bold ? 75 : 50                   // combining horn (ơ, ư)
        case 0x300...0x36F: return 0                        // other combining marks
        case 0x110: return bold ? 740 : 730                 // Đ
        case 0x111: return bold ? 649 : 617                 // đ
        case 0xA0: return 260
        case 0xB7: return bold ? 285 : 268                  // ·
        case 0x2013: return 500                             // –
        case 0x2014: return 1000                            // —
        case 0x2026: return bold ? 855 : 791                // …
        case 0x2022: return 376                             // •
        default: return 840                                 // symbols drawn by a fallback font (≥, ≤, ▲)
        }
    }

    /// Noto Sans Regular, U+0020…U+007E, thousandths of an em.
    static let regular: [Int] = [
        260, 269, 408, 646, 572, 831, 732, 225, 300, 300, 551, 572, 268, 322, 268, 372,
        572, 572, 572, 572, 572, 572, 572, 572, 572, 572, 268, 268, 572, 572, 572, 434,
        899, 639, 650, 632, 730, 556, 519, 728, 741, 339, 273, 619, 524, 907, 760, 781,
        605, 781, 622, 549, 556, 731, 600, 930, 586, 566, 572, 329, 372, 329, 572, 444,
        281, 561, 615, 480, 615, 564, 344, 615, 618, 258, 258, 534, 258, 935, 618, 605,
        615, 615, 413, 479, 361, 618, 508, 786, 529, 510, 470, 380, 551, 380, 572,
    ]

    /// Noto Sans Bold, U+0020…U+007E, thousandths of an em.
    static let bold: [Int] = [
        260, 286, 472, 646, 572, 901, 750, 266, 339, 339, 545, 572, 285, 322, 285, 413,
        572, 572, 572, 572, 572, 572, 572, 572, 572, 572, 285, 285, 572, 572, 572, 477,
        897, 690, 672, 637, 740, 560, 549, 724, 765, 389, 331, 664, 565, 943, 813, 796,
        628, 796, 660, 551, 579, 756, 650, 967, 667, 624, 579, 331, 413, 331, 572, 411,
        362, 604, 633, 514, 633, 591, 387, 633, 657, 305, 305, 620, 305, 982, 657, 619,
        633, 633, 454, 497, 434, 657, 569, 856, 578, 569, 488, 394, 551, 394, 572,
    ]
}

/// What `TextFit.wrap` makes of the words and pieces of words it places.
private protocol WrappedLines {
    /// Whether nothing is on the line being filled.
    var lineIsEmpty: Bool { get }
    /// A word on the line, after a space unless the line is empty.
    mutating func append(word: Substring)
    /// A piece of a word wider than a line.
    mutating func append(character: Character)
    mutating func endLine()
}

/// The lines' texts.
private struct LineTexts: WrappedLines {
    var lines: [String] = []
    var current = ""
    var lineIsEmpty: Bool { current.isEmpty }
    mutating func append(word: Substring) {
        if !current.isEmpty { current += " " }
        current += word
    }
    mutating func append(character: Character) { current.append(character) }
    mutating func endLine() {
        lines.append(current)
        current = ""
    }
}

/// Only how many lines there are.
private struct LineCount: WrappedLines {
    var count = 0
    var lineIsEmpty = true
    mutating func append(word: Substring) { lineIsEmpty = false }
    mutating func append(character: Character) { lineIsEmpty = false }
    mutating func endLine() {
        count += 1
        lineIsEmpty = true
    }
}
