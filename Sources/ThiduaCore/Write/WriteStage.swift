import Foundation

/// The Write stage: puts the rendered files in the output folder so that
/// readers only ever see a complete site. Files go to a staging folder next
/// to the output folder, which is then swapped in; the previous site stays
/// untouched until every file of the new one is written.
public enum WriteStage {
    /// A marker thidua leaves in its output folder; a non-empty folder
    /// without it is never replaced, so a mistyped --output cannot wipe
    /// someone's documents.
    public static let marker = ".thidua-output"

    public struct Report: Sendable {
        public var filesWritten: Int
        public var bytesWritten: Int
    }

    /// `copies` are files copied in from elsewhere (the share-card cache):
    /// (source path, path in the site).
    public static func write(_ files: [OutputFile], to output: String, fileSystem fs: FileSystem,
                             copies: [(from: String, to: String)] = []) throws -> Report {
        let trimmed = output.hasSuffix("/") && output.count > 1 ? String(output.dropLast()) : output
        let (parent, name) = split(trimmed)
        if fs.isFile(trimmed) {
            throw failure(trimmed, "the output path is a file; choose a folder with --output")
        }
        if fs.isFolder(trimmed), !fs.isFile(joinPath(trimmed, marker)), !(try fs.list(trimmed)).isEmpty {
            throw failure(trimmed,
                "the folder exists, is not empty and was not made by thidua; remove it or choose another --output")
        }
        let staging = joinPath(parent, ".\(name).thidua-staging")
        let previous = joinPath(parent, ".\(name).thidua-previous")
        try fs.remove(staging)
        try fs.remove(previous)
        var bytes = 0
        do {
            for file in files {
                try fs.write(file.data, to: joinPath(staging, file.path))
                bytes += file.data.count
            }
            for copy in copies { bytes += try fs.copy(copy.from, to: joinPath(staging, copy.to)) }
            try fs.write(Data("thidua\n".utf8), to: joinPath(staging, marker))
        } catch {
            try? fs.remove(staging)
            throw failure(trimmed, "the site could not be written (\(error)); the previous site is unchanged")
        }
        let hadPrevious = fs.isFolder(trimmed)
        if hadPrevious { try fs.move(trimmed, to: previous) }
        do {
            try fs.move(staging, to: trimmed)
        } catch {
            if hadPrevious { try? fs.move(previous, to: trimmed) }
            try? fs.remove(staging)
            throw failure(trimmed, "the new site could not replace the old one (\(error)); the previous site is unchanged")
        }
        try? fs.remove(previous)
        return Report(filesWritten: files.count + copies.count, bytesWritten: bytes)
    }

    static func split(_ path: String) -> (parent: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let parent = String(path[..<slash])
        return (parent.isEmpty ? "/" : parent, String(path[path.index(after: slash)...]))
    }

    static func failure(_ path: String, _ message: String) -> BuildFailure {
        BuildFailure([.error(SourceLocation(path: path), message)])
    }
}
