import Foundation

/// One build at a time per output folder (and per card cache): a build
/// holds an exclusive lock on a file beside the folder, `.NAME.thidua-lock`,
/// from before it reads the previous site until the new one is in place.
/// Two builds into one folder would otherwise interleave their staging
/// folders and swaps, and leave a site with files missing.
package enum OutputLock {
    /// The lock file guarding `folder`: beside it, hidden, like the staging folder.
    static func path(guarding folder: String) -> String {
        let (parent, name) = WriteStage.split(WriteStage.trim(folder))
        return joinPath(parent, ".\(name).thidua-lock")
    }

    /// Takes the lock guarding `folder`. When another build holds it: waits
    /// (telling `onWait` first), or with `wait: false` fails with a message
    /// naming the other process.
    package static func take(guarding folder: String, wait: Bool, fileSystem fs: FileSystem,
                     onWait: (@Sendable (Message) -> Void)?) throws -> FileLock {
        let path = path(guarding: folder)
        do {
            if let lock = try fs.lock(path, wait: false) { return lock }
            let holder = (try? fs.read(path)).map { String(decoding: $0, as: UTF8.self) }?
                .trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            let who = holder.isEmpty ? Message(.anotherBuild) : Message(.anotherBuildProcess, ["process": holder])
            guard wait else {
                throw BuildFailure([.error(SourceLocation(path: folder),
                    .outputLocked, ["who": who])])
            }
            onWait?(Message(.waitingForBuild, ["who": who, "folder": folder]))
            guard let lock = try fs.lock(path, wait: true) else {
                throw BuildFailure([.error(SourceLocation(path: path), .lockFailed)])
            }
            return lock
        } catch let error as FileSystemError {
            throw BuildFailure([.error(SourceLocation(path: error.path), error.message)])
        }
    }
}
