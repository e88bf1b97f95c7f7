import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import ThiduaSupport
@testable import ThiduaLoad
@testable import ThiduaModel
@testable import ThiduaRank
@testable import ThiduaChart
@testable import ThiduaRender
@testable import ThiduaWrite
@testable import ThiduaCore

/// The pieces under the share cards: hashing, text measurement and wrapping.
struct ShareSupportTests {
    @Test func sha256MatchesTheStandardVectors() {
        #expect(SHA256.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex(String(repeating: "a", count: 1000)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
        // Around the block and padding boundaries (Python's hashlib).
        let expected = [
            55: "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318",
            56: "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a",
            63: "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34",
            64: "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb",
            65: "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0",
            128: "6836cf13bac400e9105071cd6af47084dfacad4e5e302c94bfed24e013afb73e",
        ]
        for (count, digest) in expected {
            #expect(SHA256.hex(String(repeating: "a", count: count)) == digest)
            #expect(SHA256.hex([UInt8](repeating: UInt8(ascii: "a"), count: count)) == digest)
        }
        #expect(SHA256.hex("Xã Thịnh Thành — 78,5%") == "c4278c47f45e03fe953634164c029879ac6cd6b2a629a4039c29ee8916764c4a")
    }

    @Test func vietnameseLettersMeasureLikeTheirBaseLetters() {
        // Noto Sans: "a" is 561/1000 em; marks take no width; NFC and NFD agree.
        #expect(TextFit.width("a", size: 1000) == 561)
        #expect(TextFit.width("ặ", size: 1000) == 561)
        #expect(TextFit.width("a\u{306}\u{323}", size: 1000) == 561)
        #expect(TextFit.width("đ", size: 1000) == 617)
        #expect(TextFit.width("ư", size: 1000) == 668)
        // The horn of ơ and ư widens its letter (Noto Sans Bold: o 619, ơ 679).
        #expect(TextFit.width("Sở", size: 1000, bold: true) == 551 + 619 + 75)
    }

    @Test func textWrapsShrinksAndIsCutWithAnEllipsis() {
        let name = "Ủy ban nhân dân huyện Đắk Glong tỉnh Đắk Nông"
        #expect(TextFit.wrap(name, maxWidth: 400, size: 40) == ["Ủy ban nhân dân", "huyện Đắk Glong", "tỉnh Đắk Nông"])
        let fitted = TextFit.fit(name, maxWidth: 400, maxLines: 2, sizes: [40, 30])
        #expect(fitted == TextFit.Fitted(lines: ["Ủy ban nhân dân huyện Đắk", "Glong tỉnh Đắk Nông"], size: 30))
        let cut = TextFit.fit(name, maxWidth: 400, maxLines: 1, sizes: [40])
        #expect(cut.lines == ["Ủy ban nhân dân …"])
        #expect(TextFit.width(cut.lines[0], size: 40) <= 400)
        // A word wider than the line is cut into pieces.
        #expect(TextFit.wrap("abcdefghij", maxWidth: 100, size: 40) == ["abcd", "efghi", "j"])
    }

    @Test func cardTextIsEscapedAndTheSVGIsWellFormed() throws {
        let hostile = "<script>alert(1)</script> & \"x\""
        let card = ShareCard(
            siteTitle: hostile, sample: "SỐ LIỆU MINH HOẠ", eyebrow: hostile, title: hostile,
            badge: .init(label: hostile, value: "3/15", note: hostile),
            headline: .init(label: hostile, value: "93,5%", status: hostile, met: true), caption: hostile,
            visual: .bars([.init(label: hostile, valueText: hostile, fraction: 0.5, met: false)]),
            footer: hostile, address: hostile, description: hostile)
        let svg = card.svg()
        #expect(!svg.contains("<script>"))
        #expect(svg.contains("&lt;script&gt;"))
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1200\" height=\"630\""))
        #expect(XMLParser(data: Data(svg.utf8)).parse())
        let png = try PNGRenderer.png(svg: svg, width: ShareCard.width, height: ShareCard.height)
        #expect(PNGInfo(png)?.width == 1200)
        #expect(PNGInfo(png)?.height == 630)
    }

    @Test func zaloAndFacebookLinksCarryThePageURL() {
        #expect(Sharing.percentEncode("https://a.vn/thidua/x y/") == "https%3A%2F%2Fa.vn%2Fthidua%2Fx%20y%2F")
        // base64 of {"url":"https://a.vn/"}
        #expect(Sharing.zaloShare("https://a.vn/") == "https://button-share.zalo.me/share_external?layout=1&color=blue&customize=false&d=eyJ1cmwiOiJodHRwczovL2Eudm4vIn0%3D&shareType=0")
    }
}

/// Width and height from a PNG's IHDR chunk.
struct PNGInfo {
    var width: Int
    var height: Int

    init?(_ data: Data) {
        let bytes = [UInt8](data.prefix(24))
        guard bytes.count == 24, bytes[0..<8] == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A],
              String(decoding: bytes[12..<16], as: UTF8.self) == "IHDR" else { return nil }
        func int(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        width = int(16)
        height = int(20)
    }
}
