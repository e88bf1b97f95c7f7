import Foundation

/// A page's fingerprint: 128 bits over its page model (every stored field,
/// as `PageKeyWriter` writes it), the template's text and anything else
/// its bytes depend on (`PageReuse.salt`). Equal keys render equal pages,
/// so a page whose key is that of the live site's page is not rendered
/// again. Stable across runs and machines (Swift's `Hasher` is seeded per
/// process): two `ContentHash` lanes with different seeds over the same bytes.
public struct PageKey: Hashable, Sendable, CustomStringConvertible {
    public var high: UInt64
    public var low: UInt64

    public init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    static let seeds: (UInt64, UInt64) = (0x9e37_79b9_7f4a_7c15, 0xc2b2_ae3d_27d4_eb4f)

    /// The key of `bytes`.
    init(bytes: UnsafeRawBufferPointer) {
        var a = ContentHash(raw: Self.seeds.0), b = ContentHash(raw: Self.seeds.1)
        ContentHash.combine(&a, &b, bytes: bytes)
        self.init(high: a.value, low: b.value)
    }

    /// The key of 64-bit words (other keys, counts), little-endian.
    init(words: [UInt64]) {
        self = words.map(\.littleEndian).withUnsafeBytes { PageKey(bytes: $0) }
    }

    /// The key of texts, each ended by a zero byte.
    init(texts: [String]) {
        var bytes: [UInt8] = []
        for text in texts { bytes += text.utf8; bytes.append(0) }
        self = bytes.withUnsafeBytes { PageKey(bytes: $0) }
    }

    /// 32 lowercase hex digits.
    public var description: String { Self.hex(high) + Self.hex(low) }

    /// A key read back from its 32 hex digits; nil for anything else.
    public init?(hex text: Substring) {
        guard text.count == 32, let high = UInt64(text.prefix(16), radix: 16),
              let low = UInt64(text.suffix(16), radix: 16) else { return nil }
        self.init(high: high, low: low)
    }

    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
