import Foundation

/// The memos a build keeps per data file for the next one, each in its
/// folder: the snapshots it parsed (`SnapshotMemo` reads them back), the
/// standings it ranked (`RankMemo`) and its snapshot digests
/// (`SnapshotDigests`). The new entries are written under their keys, and
/// entries no snapshot of this build has are removed, so each folder holds
/// one entry per data file. Only a help: a missing or
/// unreadable entry means that file is parsed, or that snapshot ranked or
/// digested, again.
public enum SnapshotMemos {
    /// `.thidua-cache/snapshots`: beside the card cache, as `BuildRecord.path`.
    public static func folder(cardCache: String) -> String {
        joinPath(WriteStage.split(WriteStage.trim(cardCache)).parent, "snapshots")
    }

    /// `.thidua-cache/<name>`, beside `snapshots`: `standings` (`RankMemo`),
    /// `digests` (the snapshot digests of the pages' keys).
    public static func folder(_ name: String, besides snapshots: String) -> String {
        joinPath(WriteStage.split(WriteStage.trim(snapshots)).parent, name)
    }

    public static func store(_ parses: MemoEntries, folder: String, fileSystem fs: FileSystem) {
        for (key, data) in parses.fresh.sorted(by: { $0.key < $1.key }) {
            // Replaced, not rewritten in place: a cache copied with hard links shares the file.
            try? fs.remove(joinPath(folder, key))
            try? fs.write(data, to: joinPath(folder, key))
        }
        guard let entries = try? fs.list(folder) else { return }
        for entry in entries where !entry.isFolder && !parses.used.contains(entry.name) {
            try? fs.remove(joinPath(folder, entry.name))
        }
    }
}
