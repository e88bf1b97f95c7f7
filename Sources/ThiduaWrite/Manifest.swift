import Foundation

/// What a build left in its output folder, stored in the marker file
/// `.thidua-output`: the fingerprint of every input, and the hash and size
/// of every file. The next build uses it to skip an unchanged site entirely
/// (with `BuildRecord`) and to keep unchanged files (bytes and modification
/// times) as they are. It is published with the site, so it holds nothing
/// but hashes, sizes and paths of the site's own files.
public struct Manifest: Equatable, Sendable {
    public struct Entry: Equatable, Sendable {
        public var hash: ContentHash
        public var size: Int
    }

    public var fingerprint: String
    public var files: [String: Entry]

    public init(fingerprint: String, files: [String: Entry]) {
        self.fingerprint = fingerprint
        self.files = files
    }

    public init(fingerprint: String, outputs: [OutputFile]) {
        // A national site is over 100 MB of pages: hash them on every core.
        let entries = Parallel.map(outputs) { Entry(hash: ContentHash($0.data), size: $0.data.count) }
        var files: [String: Entry] = [:]
        files.reserveCapacity(outputs.count)
        for (file, entry) in zip(outputs, entries) { files[file.path] = entry }
        self.init(fingerprint: fingerprint, files: files)
    }

    /// `thidua <fingerprint>` then one line per file: `hash size path`, sorted by path.
    public func serialized() -> Data {
        var text = "thidua \(fingerprint)\n"
        text.reserveCapacity(files.count * 64)
        for path in files.keys.sortedByBytes(of: { $0 }) {
            let entry = files[path]!
            text += "\(entry.hash) \(entry.size) \(path)\n"
        }
        return Data(text.utf8)
    }

    /// Reads a marker file; nil for a marker of an older format or garbage.
    public static func parse(_ data: Data) -> Manifest? {
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
        guard let first = lines.first, first.hasPrefix("thidua ") else { return nil }
        var files: [String: Entry] = [:]
        for line in lines.dropFirst() {
            let parts = line.split(separator: " ", maxSplits: 2)
            guard parts.count == 3, let value = UInt64(parts[0], radix: 16), let size = Int(parts[1]) else { return nil }
            files[String(parts[2])] = Entry(hash: ContentHash(raw: value), size: size)
        }
        return Manifest(fingerprint: String(first.dropFirst("thidua ".count)), files: files)
    }
}
