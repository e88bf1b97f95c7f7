import Foundation
#if canImport(Glibc)
import Glibc
// Named here because DiskFileSystem's own write(_:to:) and link(_:to:) hide them.
private let posixWrite = Glibc.write
private let linkFile = Glibc.link
private let renameFile = Glibc.rename
#elseif canImport(Darwin)
import Darwin
private let posixWrite = Darwin.write
private let linkFile = Darwin.link
private let renameFile = Darwin.rename
#endif

/// The real disk.
public struct DiskFileSystem: FileSystem {
    public init() {}

    public func read(_ path: String) throws -> Data {
        guard isFile(path) else {
            throw FileSystemError(path: path, message: Message(.fileNotFound))
        }
        // Opening a named pipe would wait for a writer forever; name what it is instead.
        var status = stat()
        if stat(path, &status) == 0, let kind = Self.special(status.st_mode) {
            throw FileSystemError(path: path,
                message: Message(.notOrdinaryFile, ["kind": kind]))
        }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw FileSystemError(path: path, message: Message(.cannotReadFile, ["localizedDescription": error.localizedDescription]))
        }
    }

    /// What a path is when it is neither an ordinary file nor a folder.
    static func special(_ mode: mode_t) -> MessageKey? {
        switch mode & S_IFMT {
        case S_IFIFO: return .kindFifo
        case S_IFSOCK: return .kindSocket
        case S_IFCHR: return .kindCharacterDevice
        case S_IFBLK: return .kindBlockDevice
        default: return nil
        }
    }

    public func list(_ path: String) throws -> [FolderEntry] {
        // readdir(3): its entry type says file or folder without a stat(2)
        // per entry (FileManager's listing has no types); a symbolic link is
        // followed, as `isFolder` does.
        guard let folder = opendir(path) else { throw FileSystemError(path: path, message: Message(.cannotListFolder)) }
        defer { closedir(folder) }
        var entries: [FolderEntry] = []
        while let entry = readdir(folder) {
            let (name, exact) = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                let name = bytes.prefix { $0 != 0 }
                // Decoded once; repaired (U+FFFD) only when it is not UTF-8.
                let exact = String(validating: name, as: UTF8.self)
                return (exact ?? String(decoding: name, as: UTF8.self), exact != nil)
            }
            if name == "." || name == ".." { continue }
            let type = entry.pointee.d_type
            let isFolder = type == UInt8(DT_DIR) ? true
                : type == UInt8(DT_REG) ? false
                : self.isFolder(joinPath(path, name))
            entries.append(FolderEntry(name: name, isFolder: isFolder, nameIsExact: exact))
        }
        return entries.sortedByBytes { $0.name }
    }

    public func resolvedPath(_ path: String) -> String {
        URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path
    }

    public func size(_ path: String) -> Int? {
        // stat(2): FileManager's attributes cost a dictionary of a dozen values per call.
        var status = stat()
        guard stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(status.st_size)
    }

    /// flock(2) on the lock file: the kernel releases it when the process
    /// ends, even by `kill -9`, so a crashed build never leaves a stale lock.
    public func lock(_ path: String, wait: Bool) throws -> FileLock? {
        var fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        if fd < 0, errno == ENOENT {
            try Self.makeParent(of: path)
            fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        }
        guard fd >= 0 else {
            throw FileSystemError(path: path, message: Message(.cannotCreateLockFile, ["value": String(cString: strerror(errno))]))
        }
        while flock(fd, LOCK_EX | (wait ? 0 : LOCK_NB)) != 0 {
            let failure = errno
            if failure == EINTR { continue }
            close(fd)
            if failure == EWOULDBLOCK { return nil }
            throw FileSystemError(path: path, message: Message(.cannotLockFile, ["value": String(cString: strerror(failure))]))
        }
        let holder = Array("\(getpid())\n".utf8)
        _ = ftruncate(fd, 0)
        _ = holder.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        return FileLock {
            _ = flock(fd, LOCK_UN)
            close(fd)
        }
    }

    // stat(2), following links as FileManager's fileExists does, without
    // its bridging: a rebuild asks this of each of a national site's 10,000 files.
    public func isFolder(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }

    public func isFile(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) != S_IFDIR
    }

    public func write(_ data: Data, to path: String) throws {
        // Most files go into a folder that exists: try first, create the folder only when needed.
        if Self.put(data, path) { return }
        do {
            try Self.makeParent(of: path)
            if !Self.put(data, path) { try data.write(to: URL(fileURLWithPath: path)) }
        } catch let failure as FileSystemError {
            throw failure
        } catch {
            throw FileSystemError(path: path, message: Message(.cannotWriteFile, ["localizedDescription": error.localizedDescription]))
        }
    }

    private static func makeParent(of path: String) throws {
        guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return }
        try makeFolder(String(path[..<slash]))
    }

    /// mkdir(2), and its missing parents first. FileManager's
    /// `createDirectory(withIntermediateDirectories:)` examines every part of
    /// the path, for each of a national site's 3,400 folders.
    private static func makeFolder(_ folder: String) throws {
        if mkdir(folder, 0o755) == 0 || errno == EEXIST { return }
        if errno == ENOENT, let slash = folder.lastIndex(of: "/"), slash != folder.startIndex {
            try makeFolder(String(folder[..<slash]))
            if mkdir(folder, 0o755) == 0 || errno == EEXIST { return }
        }
        throw FileSystemError(path: folder, message: Message(.cannotCreateFolder, ["value": String(cString: strerror(errno))]))
    }

    /// Writes with plain POSIX calls: Foundation's `Data.write` syncs every
    /// file to the disk, which for a site of thousands of pages costs more
    /// than everything else together. The Write stage swaps the folder in
    /// only after all files are written, so a crash still leaves the old site.
    private static func put(_ data: Data, _ path: String) -> Bool {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        return data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Bool in
            var offset = 0
            while offset < buffer.count {
                let written = posixWrite(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written <= 0 { return false }
                offset += written
            }
            return true
        }
    }

    /// A file, a symbolic link (not what it points to) or a folder with
    /// everything in it; nothing when there is nothing at `path`.
    public func remove(_ path: String) throws {
        // "link/" would resolve the link: the path names the entry itself.
        var path = path
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        var status = stat()
        guard try Self.done(lstat(path, &status), path) else { return }
        try Self.remove(path.utf8CString.map { $0 }, in: AT_FDCWD, isFolder: (status.st_mode & S_IFMT) == S_IFDIR, shown: path)
    }

    /// Renames the folder aside (`<parent>/.<name>.removing-<pid>`) and
    /// leaves its deletion to a detached `rm -rf`, so the build returns
    /// while the kernel frees the files: a week's new figures replace a
    /// national site, 10,000 files whose deletion took a second after the
    /// new site was already live. Removed at once when that cannot be done.
    public func removeSoon(_ path: String) {
        let (parent, name) = splitPath(path)
        let aside = joinPath(parent, Self.removingPrefix(name) + String(getpid()))
        guard (try? remove(aside)) != nil, renameFile(path, aside) == 0 else {
            try? remove(path)
            return
        }
        // A shell that starts rm in the background and exits: rm is nobody's
        // child to wait for, and outlives thidua. Spawned directly, with
        // /dev/null for its standard files and no other of thidua's open
        // (Foundation's Process waits until every process holding its pipes ends).
        if Self.spawnDetached(["/bin/sh", "-c", "rm -rf -- \"$1\" &", "thidua", aside]) { return }
        try? remove(aside)
    }

    /// Runs `arguments` (a shell that leaves a job in the background) and
    /// waits for it; whether it ran and exited with status 0.
    private static func spawnDetached(_ arguments: [String]) -> Bool {
        var actions = posix_spawn_file_actions_t()
        guard posix_spawn_file_actions_init(&actions) == 0 else { return false }
        defer { posix_spawn_file_actions_destroy(&actions) }
        for descriptor: Int32 in 0...2 {
            posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        var argv = arguments.map { strdup($0) }
        defer { argv.forEach { free($0) } }
        argv.append(nil)
        var pid: pid_t = 0
        guard posix_spawn(&pid, arguments[0], &actions, nil, argv, environ) == 0 else { return false }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        // WIFEXITED and WEXITSTATUS(status) == 0.
        return status & 0x7f == 0 && (status >> 8) & 0xff == 0
    }

    /// Removes the folders `removeSoon(path)` set aside whose deletion did
    /// not finish (thidua's or the machine's stop), and any still going.
    public func removeLeftovers(of path: String) throws {
        let (parent, name) = splitPath(path)
        let prefix = Self.removingPrefix(name)
        guard let entries = try? list(parent) else { return }
        for entry in entries where entry.nameIsExact && entry.name.hasPrefix(prefix)
            && entry.name.dropFirst(prefix.count).allSatisfy(\.isNumber) {
            try remove(joinPath(parent, entry.name))
        }
    }

    /// `.<name>.removing-`: the name of a folder set aside, but for the process id.
    private static func removingPrefix(_ name: String) -> String {
        (name.hasPrefix(".") ? "" : ".") + name + ".removing-"
    }

    /// Removes entry `name` of the open folder `parent` (`AT_FDCWD`: a path),
    /// a folder with its files, then its subfolders, on every core when it
    /// has several. Entries are named by their bytes as the folder lists
    /// them (`unlinkat`, `openat`), never through a `String`, so a name that
    /// is not UTF-8 (an archive unpacked from Windows) is removed too, and a
    /// symbolic link is removed, never followed. A build that swaps a
    /// national site in removes the last one, 10,000 files in 3,700
    /// folders, which FileManager did on one core in more than a second.
    /// `shown`: the entry's path, for messages.
    private static func remove(_ name: [CChar], in parent: Int32, isFolder: Bool, shown: String) throws {
        guard isFolder else {
            _ = try done(unlinkat(parent, name, 0), shown)
            return
        }
        let folder = openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard try done(folder, shown) else { return }
        defer { close(folder) }
        // fdopendir owns the descriptor it is given: it reads a duplicate.
        let listing = dup(folder)
        guard listing >= 0, let stream = fdopendir(listing) else {
            let code = errno
            if listing >= 0 { close(listing) }
            throw removalError(shown, code)
        }
        var entries: [(name: [CChar], isFolder: Bool)] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                Array(bytes.prefix { $0 != 0 }.map { CChar(bitPattern: $0) }) + [0]
            }
            if name == [46, 0] || name == [46, 46, 0] { continue }   // "." and ".."
            var isFolder = entry.pointee.d_type == UInt8(DT_DIR)
            if entry.pointee.d_type == UInt8(DT_UNKNOWN) {
                var status = stat()
                isFolder = fstatat(folder, name, &status, AT_SYMLINK_NOFOLLOW) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
            }
            entries.append((name, isFolder))
        }
        closedir(stream)
        // The files first, then the subfolders: on every core when there are several.
        let (files, folders) = (entries.filter { !$0.isFolder }, entries.filter(\.isFolder))
        for file in files { _ = try done(unlinkat(folder, file.name, 0), entryPath(shown, file.name)) }
        func removing(_ entry: (name: [CChar], isFolder: Bool)) -> Result<Void, Error> {
            Result { try remove(entry.name, in: folder, isFolder: true, shown: entryPath(shown, entry.name)) }
        }
        let removed = folders.count < 4 ? folders.map(removing) : Parallel.map(folders, removing)
        for outcome in removed { try outcome.get() }
        _ = try done(unlinkat(parent, name, AT_REMOVEDIR), shown)
    }

    /// Whether a system call that returned `result` succeeded: false when
    /// what it was given is not there (gone already), and the error
    /// otherwise, read from `errno` before anything else can change it.
    private static func done(_ result: Int32, _ shown: @autoclosure () -> String) throws -> Bool {
        guard result < 0 else { return true }
        let code = errno
        if code == ENOENT { return false }
        throw removalError(shown(), code)
    }

    /// An entry's path as messages show it.
    private static func entryPath(_ folder: String, _ name: [CChar]) -> String {
        joinPath(folder, String(decoding: name.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self))
    }

    private static func removalError(_ path: String, _ code: Int32) -> FileSystemError {
        FileSystemError(path: path, message: Message(.cannotRemove, ["localizedDescription": String(cString: strerror(code))]))
    }

    public func link(_ from: String, to: String) throws {
        // POSIX link(2): FileManager's linkItem also stats both paths and copies extended attributes.
        if linkFile(from, to) == 0 { return }
        do {
            try Self.makeParent(of: to)
            if linkFile(from, to) == 0 { return }
        } catch {}
        // Some file systems refuse hard links: fall back to a copy.
        try write(read(from), to: to)
    }

    public func rename(_ from: String, over to: String) throws {
        if renameFile(from, to) == 0 { return }
        if errno == ENOENT, isFile(from) || isFolder(from) {
            try Self.makeParent(of: to)
            if renameFile(from, to) == 0 { return }
        }
        throw FileSystemError(path: from, message: Message(.cannotRename, ["to": to, "localizedDescription": String(cString: strerror(errno))]))
    }

    public func move(_ from: String, to: String) throws {
        do {
            try FileManager.default.moveItem(atPath: from, toPath: to)
        } catch {
            throw FileSystemError(path: from, message: Message(.cannotRename, ["to": to, "localizedDescription": error.localizedDescription]))
        }
    }
}
