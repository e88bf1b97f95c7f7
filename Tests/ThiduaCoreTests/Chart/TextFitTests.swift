import Foundation
import Testing
@testable import ThiduaSupport
@testable import ThiduaLoad
@testable import ThiduaModel
@testable import ThiduaRank
@testable import ThiduaChart
@testable import ThiduaRender
@testable import ThiduaWrite
@testable import ThiduaCore

/// TextFit measures scalar by scalar from a table; these check it against
/// the straightforward way (decompose the whole text, re-measure every
/// candidate), which the card layout was made with.
struct TextFitTests {
    static let texts = [
        "", " ", "a", "Ủy ban nhân dân huyện Đắk Glong tỉnh Đắk Nông", "Xã Thịnh Thành", "ỨNG HOÀ Ở ĐÂU",
        "Tỷ lệ hồ sơ trực tuyến toàn trình", "Đạt chỉ tiêu ≥ 50,0%", "a\u{306}\u{323} ơ\u{301} u\u{31B}\u{300}",
        "≠ ≤ ▲ — – … · •", "Ǆ ǅ ǆ ȸ ɏ ẞ", "한국 ﬁ Å K", "\u{A0}x\u{A0}", "tab\tand\u{1}control",
        "supercalifragilisticexpialidocious-and-more-and-more", "  spaces   around  ", "Sở Nội vụ — 1.234/3.321",
    ]

    static func referenceWidth(_ text: String, size: Double, bold: Bool) -> Double {
        var thousandths = 0
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            thousandths += TextFit.advance(scalar, bold: bold)
        }
        return Double(thousandths) * size / 1000
    }

    static func referenceWrap(_ text: String, maxWidth: Double, size: Double, bold: Bool) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ").map(String.init) {
            let candidate = current.isEmpty ? word : current + " " + word
            if referenceWidth(candidate, size: size, bold: bold) <= maxWidth {
                current = candidate
                continue
            }
            if !current.isEmpty { lines.append(current) }
            current = ""
            for character in word {
                if !current.isEmpty, referenceWidth(current + String(character), size: size, bold: bold) > maxWidth {
                    lines.append(current)
                    current = ""
                }
                current.append(character)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    static func referenceEllipsize(_ text: String, maxWidth: Double, size: Double, bold: Bool) -> String {
        if referenceWidth(text, size: size, bold: bold) <= maxWidth { return text }
        var characters = Array(text)
        while !characters.isEmpty {
            characters.removeLast()
            var candidate = String(characters)
            while candidate.hasSuffix(" ") { candidate.removeLast() }
            if referenceWidth(candidate + "…", size: size, bold: bold) <= maxWidth { return candidate + "…" }
        }
        return "…"
    }

    @Test func widthsMatchMeasuringTheWholeDecomposition() {
        for text in Self.texts {
            for bold in [false, true] {
                for size in [22.0, 26, 66, 1000] {
                    #expect(TextFit.width(text, size: size, bold: bold) == Self.referenceWidth(text, size: size, bold: bold), "\(text)")
                }
            }
        }
        // Every letter of the table, alone.
        for value in TextFit.tabledRanges.joined() {
            let letter = String(Unicode.Scalar(value)!)
            #expect(TextFit.width(letter, size: 1000) == Self.referenceWidth(letter, size: 1000, bold: false))
            #expect(TextFit.width(letter, size: 1000, bold: true) == Self.referenceWidth(letter, size: 1000, bold: true))
        }
    }

    @Test func wrapAndEllipsisMatchReMeasuringEveryCandidate() {
        for text in Self.texts {
            for bold in [false, true] {
                for maxWidth in [0.0, 30, 100, 270, 400, 520, 1080] {
                    #expect(TextFit.wrap(text, maxWidth: maxWidth, size: 30, bold: bold)
                        == Self.referenceWrap(text, maxWidth: maxWidth, size: 30, bold: bold), "\(text) \(maxWidth)")
                    #expect(TextFit.ellipsize(text, maxWidth: maxWidth, size: 30, bold: bold)
                        == Self.referenceEllipsize(text, maxWidth: maxWidth, size: 30, bold: bold), "\(text) \(maxWidth)")
                    // The count alone (embed heights) is the count of the lines made.
                    #expect(TextFit.lineCount(text, maxWidth: maxWidth, size: 30, bold: bold)
                        == Self.referenceWrap(text, maxWidth: maxWidth, size: 30, bold: bold).count, "\(text) \(maxWidth)")
                }
            }
        }
    }
}

/// The fast path for text that is already single-spaced gives exactly what
/// splitting at white-space characters gives.
struct SingleSpacedTests {
    @Test func whiteSpaceIsUnicodesWhiteSpaceProperty() {
        for v in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(v) else { continue }
            if TextFit.isWhiteSpace(v) != scalar.properties.isWhitespace { Issue.record("U+\(String(v, radix: 16))") }
        }
    }

    @Test func singleSpacedTextIsKeptAndTheRestNormalisedAsBefore() {
        let samples = TextFitTests.texts + [
            "Xã Thịnh Thạnh 1", "ấp Ủy ban", "a  b", " a", "a ", "a\u{301} b", "a \u{301}b", "a\u{600} b", "a \u{200D}b",
            "a\u{A0}b", "a\u{2003}b", "a\u{3000}b", "x\r\ny", "a\u{85}b", "đ ơ ư", "Ǆ ẞ", "€ 5", "a \u{1100}\u{1161}",
            "🇻🇳 Việt Nam", "a 🇻🇳", "Tỷ lệ ≥ 50,0%",
        ]
        for text in samples {
            let reference = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(TextFit.singleSpaced(text) == reference, "\(Array(text.unicodeScalars))")
            #expect(TextFit.words(text) == text.split(separator: " "), "\(Array(text.unicodeScalars))")
            if TextFit.isSingleSpaced(text) { #expect(reference == text) }
        }
        #expect(TextFit.isSingleSpaced("Ủy ban nhân dân huyện Đắk Glong"))
        #expect(TextFit.isSingleSpaced("Xã Yên Vinh 1 — Thi đua “Nâng cao” ≥ 50,0% ▲ 3 ✓ đạt 2.614.507.177 ₫"))
        #expect(!TextFit.isSingleSpaced("a \u{301}b"))
    }

    /// Every scalar allowed beside a space stays a character of its own
    /// there, as Swift's grapheme breaking sees it, on either side.
    @Test func scalarsBesideASpaceNeverJoinIt() {
        var checked = 0
        for v in UInt32(0)...0x10FFFF where TextFit.besideSpace(v) && !TextFit.isWhiteSpace(v) {
            guard let scalar = Unicode.Scalar(v) else { continue }
            let after = "a " + String(scalar), before = String(scalar) + " a"
            if after.count != 3 || before.count != 3 { Issue.record("U+\(String(v, radix: 16)) joins a space") }
            if TextFit.isSingleSpaced(after + " b") {
                let text = after + " b"
                #expect(TextFit.words(text) == text.split(separator: " "))
                #expect(TextFit.singleSpaced(text) == text.split(whereSeparator: \.isWhitespace).joined(separator: " "))
            }
            checked += 1
        }
        #expect(checked == 1871)
    }
}
