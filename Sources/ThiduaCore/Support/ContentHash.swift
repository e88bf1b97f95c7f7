import Foundation

/// A 64-bit FNV-1a hash of bytes, to notice changed files and inputs. Not
/// for security: it only has to differ when content differs, on every
/// machine and every run (Swift's `Hasher` is seeded per process).
public struct ContentHash: Hashable, Sendable, CustomStringConvertible {
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    public init(_ data: Data) { combine(data) }

    /// A hash read back from its hex form.
    public init(raw value: UInt64) { self.value = value }

    public mutating func combine(_ data: Data) {
        var hash = value
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            for byte in bytes {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
        }
        value = hash
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
}
