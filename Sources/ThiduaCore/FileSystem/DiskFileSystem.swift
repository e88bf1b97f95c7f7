import Foundation

/// The real disk.
public struct DiskFileSystem: FileSystem {
    public init() {}

    public func read(_ path: String) throws -> Data {
        guard isFile(path) else {
            throw FileSystemError(path: path, message: "file not found")
        }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw FileSystemError(path: path, message: "cannot read the file (\(error.localizedDescription))")
        }
    }

    public func list(_ path: String) throws -> [FolderEntry] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: path)
        } catch {
            throw FileSystemError(path: path, message: "cannot list the folder")
        }
        return names.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
            .map { FolderEntry(name: $0, isFolder: isFolder(joinPath(path, $0))) }
    }

    public func isFolder(_ path: String) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
    }

    public func isFile(_ path: String) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && !folder.boolValue
    }

    public func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        } catch {
            throw FileSystemError(path: path, message: "cannot write the file (\(error.localizedDescription))")
        }
    }

    public func remove(_ path: String) throws {
        guard FileManager.default.fileExists(atPath: path) else { return }
        do {
            try FileManager.default.removeItem(atPath: path)
        } catch {
            throw FileSystemError(path: path, message: "cannot remove (\(error.localizedDescription))")
        }
    }

    /// A hard link where the file system allows it (the card cache and the
    /// output usually share one), else a copy.
    public func copy(_ from: String, to: String) throws -> Int {
        let target = URL(fileURLWithPath: to)
        do {
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            if (try? FileManager.default.linkItem(atPath: from, toPath: to)) == nil {
                try FileManager.default.copyItem(atPath: from, toPath: to)
            }
            let size = try FileManager.default.attributesOfItem(atPath: to)[.size] as? NSNumber
            return size?.intValue ?? 0
        } catch {
            throw FileSystemError(path: to, message: "cannot copy \(from) (\(error.localizedDescription))")
        }
    }

    public func move(_ from: String, to: String) throws {
        do {
            try FileManager.default.moveItem(atPath: from, toPath: to)
        } catch {
            throw FileSystemError(path: from, message: "cannot rename to \(to) (\(error.localizedDescription))")
        }
    }
}
