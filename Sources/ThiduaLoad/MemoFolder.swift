import Foundation

/// Reads a memo folder of the cache (`SnapshotMemo`, `RankMemo`): the
/// entries there of the keys asked for, by key. A missing or unreadable
/// entry is left out: it is only a help, and is made again.
public enum MemoFolder {
    public static func read(_ keys: [String], folder: String, fileSystem fs: FileSystem) -> [String: Data] {
        var entries: [String: Data] = [:]
        for key in keys {
            if let data = try? fs.read(joinPath(folder, key)) { entries[key] = data }
        }
        return entries
    }
}
