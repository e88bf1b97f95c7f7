import Foundation

/// An entry of a folder listing.
public struct FolderEntry: Hashable, Sendable {
    public var name: String
    public var isFolder: Bool
    /// false when the name on disk is not UTF-8 (an archive unpacked from
    /// Windows): `name` then has U+FFFD for the bytes it could not read, and
    /// does not name the entry.
    public var nameIsExact: Bool

    public init(name: String, isFolder: Bool, nameIsExact: Bool = true) {
        self.name = name
        self.isFolder = isFolder
        self.nameIsExact = nameIsExact
    }
}

/// The one seam through which the Load and Write stages touch files: the
/// real disk in the command-line tool, memory in tests. Paths are plain
/// strings joined with `/`.
public protocol FileSystem: Sendable {
    /// The bytes of a file; throws when it does not exist or is a folder.
    func read(_ path: String) throws -> Data
    /// The entries of a folder, sorted by name (byte order).
    func list(_ path: String) throws -> [FolderEntry]
    func isFolder(_ path: String) -> Bool
    func isFile(_ path: String) -> Bool
    /// Writes a file, creating missing parent folders.
    func write(_ data: Data, to path: String) throws
    /// Removes a file or a whole folder; does nothing when absent.
    func remove(_ path: String) throws
    /// Removes a folder nothing reads any more (a replaced site), maybe
    /// after returning: its path is free at once, its files may be deleted
    /// by a process that outlives thidua (`DiskFileSystem`). What such a
    /// process leaves, `removeLeftovers(of:)` removes.
    func removeSoon(_ path: String)
    /// Removes what `removeSoon(path)` may have left beside `path`
    /// (an interrupted deletion), now.
    func removeLeftovers(of path: String) throws
    /// Renames a file or folder; the destination must not exist.
    func move(_ from: String, to: String) throws
    /// Renames a file (or folder) onto `to` in one step, replacing a file
    /// there (rename(2)): a reader of `to` finds the old bytes or the new,
    /// never neither. Creates missing parent folders.
    func rename(_ from: String, over to: String) throws
    /// Makes `to` the same file as `from` (a hard link on disk), creating
    /// missing parent folders: an unchanged file keeps its bytes and its
    /// modification time without being written again.
    func link(_ from: String, to: String) throws
    /// The path with symbolic links resolved.
    func resolvedPath(_ path: String) -> String
    /// The size of a file in bytes.
    func size(_ path: String) -> Int?
    /// Takes the exclusive lock named by `path` (a file, created when
    /// missing, that holds the holder's process id). With `wait`, blocks
    /// until the lock is free; without, returns nil at once when another
    /// holder has it.
    func lock(_ path: String, wait: Bool) throws -> FileLock?
}

extension FileSystem {
    /// Default: removed at once (the disk overrides this).
    public func removeSoon(_ path: String) { try? remove(path) }

    /// Default: nothing is ever left.
    public func removeLeftovers(of path: String) throws {}

    /// Default: no links (the disk overrides this).
    public func resolvedPath(_ path: String) -> String { path }

    /// Default: the length of the file's bytes (the disk asks without reading).
    public func size(_ path: String) -> Int? { (try? read(path))?.count }
}

/// A path's parent folder and last component: `a/b/c` → (`a/b`, `c`), `c` → (`.`, `c`), `/c` → (`/`, `c`).
package func splitPath(_ path: String) -> (parent: String, name: String) {
    guard let slash = path.lastIndex(of: "/") else { return (".", path) }
    let parent = String(path[..<slash])
    return (parent.isEmpty ? "/" : parent, String(path[path.index(after: slash)...]))
}

/// Joins path components with `/`, ignoring empty ones.
public func joinPath(_ parts: String...) -> String {
    joinPath(parts)
}

/// Joins path components with `/`, ignoring empty ones.
public func joinPath(_ parts: [String]) -> String {
    var result = ""
    for part in parts where !part.isEmpty {
        if result.isEmpty {
            result = part
        } else {
            let trimmed = part.hasPrefix("/") ? String(part.dropFirst()) : part
            result += result.hasSuffix("/") ? trimmed : "/" + trimmed
        }
    }
    return result
}

/// Errors of the file-system seam, worded for the office.
public struct FileSystemError: Error, CustomStringConvertible, Equatable, Sendable {
    public var path: String
    public var message: Message

    public init(path: String, message: Message) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(MessageCatalogue(language: .en, table: [:]).text(message))" }
}
