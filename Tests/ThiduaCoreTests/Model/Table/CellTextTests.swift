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

/// The byte-level fast paths of reading data files give exactly what the
/// plain Unicode rules they stand for give.
struct CellTextTests {
    static let samples: [String] = [
        "", " ", "  ", "\t", "\n", "\r\n", "\u{00A0}", "\u{2003}", "\u{3000}", " \u{00A0}x", "x\u{00A0}",
        "phuong-huong-hai-1", "Phường Hương Hải 1", " Phường ", "Tổng cộng", "tổng cộng:", "TỔNG CỘNG",
        "Tổng cộng".decomposedStringWithCanonicalMapping, "TỔNG SỐ".decomposedStringWithCanonicalMapping,
        " total ", "Total:", "TOTAL", ": Toàn tỉnh :", "toàn\u{00A0}tỉnh", "Cộng", "cộng 2", "Tổng cộng 2",
        "tong cong", "Tân Hòa", "Sở Công Thương", "a\nb", "a\r\nb\rc\n", "\r\r\n\n", "x\ry\nz", "\n\r", "e\u{0301}", " \u{0301}",
        "1329", "18.775", "\"quoted\"",
    ]

    @Test func trimmingMatchesFoundation() {
        for text in Self.samples {
            #expect(CellText.trimmed(text) == text.trimmingCharacters(in: .whitespacesAndNewlines), "\(text.debugDescription)")
        }
    }

    @Test func trimmingSpacesMatchesFoundation() {
        for text in Self.samples + ["\tx\t", "x\n", "\nx", "\u{2003}x\u{2003}", "Xã Yên Tiến 1", "ắ", " ắ "] {
            #expect(CellText.trimmedSpaces(text) == text.trimmingCharacters(in: .whitespaces), "\(text.debugDescription)")
        }
    }

    /// The exact key's NFC shortcut: text it takes as composed is Foundation's NFC of itself.
    @Test func composedTextIsItsOwnNFC() {
        let vietnamese = "Xã Yên Tiến Phường Bình Thủy Đắk Lấp ắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵđĐ"
        for text in Self.samples + [vietnamese, vietnamese.uppercased(), "\u{2126} \u{212A} \u{212B}", "Đắk R’Lấp", "\u{1E9B}\u{0323}"] {
            if TextKey.isComposed(text) {
                #expect(text.precomposedStringWithCanonicalMapping == text, "\(text.debugDescription)")
            }
            #expect(TextKey.exact(text) == TextKey.exact(text.decomposedStringWithCanonicalMapping), "\(text.debugDescription)")
        }
        #expect(TextKey.isComposed(vietnamese) && TextKey.isComposed(vietnamese.uppercased()))
        #expect(!TextKey.isComposed("e\u{0301}") && !TextKey.isComposed("\u{1E9B}\u{0323}") && !TextKey.isComposed("\u{212A}"))
        // Every scalar of the shortcut's ranges, alone, is its own NFC.
        for value in Array(0x20..<0x300) + Array(0x1E00..<0x1F00) {
            let text = String(Character(Unicode.Scalar(UInt32(value))!))
            #expect(text.precomposedStringWithCanonicalMapping == text, "U+\(String(value, radix: 16))")
        }
    }

    @Test func blanksMatchFoundationAndCharacters() {
        for text in Self.samples {
            #expect(CellText.isEmptyTrimmingSpaces(text) == text.trimmingCharacters(in: .whitespaces).isEmpty,
                    "\(text.debugDescription)")
            #expect(CellText.isAllWhitespace(text) == text.allSatisfy { $0.isWhitespace }, "\(text.debugDescription)")
        }
    }

    @Test func lineBreaksCountCharacters() {
        for text in Self.samples {
            let characters = text.filter { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }.count
            #expect(CellText.lineBreaks(text) == characters, "\(text.debugDescription)")
        }
    }

    @Test func totalLabelsAsTheExactKeySays() {
        // The rule the fast path stands for.
        func reference(_ text: String) -> Bool {
            text.utf8.count <= 32
                && TotalRow.labels.contains(TextKey.exact(text).trimmingCharacters(in: CharacterSet(charactersIn: ": ")))
        }
        for text in Self.samples + Self.samples.map({ $0.uppercased() }) {
            #expect(TotalRow.isLabel(text) == reference(text), "\(text.debugDescription)")
        }
        for text in ["Tổng cộng", "TỔNG CỘNG:", "Tổng số".decomposedStringWithCanonicalMapping, " total ", "Toàn tỉnh", "CỘNG"] {
            #expect(TotalRow.isLabel(text), "\(text)")
        }
        for text in ["phuong-huong-hai-1", "Tổng cộng 2", "Tân Hòa", "totals", String(repeating: "tổng ", count: 8)] {
            #expect(!TotalRow.isLabel(text), "\(text)")
        }
    }

    @Test func plainIntegersAsTheTextSays() {
        for text in ["0", "7", "0001329", "1329", "999999999999999", "123456789012345", "1234567890123456"] {
            #expect(CellNumber.read(text) == .value(Double(text)!), "\(text)")
        }
    }
}
