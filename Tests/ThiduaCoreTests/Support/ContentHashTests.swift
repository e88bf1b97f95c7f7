import Foundation
import Testing
@testable import ThiduaSupport

/// `ContentHash.PairStream` gives what hashing all the bytes at once gives,
/// however they are fed.
struct ContentHashTests {
    static let seeds: (UInt64, UInt64) = (0x9e37_79b9_7f4a_7c15, 0xc2b2_ae3d_27d4_eb4f)

    static func whole(_ bytes: [UInt8]) -> (UInt64, UInt64) {
        var a = ContentHash(raw: seeds.0), b = ContentHash(raw: seeds.1)
        bytes.withUnsafeBytes { ContentHash.combine(&a, &b, bytes: $0) }
        return (a.value, b.value)
    }

    @Test func aStreamHashesAsTheWholeBytes() {
        var generator = SystemRandomNumberGenerator()
        for length in [0, 1, 7, 8, 9, 15, 16, 17, 63, 64, 65, 200] {
            for _ in 0..<20 {
                let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
                var stream = ContentHash.PairStream(seeds: Self.seeds)
                // Fed in pieces of every kind: single bytes, words at any offset, runs.
                var offset = 0
                while offset < bytes.count {
                    switch Int.random(in: 0..<3, using: &generator) {
                    case 0:
                        stream.byte(bytes[offset])
                        offset += 1
                    case 1 where offset + 8 <= bytes.count:
                        let word = bytes[offset..<offset + 8].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
                        stream.word(word)
                        offset += 8
                    default:
                        let end = min(bytes.count, offset + Int.random(in: 0...20, using: &generator))
                        bytes[offset..<end].withUnsafeBytes { stream.bytes($0) }
                        offset = end
                    }
                }
                let (a, b) = Self.whole(bytes)
                #expect(stream.values == (a, b), "\(bytes)")
            }
        }
    }

    @Test func knownValues() {
        let stream = ContentHash.PairStream(seeds: Self.seeds)
        #expect(stream.values == Self.whole([]))
        var text = ContentHash.PairStream(seeds: Self.seeds)
        Array("Xã Yên Tiến 1".utf8).withUnsafeBytes { text.bytes($0) }
        #expect(text.values == Self.whole(Array("Xã Yên Tiến 1".utf8)))
        #expect(text.values != stream.values)
    }
}
