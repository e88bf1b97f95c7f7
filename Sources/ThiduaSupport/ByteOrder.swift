import Foundation

/// Paths and names in the order of their UTF-8 bytes: the same on every
/// machine and locale (Swift's `<` on strings compares canonical forms).
extension Sequence {
    /// The elements sorted by the UTF-8 bytes of `key`, each key made once
    /// (not two arrays per comparison: a national site has 10,000 paths).
    /// Stable: equal keys keep their order.
    package func sortedByBytes(of key: (Element) -> String) -> [Element] {
        map { (bytes: Array(key($0).utf8), element: $0) }
            .sorted { precedes($0.bytes, $1.bytes) }
            .map(\.element)
    }
}

/// Whether `a` sorts before `b` byte by byte (memcmp(3), then the shorter
/// first): the generic `lexicographicallyPrecedes` walks both arrays an
/// element at a time, and a manifest sorts 10,000 paths.
@inline(__always)
private func precedes(_ a: [UInt8], _ b: [UInt8]) -> Bool {
    let common = min(a.count, b.count)
    if common > 0 {
        let order = a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in memcmp(a.baseAddress!, b.baseAddress!, common) } }
        if order != 0 { return order < 0 }
    }
    return a.count < b.count
}
