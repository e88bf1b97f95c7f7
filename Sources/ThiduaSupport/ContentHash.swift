import Foundation

/// A 64-bit hash of bytes, to notice changed files and inputs. Not for
/// security: it only has to differ when content differs, on every machine
/// and every run (Swift's `Hasher` is seeded per process).
///
/// Eight bytes at a time with MurmurHash3's 64-bit block mixing, and its
/// finalizer after each `combine`: a national site is 150 MB of pages, and
/// a byte-at-a-time hash (FNV-1a, used before) spent about 0.2 s of CPU on
/// them (3 % of the build), three times this one.
public struct ContentHash: Hashable, Sendable, CustomStringConvertible {
    public private(set) var value: UInt64 = 0x9e37_79b9_7f4a_7c15

    public init() {}

    public init(_ data: Data) { combine(data) }

    /// A hash read back from its hex form.
    public init(raw value: UInt64) { self.value = value }

    public mutating func combine(_ data: Data) {
        data.withUnsafeBytes { combine(bytes: $0) }
    }

    /// As `combine(_: Data)`, over bytes in memory (no copy into a `Data`).
    package mutating func combine(bytes: UnsafeRawBufferPointer) {
        var hash = value
        let count = bytes.count
        var offset = 0
        while offset + 8 <= count {
            hash = Self.mix(hash, UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
            offset += 8
        }
        if offset < count {
            var tail: UInt64 = 0
            for (shift, byte) in bytes[offset...].enumerated() { tail |= UInt64(byte) << (8 * UInt64(shift)) }
            hash = Self.mix(hash, tail)
        }
        hash = Self.finalize(hash ^ UInt64(count))
        value = hash
    }

    /// `combine(bytes:)` of two hashes over the same bytes, in one pass:
    /// a page's 128-bit key is two of them with different seeds.
    package static func combine(_ a: inout ContentHash, _ b: inout ContentHash, bytes: UnsafeRawBufferPointer) {
        var ha = a.value, hb = b.value
        let count = bytes.count
        var offset = 0
        while offset + 8 <= count {
            let block = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            ha = mix(ha, block)
            hb = mix(hb, block)
            offset += 8
        }
        if offset < count {
            var tail: UInt64 = 0
            for (shift, byte) in bytes[offset...].enumerated() { tail |= UInt64(byte) << (8 * UInt64(shift)) }
            ha = mix(ha, tail)
            hb = mix(hb, tail)
        }
        a.value = finalize(ha ^ UInt64(count))
        b.value = finalize(hb ^ UInt64(count))
    }

    public mutating func combine(_ text: String) {
        combine(Data(text.utf8))
        combine(Data([0]))  // a separator, so "ab"+"c" differs from "a"+"bc"
    }

    /// 16 lowercase hex digits.
    public var description: String {
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    private static func mix(_ hash: UInt64, _ block: UInt64) -> UInt64 {
        var k = block &* 0x87c3_7b91_1142_53d5
        k = (k << 31) | (k >> 33)
        k = k &* 0x4cf5_ad43_2745_937f
        var h = hash ^ k
        h = (h << 27) | (h >> 37)
        return h &* 5 &+ 0x52dc_e729
    }

    private static func finalize(_ hash: UInt64) -> UInt64 {
        var h = hash
        h ^= h >> 33
        h = h &* 0xff51_afd7_ed55_8ccd
        h ^= h >> 33
        h = h &* 0xc4ce_b9fe_1a85_ec53
        return h ^ (h >> 33)
    }
}

extension ContentHash {
    /// Two hashes with different seeds over bytes fed as they come, without
    /// keeping them: the values `combine(_:_:bytes:)` gives over all the
    /// bytes at once. A page key's writer (`FactsKey`) feeds a national
    /// year's standings through one of these instead of a buffer.
    package struct PairStream {
        private var a: UInt64, b: UInt64
        /// The bytes not yet mixed, the first in the lowest byte.
        private var pending: UInt64 = 0
        private var pendingCount: UInt64 = 0
        private var total: UInt64 = 0

        package init(seeds: (UInt64, UInt64)) {
            a = seeds.0
            b = seeds.1
        }

        @inline(__always)
        private mutating func block(_ value: UInt64) {
            a = ContentHash.mix(a, value)
            b = ContentHash.mix(b, value)
        }

        package mutating func byte(_ value: UInt8) {
            pending |= UInt64(value) << (8 * pendingCount)
            pendingCount += 1
            total += 1
            if pendingCount == 8 {
                block(pending)
                pending = 0
                pendingCount = 0
            }
        }

        /// Eight bytes: `value` little-endian.
        package mutating func word(_ value: UInt64) {
            total += 8
            if pendingCount == 0 { return block(value) }
            let shift = 8 * pendingCount
            block(pending | value << shift)
            pending = value >> (64 - shift)
        }

        package mutating func bytes(_ bytes: UnsafeRawBufferPointer) {
            var offset = 0
            while pendingCount != 0, offset < bytes.count {
                byte(bytes[offset])
                offset += 1
            }
            while offset + 8 <= bytes.count {
                word(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
                offset += 8
            }
            while offset < bytes.count {
                byte(bytes[offset])
                offset += 1
            }
        }

        /// The two hashes of everything fed.
        package var values: (UInt64, UInt64) {
            var (ha, hb) = (a, b)
            if pendingCount > 0 {
                ha = ContentHash.mix(ha, pending)
                hb = ContentHash.mix(hb, pending)
            }
            return (ContentHash.finalize(ha ^ total), ContentHash.finalize(hb ^ total))
        }
    }
}
