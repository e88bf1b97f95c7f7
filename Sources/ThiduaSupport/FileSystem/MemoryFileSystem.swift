import Foundation

/// A file system held in memory, for tests: whole small sites are written
/// inline and built without touching the disk. Folders exist implicitly
/// wherever a file lies below them.
public final class MemoryFileSystem: FileSystem, @unchecked Sendable {
    private var files: [String: Data] = [:]
    private let lock = NSLock()

    public init(files: [String: String] = [:]) {
        for (path, text) in files { self.files[Self.normalize(path)] = Data(text.utf8) }
    }

    /// Every file, by path.
    public var snapshot: [String: Data] {
        lock.lock(); defer { lock.unlock() }
        return files
    }

    /// The text of a file, or nil.
    public func text(_ path: String) -> String? {
        lock.lock(); defer { lock.unlock() }
        return files[Self.normalize(path)].map { String(decoding: $0, as: UTF8.self) }
    }

    public func read(_ path: String) throws -> Data {
        lock.lock(); defer { lock.unlock() }
        guard let data = files[Self.normalize(path)] else {
            throw FileSystemError(path: path, message: Message(.fileNotFound))
        }
        return data
    }

    public func list(_ path: String) throws -> [FolderEntry] {
        lock.lock(); defer { lock.unlock() }
        let prefix = Self.normalize(path) + "/"
        var entries: [String: Bool] = [:]
        for key in files.keys where key.hasPrefix(prefix) {
            let rest = key.dropFirst(prefix.count)
            if let slash = rest.firstIndex(of: "/") {
                entries[String(rest[..<slash])] = true
            } else {
                if entries[String(rest)] == nil { entries[String(rest)] = false }
            }
        }
        if entries.isEmpty { throw FileSystemError(path: path, message: Message(.cannotListFolder)) }
        return entries.keys.sortedByBytes { $0 }
            .map { FolderEntry(name: $0, isFolder: entries[$0]!) }
    }

    /// Locks held in this file system, by path; `lockChanged` wakes waiters.
    private var held: Set<String> = []
    private let lockChanged = NSCondition()

    public func lock(_ path: String, wait: Bool) throws -> FileLock? {
        let key = Self.normalize(path)
        lockChanged.lock()
        defer { lockChanged.unlock() }
        while held.contains(key) {
            if !wait { return nil }
            lockChanged.wait()
        }
        held.insert(key)
        return FileLock { [self] in
            lockChanged.lock()
            held.remove(key)
            lockChanged.broadcast()
            lockChanged.unlock()
        }
    }

    public func isFolder(_ path: String) -> Bool {
        lock.lock(); defer { lock.unlock() }
        let prefix = Self.normalize(path) + "/"
        return files.keys.contains { $0.hasPrefix(prefix) }
    }

    public func isFile(_ path: String) -> Bool {
        lock.lock(); defer { lock.unlock() }
        return files[Self.normalize(path)] != nil
    }

    public func write(_ data: Data, to path: String) throws {
        lock.lock(); defer { lock.unlock() }
        files[Self.normalize(path)] = data
        writes.append(Self.normalize(path))
    }

    public func remove(_ path: String) throws {
        lock.lock(); defer { lock.unlock() }
        let key = Self.normalize(path)
        files[key] = nil
        for other in files.keys where other.hasPrefix(key + "/") { files[other] = nil }
    }

    /// Paths written with `write` since the file system was made, in order.
    public private(set) var writes: [String] = []

    public func link(_ from: String, to: String) throws {
        lock.lock(); defer { lock.unlock() }
        guard let data = files[Self.normalize(from)] else {
            throw FileSystemError(path: from, message: Message(.fileNotFound))
        }
        files[Self.normalize(to)] = data
    }

    public func rename(_ from: String, over to: String) throws {
        lock.lock(); defer { lock.unlock() }
        let source = Self.normalize(from), target = Self.normalize(to)
        guard files[target] == nil || files[source] != nil else {
            throw FileSystemError(path: from, message: Message(.nothingToRename))
        }
        if let data = files.removeValue(forKey: source) {
            files[target] = data
            return
        }
        let moved = files.keys.filter { $0.hasPrefix(source + "/") }
        guard !moved.isEmpty, !files.keys.contains(where: { $0.hasPrefix(target + "/") }) else {
            throw FileSystemError(path: from, message: Message(.nothingToRename))
        }
        for key in moved {
            files[target + key.dropFirst(source.count)] = files.removeValue(forKey: key)
        }
    }

    public func move(_ from: String, to: String) throws {
        lock.lock(); defer { lock.unlock() }
        let source = Self.normalize(from), target = Self.normalize(to)
        if let data = files.removeValue(forKey: source) {
            files[target] = data
            return
        }
        let moved = files.keys.filter { $0.hasPrefix(source + "/") }
        guard !moved.isEmpty else { throw FileSystemError(path: from, message: Message(.nothingToRename)) }
        for key in moved {
            files[target + key.dropFirst(source.count)] = files.removeValue(forKey: key)
        }
    }

    private static func normalize(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") where part != "." && !part.isEmpty { parts.append(part) }
        return (path.hasPrefix("/") ? "/" : "") + parts.joined(separator: "/")
    }
}
