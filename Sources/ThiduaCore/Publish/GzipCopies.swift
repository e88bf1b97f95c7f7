import CDeflate
import Foundation

/// `.gz` copies of the site's text files, written next to them for nginx's
/// `gzip_static`. Each copy is `gzip -9` output (no name, time 0, so the same
/// file always gives the same bytes) and takes its original's modification
/// time: an unchanged file gives an unchanged copy, which rsync then links
/// from the previous release instead of sending.
public enum GzipCopies {
    /// Extensions worth compressing. PNG and ZIP are compressed already.
    public static let extensions: Set<String> = ["html", "css", "js", "svg", "json", "csv", "xml", "txt"]

    public struct Report: Equatable, Sendable {
        /// Copies written (their original is new or changed).
        public var written = 0
        /// Copies already there for an unchanged original.
        public var reused = 0
        /// Files not worth a copy (the copy would not be smaller).
        public var skipped = 0
    }

    /// Whether `path` (relative to the site) gets a `.gz` copy.
    public static func isCompressible(_ path: String) -> Bool {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard !name.hasPrefix("."), let dot = name.lastIndex(of: ".") else { return false }
        return extensions.contains(name[name.index(after: dot)...].lowercased())
    }

    /// The gzip member of `data` at level 9 (header: no name, time 0).
    public static func gzip(_ data: Data) throws -> Data {
        var stream = z_stream()
        // windowBits 15 + 16: a gzip wrapper instead of zlib's.
        guard deflateInit2_(&stream, 9, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY,
                            ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw GzipFailure(description: "zlib cannot start")
        }
        defer { deflateEnd(&stream) }
        var input = [UInt8](data)
        var out = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(input.count))) + 32)
        let (status, produced) = input.withUnsafeMutableBufferPointer { input in
            out.withUnsafeMutableBufferPointer { out in
                stream.next_in = input.baseAddress
                stream.avail_in = uInt(input.count)
                stream.next_out = out.baseAddress
                stream.avail_out = uInt(out.count)
                let status = CDeflate.deflate(&stream, Z_FINISH)
                return (status, out.count - Int(stream.avail_out))
            }
        }
        guard status == Z_STREAM_END else { throw GzipFailure(description: "zlib cannot compress (status \(status))") }
        return Data(out[..<produced])
    }

    struct GzipFailure: Error, CustomStringConvertible {
        var description: String
    }

    /// Writes the copies for every compressible file under `site` (a folder on
    /// disk). A copy is kept only when smaller than its original; a copy whose
    /// original has the same modification time is reused as it is.
    public static func write(in site: String) throws -> Report {
        let files = try regularFiles(in: site).filter(isCompressible)
        let outcomes = Parallel.map(files) { relative -> Result<Outcome, Error> in
            Result { try writeCopy(of: joinPath(site, relative)) }
        }
        var report = Report()
        for outcome in outcomes {
            switch try outcome.get() {
            case .written: report.written += 1
            case .reused: report.reused += 1
            case .skipped: report.skipped += 1
            }
        }
        return report
    }

    enum Outcome { case written, reused, skipped }

    static func writeCopy(of path: String) throws -> Outcome {
        let fm = FileManager.default
        let copy = path + ".gz"
        let modified = try modificationTime(path)
        if fm.fileExists(atPath: copy), (try? modificationTime(copy)) == modified {
            return .reused
        }
        let original = try Data(contentsOf: URL(fileURLWithPath: path))
        let packed = try gzip(original)
        guard packed.count < original.count else {
            try? fm.removeItem(atPath: copy)
            return .skipped
        }
        // A new file (not a rewrite in place): the original may be a hard
        // link shared with an earlier build, and so may an old copy.
        let temporary = copy + ".thidua-tmp"
        try? fm.removeItem(atPath: temporary)
        try packed.write(to: URL(fileURLWithPath: temporary))
        try setModificationTime(temporary, modified)
        _ = try? fm.removeItem(atPath: copy)
        try fm.moveItem(atPath: temporary, toPath: copy)
        return .written
    }

    /// Site-relative paths of the regular files under `root`, in byte order.
    static func regularFiles(in root: String) throws -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: root) else { return [] }
        var result: [String] = []
        while let relative = walker.nextObject() as? String {
            if walker.fileAttributes?[.type] as? FileAttributeType == .typeRegular { result.append(relative) }
        }
        return result.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    static func modificationTime(_ path: String) throws -> timespec {
        var info = stat()
        guard stat(path, &info) == 0 else { throw GzipFailure(description: "\(path): \(String(cString: strerror(errno)))") }
        return info.st_mtim
    }

    static func setModificationTime(_ path: String, _ time: timespec) throws {
        var times = [time, time]
        guard utimensat(AT_FDCWD, path, &times, 0) == 0 else {
            throw GzipFailure(description: "\(path): \(String(cString: strerror(errno)))")
        }
    }
}

extension timespec: @retroactive Equatable {
    public static func == (a: timespec, b: timespec) -> Bool { a.tv_sec == b.tv_sec && a.tv_nsec == b.tv_nsec }
}
