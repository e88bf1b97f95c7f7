import Foundation

/// Writes a site into the staging folder beside its output folder while
/// the site is still being rendered, then puts it in place (see
/// `WriteStage`). Files are written on two lanes of their own, each folder
/// always on the same lane: two threads creating files in one folder take
/// turns on its lock. A file whose bytes the live site has (by the
/// manifest's hash), or a page kept by its key (`OutputFile.kept`), is not
/// written: it stays the live site's file.
///
/// `finish` then either swaps the staging folder in, after hard-linking
/// the unchanged files into it (a first build, or one that changed many
/// files), or, when the build changed fewer than a third of the live
/// site's files, moves the changed files onto the live site one by one
/// (`InPlaceUpdate`): a changed figure then costs a few renames, not a new
/// tree of 14,000 links and folders and the deletion of the old one.
/// Nothing outside the staging folder changes until `finish`; `abandon`
/// removes it.
package final class StagingWriter: @unchecked Sendable {
    let fs: FileSystem
    /// The output folder, without a trailing slash.
    let output: String
    let staging: String
    /// Where the live site goes while the new one is moved in.
    let previousFolder: String
    /// The live site's manifest.
    let old: Manifest?
    /// Counts the files written or linked.
    let progress: BuildProgress?

    private let lanes = [DispatchQueue(label: "thidua.write.0"), DispatchQueue(label: "thidua.write.1")]
    private let pending = DispatchGroup()
    private let lock = NSLock()
    private var entries: [String: Manifest.Entry] = [:]
    /// Paths written to the staging folder.
    private var staged: [String] = []
    /// Paths whose live file is the new site's (kept pages, unchanged bytes).
    private var unchanged: [String] = []
    private var report = WriteStage.Report(filesWritten: 0, filesKept: 0, filesRemoved: 0, bytesWritten: 0)
    private var error: (any Error)?

    /// Checks the output folder (never one thidua did not make) and clears
    /// what an interrupted build may have left beside it.
    package init(output: String, fileSystem fs: FileSystem, progress: BuildProgress? = nil) throws {
        let trimmed = WriteStage.trim(output)
        let (parent, name) = WriteStage.split(trimmed)
        if fs.isFile(trimmed) {
            throw WriteStage.failure(trimmed, Message(.outputIsFile))
        }
        if fs.isFolder(trimmed), !fs.isFile(joinPath(trimmed, WriteStage.marker)), !(try fs.list(trimmed)).isEmpty {
            throw WriteStage.failure(trimmed, Message(.outputNotOurs))
        }
        self.fs = fs
        self.output = trimmed
        self.progress = progress
        old = WriteStage.manifest(in: trimmed, fileSystem: fs)
        staging = joinPath(parent, ".\(name).thidua-staging")
        previousFolder = joinPath(parent, ".\(name).thidua-previous")
        try fs.remove(staging)
        try fs.remove(previousFolder)
        try fs.removeLeftovers(of: previousFolder)
    }

    /// Writes `files` on the lanes and returns at once; any core may call it.
    package func add(_ files: [OutputFile]) {
        guard !files.isEmpty else { return }
        var byLane: [[OutputFile]] = [[], []]
        for file in files { byLane[Self.lane(of: file.path)].append(file) }
        for (lane, batch) in byLane.enumerated() where !batch.isEmpty {
            lanes[lane].async(group: pending) { self.write(batch) }
        }
    }

    /// Waits for every file, links `copies` (share cards and reports from
    /// the cache) that changed, writes the manifest and puts the new site in
    /// place. On an error, the output folder is left as it was. `progress`
    /// counts the copies.
    package func finish(fingerprint: String, progress: BuildProgress? = nil,
                copies pendingCopies: () throws -> [WriteStage.Copy]) throws -> WriteStage.Report {
        pending.wait()
        if let error {
            abandon()
            throw WriteStage.failure(output, Message(.siteNotWritten, ["error": WriteStage.reason(error)]))
        }
        let copies: [WriteStage.Copy]
        do {
            copies = try pendingCopies()
        } catch {
            abandon()
            throw error
        }
        progress?.setTotal(copies.count)
        var new = Manifest(fingerprint: fingerprint, files: entries)
        let linked = Parallel.map(copies) { copy in
            Result { () throws -> (entry: Manifest.Entry, staged: Bool) in
                var entry = CardCache.manifestEntry(copy.from, fileSystem: self.fs)
                entry.key = copy.key
                if let before = self.old?.files[copy.to], before.hash == entry.hash, before.size == entry.size,
                   self.fs.isFile(joinPath(self.output, copy.to)) {
                    return (entry, false)
                }
                try self.fs.link(copy.from, to: joinPath(self.staging, copy.to))
                return (entry, true)
            }
        }
        let removed: [String]
        let inPlace: Bool
        do {
            for (copy, outcome) in zip(copies, linked) {
                let (entry, isStaged) = try outcome.get()
                new.files[copy.to] = entry
                if isStaged { staged.append(copy.to) } else { unchanged.append(copy.to) }
                if let before = old?.files[copy.to], before.hash == entry.hash, before.size == entry.size {
                    report.filesKept += 1
                } else {
                    report.filesWritten += 1
                    report.bytesWritten += entry.size
                }
                progress?.advance()
            }
            let gone = old.map { $0.files.keys.filter { new.files[$0] == nil } } ?? []
            report.filesRemoved = gone.count
            inPlace = old != nil && fs.isFolder(output) && 3 * (staged.count + gone.count) < staged.count + unchanged.count
            if inPlace {
                removed = gone + strays(of: new, gone: gone)
            } else {
                removed = gone
                try linkUnchanged()
                try fs.write(new.serialized(), to: joinPath(staging, WriteStage.marker))
            }
        } catch {
            abandon()
            throw WriteStage.failure(output, Message(.siteNotWritten, ["error": WriteStage.reason(error)]))
        }
        if inPlace, let old {
            do {
                try InPlaceUpdate(fs: fs, output: output, staging: staging, aside: previousFolder)
                    .apply(staged: staged.sortedByBytes { $0 }, removed: removed.sortedByBytes { $0 }, record: new, before: old)
            } catch {
                throw WriteStage.failure(output, Message(.siteNotSwapped, ["error": WriteStage.reason(error)]))
            }
            return report
        }
        let hadPrevious = fs.isFolder(output)
        if hadPrevious { try fs.move(output, to: previousFolder) }
        do {
            try fs.move(staging, to: output)
        } catch {
            if hadPrevious { try? fs.move(previousFolder, to: output) }
            try? fs.remove(staging)
            throw WriteStage.failure(output, Message(.siteNotSwapped, ["error": WriteStage.reason(error)]))
        }
        // The new site is live: the old one's files are freed while thidua returns.
        fs.removeSoon(previousFolder)
        return report
    }

    /// Hard-links the files the build kept from the live site into the
    /// staging folder, to swap it in whole.
    private func linkUnchanged() throws {
        let outcomes = Parallel.map(unchanged) { path in
            Result { try self.fs.link(joinPath(self.output, path), to: joinPath(self.staging, path)) }
        }
        for outcome in outcomes { try outcome.get() }
    }

    /// What the output folder holds that the new site does not and that no
    /// build recorded (a file put there by hand, a folder left by an
    /// interrupted build): a swap would drop it, and so does an update in place.
    private func strays(of site: Manifest, gone: [String]) -> [String] {
        // The folders of the new site and of the old (the new site's and
        // those above the old files it lacks): a folder only the old one has
        // is emptied by removing its files, then removed.
        let folders = InPlaceUpdate.folders(above: site.files.keys)
            .union(InPlaceUpdate.folders(above: gone)).union([""])
        let listed = Parallel.map(folders.sortedByBytes { $0 }) { folder in
            (folder, (try? fs.list(joinPath(output, folder))) ?? [])
        }
        var strays: [String] = []
        for (folder, entries) in listed {
            // A name that is not UTF-8 cannot be named to move it aside: such
            // a stray stays, as it would not in a swap (which removes by bytes).
            for entry in entries where entry.nameIsExact {
                let path = folder.isEmpty ? entry.name : folder + "/" + entry.name
                if entry.isFolder ? !folders.contains(path) : site.files[path] == nil && old?.files[path] == nil && path != WriteStage.marker {
                    strays.append(path)
                }
            }
        }
        return strays
    }

    /// Waits for the lanes and removes the staging folder: the build failed.
    package func abandon() {
        pending.wait()
        try? fs.remove(staging)
    }

    /// The lane of a file's folder.
    static func lane(of path: String) -> Int {
        let folder = path.utf8.lastIndex(of: UInt8(ascii: "/")).map { path.utf8[..<$0] } ?? path.utf8[path.utf8.startIndex..<path.utf8.startIndex]
        var sum = 0
        for byte in folder { sum = sum &* 31 &+ Int(byte) }
        return sum & 1
    }

    /// One lane's batch, in order; nothing more once a file failed.
    private func write(_ batch: [OutputFile]) {
        for file in batch {
            if lock.withLock({ error != nil }) { return }
            do {
                let target = joinPath(staging, file.path)
                let existing = joinPath(output, file.path)
                let entry: Manifest.Entry
                let written: Bool
                if file.kept {
                    guard let before = old?.files[file.path] else { throw KeptPageMissing(path: file.path) }
                    entry = Manifest.Entry(hash: before.hash, size: before.size, key: file.key)
                    written = false
                } else {
                    entry = Manifest.Entry(hash: ContentHash(file.data), size: file.data.count, key: file.key)
                    if let before = old?.files[file.path], before.hash == entry.hash, before.size == entry.size,
                       fs.isFile(existing) {
                        written = false
                    } else {
                        try fs.write(file.data, to: target)
                        written = true
                    }
                }
                lock.withLock {
                    entries[file.path] = entry
                    if written {
                        staged.append(file.path)
                        report.filesWritten += 1
                        report.bytesWritten += entry.size
                    } else {
                        unchanged.append(file.path)
                        report.filesKept += 1
                    }
                }
                progress?.advance()
            } catch {
                lock.withLock { if self.error == nil { self.error = error } }
                return
            }
        }
    }
}

/// A page kept by its key whose entry the live site's manifest lacks: the
/// Render stage is only given keys from that manifest, so this is a bug.
struct KeptPageMissing: Error, CustomStringConvertible {
    var path: String
    var description: String { "\(path): kept, but not in the live site's manifest" }
}
