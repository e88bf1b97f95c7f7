import Foundation

/// A 128-bit key over texts and bytes, as 32 hex digits: the name of a memo
/// file kept across builds (`SnapshotMemo`, `RankMemo`). Two `ContentHash`es
/// with different seeds over the same bytes.
package struct MemoKey {
    private var a = ContentHash(raw: 0x736e_6170_7368_6f74), b = ContentHash(raw: 0x6d65_6d6f_2d6b_6579)

    package init() {}

    package mutating func add(_ text: String) { a.combine(text); b.combine(text) }
    package mutating func add(_ data: Data) { a.combine(data); b.combine(data) }
    package var description: String { a.description + b.description }
}
