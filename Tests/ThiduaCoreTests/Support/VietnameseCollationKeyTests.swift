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

/// The collation key lowercases ASCII letters by hand; it must give the
/// keys that lowercasing and composing every letter through Foundation gave
/// (kept here as the specification).
struct VietnameseCollationKeyTests {
    static func specification(_ text: String) -> VietnameseCollation.Key {
        let alphabet = ["a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m",
                        "n", "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z"]
        let weights = Dictionary(uniqueKeysWithValues: alphabet.enumerated().map { ($1, 1000 + $0) })
        let tones: [UInt32: Int] = [0x0300: 1, 0x0309: 2, 0x0303: 3, 0x0301: 4, 0x0323: 5]
        var primary: [Int] = [], secondary: [Int] = [], tertiary: [Int] = []
        let scalars = Array(text.decomposedStringWithCanonicalMapping.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let base = scalars[i]
            var letter = String(base).lowercased()
            let upper = String(base) != letter
            var tone = 0, j = i + 1
            while j < scalars.count, scalars[j].properties.generalCategory == .nonspacingMark {
                if [0x0306, 0x0302, 0x031B].contains(scalars[j].value) { letter += String(scalars[j]) }
                else if let order = tones[scalars[j].value] { tone = order }
                j += 1
            }
            letter = letter.precomposedStringWithCanonicalMapping
            if let weight = weights[letter] {
                primary.append(weight)
            } else if base.properties.numericType != nil, let digit = Int(String(base)) {
                primary.append(100 + digit)
            } else if base.properties.isWhitespace || "\(base)".unicodeScalars.allSatisfy({
                [.connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
                 .finalPunctuation, .otherPunctuation].contains($0.properties.generalCategory) }) {
                primary.append(1)
            } else {
                primary.append(10_000 + Int(base.value))
            }
            secondary.append(tone)
            tertiary.append(upper ? 1 : 0)
            i = j
        }
        return .init(primary: primary, secondary: secondary, tertiary: tertiary,
                     text: text.precomposedStringWithCanonicalMapping.unicodeScalars.map(\.value))
    }

    @Test func everyLetterWithEveryToneInBothCases() {
        var texts = ["Xã Yên Vinh 1", "Phường Bình Thủy", "UBND huyện Đắk R'Lấp", "ĐẮK GLONG", "Ủy ban", "İstanbul",
                     "Straße", "Ångström", "ǅemal", "Ωmega 12", "a_b-c (d) «e»", "\u{1E9E}", "A\u{0301}\u{0323}"]
        let letters = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz0123456789 .,-'"
        for letter in letters {
            for mark in ["", "\u{0300}", "\u{0309}", "\u{0303}", "\u{0301}", "\u{0323}"] {
                let lower = String(letter) + mark
                texts += [lower, lower.uppercased(), lower.precomposedStringWithCanonicalMapping,
                          "X" + lower.uppercased() + "y" + lower]
            }
        }
        for text in texts {
            #expect(VietnameseCollation.key(text) == Self.specification(text), "\(text)")
        }
    }
}
