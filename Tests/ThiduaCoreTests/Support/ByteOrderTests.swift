import Foundation
import Testing
@testable import ThiduaSupport

/// Paths sort by their UTF-8 bytes: not by Swift's canonical comparison,
/// not by the locale; a prefix first; equal keys keep their order.
struct ByteOrderTests {
    @Test func sortsByUTF8Bytes() {
        let names = ["xa-b", "Xa", "xa", "", "xã", "xa-a", "x", "xa/b", "x\u{0301}a", "z", "xa-b"]
        #expect(names.sortedByBytes { $0 } == ["", "Xa", "x", "xa", "xa-a", "xa-b", "xa-b", "xa/b", "xã", "x\u{0301}a", "z"])
        // The same order as comparing the byte arrays element by element.
        let reference = names.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        #expect(names.sortedByBytes { $0 } == reference)
        // Stable: equal keys keep their order.
        let pairs = [("b", 1), ("a", 2), ("b", 3), ("a", 4)]
        #expect(pairs.sortedByBytes { $0.0 }.map(\.1) == [2, 4, 1, 3])
    }
}
