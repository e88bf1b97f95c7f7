import Foundation

/// What a build made that the next one may decode instead (`SnapshotMemo`'s
/// parsed snapshots, `RankMemo`'s standings): the encodings made anew, by
/// key, and the key of every entry the build used (the entries to keep).
public struct MemoEntries: Sendable {
    public var fresh: [String: Data] = [:]
    public var used: Set<String> = []

    public init() {}
}
