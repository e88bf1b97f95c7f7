import Foundation

/// Puts a build that changed few of the live site's files in place one
/// file at a time, instead of swapping a whole new folder in: each staged
/// file is renamed onto its live path in one step (a reader gets the old
/// page or the new one), and the files the build kept are not touched — no
/// hard link made, no folder made again, nothing of the old site to delete.
///
/// Safe against failure and interruption:
/// - the live site's record first forgets every file about to change or go
///   (`Manifest.forgetting`), so a build killed half-way leaves a record
///   that makes the next build write those files again;
/// - each file replaced or removed is kept aside (a hard link, in the folder
///   beside the output that a swap would use) until all are in place, and
///   any failure puts every one back, the record included, before the
///   error is reported: the output folder is then as it was.
struct InPlaceUpdate {
    let fs: FileSystem
    let output: String
    let staging: String
    /// Where replaced and removed files wait until the update is complete.
    let aside: String

    /// One step done, to undo on failure.
    private enum Done {
        /// A staged file moved onto the site; `replaced` when it took the place of a live file.
        case placed(String, replaced: Bool)
        /// A live file (or folder) moved aside.
        case removed(String)
    }

    /// Moves `staged` (paths below the staging folder) onto the site and
    /// `removed` (live paths the new site lacks) aside, with `record` (the
    /// new site's manifest) last. `before` is the live site's manifest.
    func apply(staged: [String], removed: [String], record: Manifest, before: Manifest) throws {
        var done: [Done] = []
        let marker = WriteStage.marker
        do {
            try fs.link(joinPath(output, marker), to: joinPath(aside, marker))
            let forgotten = before.forgetting(Set(staged).union(removed))
            try fs.write(forgotten.serialized(), to: joinPath(staging, marker))
            try fs.rename(joinPath(staging, marker), over: joinPath(output, marker))
            for path in staged {
                let live = joinPath(output, path)
                let replaced = fs.isFile(live)
                if replaced { try fs.link(live, to: joinPath(aside, path)) }
                try fs.rename(joinPath(staging, path), over: live)
                done.append(.placed(path, replaced: replaced))
            }
            for path in removed {
                try fs.rename(joinPath(output, path), over: joinPath(aside, path))
                done.append(.removed(path))
            }
            try fs.write(record.serialized(), to: joinPath(staging, marker))
            try fs.rename(joinPath(staging, marker), over: joinPath(output, marker))
        } catch {
            undo(done)
            try? fs.remove(staging)
            try? fs.remove(aside)
            throw error
        }
        removeEmptyFolders(above: removed)
        try? fs.remove(staging)
        try? fs.remove(aside)
    }

    /// Puts back what `done` changed, last step first, and the record;
    /// a folder made for a new file goes again.
    private func undo(_ done: [Done]) {
        var added: [String] = []
        for step in done.reversed() {
            switch step {
            case .placed(let path, let replaced):
                if replaced {
                    try? fs.rename(joinPath(aside, path), over: joinPath(output, path))
                } else {
                    try? fs.remove(joinPath(output, path))
                    added.append(path)
                }
            case .removed(let path):
                try? fs.rename(joinPath(aside, path), over: joinPath(output, path))
            }
        }
        if fs.isFile(joinPath(aside, WriteStage.marker)) {
            try? fs.rename(joinPath(aside, WriteStage.marker), over: joinPath(output, WriteStage.marker))
        }
        removeEmptyFolders(above: added)
    }

    /// The folders that `paths` going leaves empty, deepest first (a folder
    /// is removed only when it is listed and has nothing in it).
    private func removeEmptyFolders(above removed: [String]) {
        for folder in Self.folders(above: removed).sorted(by: { $0.utf8.count > $1.utf8.count }) {
            let full = joinPath(output, folder)
            if let entries = try? fs.list(full), entries.isEmpty { try? fs.remove(full) }
        }
    }

    /// Every folder that holds one of `paths` (site-relative), at any depth;
    /// never the site's own folder.
    static func folders(above paths: some Sequence<String>) -> Set<String> {
        var folders: Set<String> = []
        for path in paths {
            // Each folder above the path, deepest first, until one is known
            // (its own folders are then known too); a top-level name has none.
            let utf8 = path.utf8
            var end = utf8.endIndex
            while let slash = utf8[..<end].lastIndex(of: UInt8(ascii: "/")), slash != utf8.startIndex,
                  folders.insert(String(path[..<slash])).inserted {
                end = slash
            }
        }
        return folders
    }
}
