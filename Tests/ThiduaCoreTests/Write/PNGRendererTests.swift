import Foundation
import Testing
import ZIPFoundation
@testable import ThiduaSupport
@testable import ThiduaLoad
@testable import ThiduaModel
@testable import ThiduaRank
@testable import ThiduaChart
@testable import ThiduaRender
@testable import ThiduaWrite
@testable import ThiduaCore

/// The PNG bytes thidua writes itself: 8-bit RGB, filter None, one IDAT.
struct PNGRendererTests {
    @Test func rowsAreRGBWithFilterNone() throws {
        let svg = """
            <svg xmlns="http://www.w3.org/2000/svg" width="4" height="2" viewBox="0 0 4 2">\
            <rect width="2" height="2" fill="#ff8000"/><rect x="2" width="2" height="1" fill="#0b3d6e"/></svg>
            """
        let png = try PNGRenderer.png(svg: svg, width: 4, height: 2)
        let chunks = try Self.chunks(png)
        #expect(chunks.map(\.type) == ["IHDR", "IDAT", "IEND"])
        #expect(chunks[0].body == [0, 0, 0, 4, 0, 0, 0, 2, 8, 2, 0, 0, 0])
        let rows = try Self.inflate(chunks[1].body)
        let orange: [UInt8] = [0xff, 0x80, 0x00], blue: [UInt8] = [0x0b, 0x3d, 0x6e], white: [UInt8] = [0xff, 0xff, 0xff]
        #expect(rows == [0] + orange + orange + blue + blue + [0] + orange + orange + white + white)
    }

    /// Rows are deflated in blocks of 16, joined into one zlib stream
    /// whose Adler-32 covers them all.
    @Test func blocksMakeOneStream() throws {
        let svg = """
            <svg xmlns="http://www.w3.org/2000/svg" width="3" height="40" viewBox="0 0 3 40">\
            <rect y="17" width="3" height="20" fill="#ff8000"/></svg>
            """
        let png = try PNGRenderer.png(svg: svg, width: 3, height: 40)
        let chunks = try Self.chunks(png)
        let idat = chunks[1].body
        let rows = try Self.inflate(idat)
        let white: [UInt8] = [0] + [UInt8](repeating: 0xff, count: 9), orange: [UInt8] = [0, 0xff, 0x80, 0x00, 0xff, 0x80, 0x00, 0xff, 0x80, 0x00]
        let expected = (0..<40).flatMap { (17..<37).contains($0) ? orange : white }
        #expect(rows == expected)
        var (a, b) = (1, 0)
        for byte in expected { a = (a + Int(byte)) % 65521; b = (b + a) % 65521 }
        #expect(Array(idat.suffix(4)) == [UInt8(b >> 8), UInt8(b & 0xff), UInt8(a >> 8), UInt8(a & 0xff)])
    }

    /// The chunks of a PNG, their CRCs checked.
    static func chunks(_ png: Data) throws -> [(type: String, body: [UInt8])] {
        let bytes = [UInt8](png)
        #expect(bytes.prefix(8) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        func int(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        var chunks: [(String, [UInt8])] = []
        var at = 8
        while at < bytes.count {
            let length = int(at)
            let typeAndBody = Data(bytes[at + 4..<at + 8 + length])
            #expect(UInt32(int(at + 8 + length)) == typeAndBody.crc32(checksum: 0))
            chunks.append((String(decoding: bytes[at + 4..<at + 8], as: UTF8.self), Array(bytes[at + 8..<at + 8 + length])))
            at += 12 + length
        }
        return chunks
    }

    /// zlib data inflated (ZIPFoundation reads raw deflate: the 2-byte
    /// header and the Adler-32 are dropped).
    static func inflate(_ zlib: [UInt8]) throws -> [UInt8] {
        let deflated = Data(zlib.dropFirst(2).dropLast(4))
        var out = Data()
        _ = try Data.decompress(size: Int64(deflated.count), bufferSize: 1 << 16, skipCRC32: true,
                                provider: { position, size in deflated.subdata(in: Int(position)..<min(Int(position) + size, deflated.count)) },
                                consumer: { out.append($0) })
        return [UInt8](out)
    }
}
