import Foundation

/// The Write stage: puts the rendered files in the output folder so that
/// readers only ever see whole files of a finished build. Files go to a
/// staging folder next to the output folder; the previous site stays
/// untouched until every file of the new one is written. Then the staging
/// folder is swapped in, or, when few files changed, each changed file is
/// renamed onto the live site (`StagingWriter`, `InPlaceUpdate`). Files whose
/// bytes did not change are not written again, so their modification times
/// (and CDN caches) stay valid.
public enum WriteStage {
    /// A marker thidua leaves in its output folder; a non-empty folder
    /// without it is never replaced, so a mistyped --output cannot wipe
    /// someone's documents.
    public static let marker = ".thidua-output"

    public struct Report: Sendable {
        /// Files whose bytes were written.
        public var filesWritten: Int
        /// Files kept as they were (same bytes): left or linked, not rewritten.
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

    /// A file linked in from elsewhere (the share-card cache): its source
    /// path, its path in the site and, for a share card keyed by what it
    /// shows (`UnitKeys`), that key, which the manifest records.
    public typealias Copy = (from: String, to: String, key: PageKey?)

    /// `copies` are files linked in from elsewhere (the share-card cache).
    public static func write(_ files: [OutputFile], fingerprint: String, to output: String,
                             fileSystem fs: FileSystem, progress: BuildProgress? = nil,
                             copies: [Copy] = []) throws -> Report {
        try write(files, fingerprint: fingerprint, to: output, fileSystem: fs, progress: progress, pendingCopies: { copies })
    }

    /// As `write`, with the copies asked for only once every file is
    /// written: the share cards are still being rasterised meanwhile (see
    /// `Pipeline.build`). An error from `pendingCopies` is thrown as it is,
    /// and the output folder is left untouched.
    package static func write(_ files: [OutputFile], fingerprint: String, to output: String,
                      fileSystem fs: FileSystem, progress: BuildProgress? = nil,
                      pendingCopies: () throws -> [Copy]) throws -> Report {
        let writer = try StagingWriter(output: output, fileSystem: fs, progress: progress)
        writer.add(files)
        return try writer.finish(fingerprint: fingerprint, copies: pendingCopies)
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
