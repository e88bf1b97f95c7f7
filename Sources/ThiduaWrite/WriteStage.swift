import Foundation

/// The Write stage: puts the rendered files in the output folder so that
/// readers only ever see a complete site. Files go to a staging folder next
/// to the output folder, which is then swapped in; the previous site stays
/// untouched until every file of the new one is written. Files whose bytes
/// did not change are hard-linked from the previous site instead of being
/// written, so their modification times (and CDN caches) stay valid.
public enum WriteStage {
    /// A marker thidua leaves in its output folder; a non-empty folder
    /// without it is never replaced, so a mistyped --output cannot wipe
    /// someone's documents.
    public static let marker = ".thidua-output"

    public struct Report: Sendable {
        /// Files whose bytes were written.
        public var filesWritten: Int
        /// Files kept as they were (same bytes): linked, not rewritten.
        public var filesKept: Int
        /// Files of the previous site that the new one no longer has.
        public var filesRemoved: Int
        public var bytesWritten: Int
    }

    /// The manifest of the site in `output`, if thidua made it.
    public static func manifest(in output: String, fileSystem fs: FileSystem) -> Manifest? {
        let path = joinPath(trim(output), marker)
        guard fs.isFile(path), let data = try? fs.read(path) else { return nil }
        return Manifest.parse(data)
    }

    /// `copies` are files linked in from elsewhere (the share-card cache):
    /// (source path, path in the site).
    public static func write(_ files: [OutputFile], fingerprint: String, to output: String,
                             fileSystem fs: FileSystem, progress: BuildProgress? = nil,
                             copies: [(from: String, to: String)] = []) throws -> Report {
        try write(files, fingerprint: fingerprint, to: output, fileSystem: fs, progress: progress, pendingCopies: { copies })
    }

    /// As `write`, with the copies asked for only once every file is
    /// written: the share cards are still being rasterised meanwhile (see
    /// `Pipeline.build`). An error from `pendingCopies` is thrown as it is,
    /// and the output folder is left untouched.
    package static func write(_ files: [OutputFile], fingerprint: String, to output: String,
                      fileSystem fs: FileSystem, progress: BuildProgress? = nil,
                      pendingCopies: () throws -> [(from: String, to: String)]) throws -> Report {
        let trimmed = trim(output)
        let (parent, name) = split(trimmed)
        if fs.isFile(trimmed) {
            throw failure(trimmed, Message(.outputIsFile))
        }
        if fs.isFolder(trimmed), !fs.isFile(joinPath(trimmed, marker)), !(try fs.list(trimmed)).isEmpty {
            throw failure(trimmed, Message(.outputNotOurs))
        }
        let old = manifest(in: trimmed, fileSystem: fs)
        var new = Manifest(fingerprint: fingerprint, outputs: files)
        let staging = joinPath(parent, ".\(name).thidua-staging")
        let previous = joinPath(parent, ".\(name).thidua-previous")
        try fs.remove(staging)
        try fs.remove(previous)
        var report = Report(filesWritten: 0, filesKept: 0, filesRemoved: 0, bytesWritten: 0)
        enum Operation { case file(Int), copy(Int) }
        var copies: [(from: String, to: String)] = []
        // Files are independent: write (or link) them on every core, one
        // folder at a time per core. Two cores creating files in the same
        // folder take turns on its lock (and spin while they wait): the
        // 3,321 embeds of a national campaign share one folder.
        // The rendered files first, then the copies once they are ready.
        func run(_ operations: [(path: String, operation: Operation)]) throws {
            let batches = Self.byFolder(operations)
            let outcomes = Parallel.map(batches) { batch -> [Result<Bool, Error>] in
                batch.map { operation in
                    defer { progress?.advance() }
                    return Result {
                        switch operation {
                        case .file(let i):
                            let file = files[i]
                            let target = joinPath(staging, file.path)
                            let existing = joinPath(trimmed, file.path)
                            if let before = old?.files[file.path], before == new.files[file.path], fs.isFile(existing) {
                                try fs.link(existing, to: target)
                                return false
                            }
                            try fs.write(file.data, to: target)
                            return true
                        case .copy(let j):
                            let copy = copies[j]
                            try fs.link(copy.from, to: joinPath(staging, copy.to))
                            return !(old?.files[copy.to] != nil && old?.files[copy.to] == new.files[copy.to])
                        }
                    }
                }
            }
            for (operation, outcome) in zip(batches.joined(), outcomes.joined()) {
                let written = try outcome.get()
                let size: Int
                switch operation {
                case .file(let i): size = files[i].data.count
                case .copy(let j): size = new.files[copies[j].to]?.size ?? 0
                }
                if written {
                    report.filesWritten += 1
                    report.bytesWritten += size
                } else {
                    report.filesKept += 1
                }
            }
        }
        do {
            try run(files.indices.map { (files[$0].path, Operation.file($0)) })
        } catch {
            try? fs.remove(staging)
            throw failure(trimmed, Message(.siteNotWritten, ["error": Self.reason(error)]))
        }
        do {
            copies = try pendingCopies()
        } catch {
            try? fs.remove(staging)
            throw error
        }
        for (copy, entry) in zip(copies, Parallel.map(copies) { CardCache.manifestEntry($0.from, fileSystem: fs) }) {
            new.files[copy.to] = entry
        }
        do {
            try run(copies.indices.map { (copies[$0].to, Operation.copy($0)) })
            try fs.write(new.serialized(), to: joinPath(staging, marker))
        } catch {
            try? fs.remove(staging)
            throw failure(trimmed, Message(.siteNotWritten, ["error": Self.reason(error)]))
        }
        report.filesRemoved = old.map { $0.files.keys.filter { new.files[$0] == nil }.count } ?? 0
        let hadPrevious = fs.isFolder(trimmed)
        if hadPrevious { try fs.move(trimmed, to: previous) }
        do {
            try fs.move(staging, to: trimmed)
        } catch {
            if hadPrevious { try? fs.move(previous, to: trimmed) }
            try? fs.remove(staging)
            throw failure(trimmed, Message(.siteNotSwapped, ["error": Self.reason(error)]))
        }
        try? fs.remove(previous)
        return report
    }

    /// Operations grouped by the folder of their path, largest group first
    /// (then in order of first appearance), each group in its given order.
    static func byFolder<Operation>(_ operations: [(path: String, operation: Operation)]) -> [[Operation]] {
        var index: [Substring: Int] = [:]
        var groups: [[Operation]] = []
        for (path, operation) in operations {
            let folder = path[..<(path.lastIndex(of: "/") ?? path.startIndex)]
            if let i = index[folder] {
                groups[i].append(operation)
            } else {
                index[folder] = groups.count
                groups.append([operation])
            }
        }
        return groups.enumerated().sorted { a, b in
            a.element.count != b.element.count ? a.element.count > b.element.count : a.offset < b.offset
        }.map(\.element)
    }

    package static func trim(_ output: String) -> String {
        output.hasSuffix("/") && output.count > 1 ? String(output.dropLast()) : output
    }

    static func split(_ path: String) -> (parent: String, name: String) {
        splitPath(path)
    }

    static func failure(_ path: String, _ message: Message) -> BuildFailure {
        BuildFailure([.error(SourceLocation(path: path), message)])
    }

    /// Why a write failed: the file-system message with its path, or the error as Swift describes it.
    static func reason(_ error: any Error) -> MessageValue {
        guard let failure = error as? FileSystemError else { return .text("\(error)") }
        return Message(.pathReason, ["path": failure.path, "reason": failure.message]).messageValue
    }
}
