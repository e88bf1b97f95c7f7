import Foundation

/// What a build left in its output folder, stored in the marker file
/// `.thidua-output`: the fingerprint of every input, and the hash and size
/// of every file. The next build uses it to skip an unchanged site entirely
/// (with `BuildRecord`) and to keep unchanged files (bytes and modification
/// times) as they are, and each page's `PageKey` to leave pages whose model
/// did not change unrendered. It holds nothing but hashes, sizes and paths
/// of the site's own files.
public struct Manifest: Equatable, Sendable {
    public struct Entry: Equatable, Sendable {
        public var hash: ContentHash
        public var size: Int
        /// A page's key (`OutputFile.key`); nil for other files.
        public var key: PageKey?

        public init(hash: ContentHash, size: Int, key: PageKey? = nil) {
            self.hash = hash
            self.size = size
            self.key = key
        }
    }

    public var fingerprint: String
    public var files: [String: Entry]

    public init(fingerprint: String, files: [String: Entry]) {
        self.fingerprint = fingerprint
        self.files = files
    }

    public init(fingerprint: String, outputs: [OutputFile]) {
        // A national site is over 100 MB of pages: hash them on every core.
        let entries = Parallel.map(outputs) { Entry(hash: ContentHash($0.data), size: $0.data.count, key: $0.key) }
        var files: [String: Entry] = [:]
        files.reserveCapacity(outputs.count)
        for (file, entry) in zip(outputs, entries) { files[file.path] = entry }
        self.init(fingerprint: fingerprint, files: files)
    }

    /// This manifest without `paths`, and with a fingerprint no inputs have:
    /// what the live site's record says while its files are being replaced
    /// one by one (`InPlaceUpdate`), so that a build stopped half-way is
    /// followed by one that neither skips the site nor trusts those files.
    func forgetting(_ paths: Set<String>) -> Manifest {
        Manifest(fingerprint: "incomplete", files: files.filter { !paths.contains($0.key) })
    }

    /// The pages' keys by path.
    public var pageKeys: [String: PageKey] { files.compactMapValues(\.key) }

    /// `thidua <fingerprint>` then one line per file: `hash size path`, sorted
    /// by path; a page's hash is followed by `/` and its key. (A thidua
    /// older than page keys reads such a manifest as none, and builds in full.)
    public func serialized() -> Data {
        var text = "thidua \(fingerprint)\n"
        text.reserveCapacity(files.count * 64)
        for path in files.keys.sortedByBytes(of: { $0 }) {
            let entry = files[path]!
            text += "\(entry.hash)\(entry.key.map { "/\($0)" } ?? "") \(entry.size) \(path)\n"
        }
        return Data(text.utf8)
    }

    /// Reads a marker file (with page keys or without); nil for a marker of an older format or garbage.
    public static func parse(_ data: Data) -> Manifest? {
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
        guard let first = lines.first, first.hasPrefix("thidua ") else { return nil }
        var files: [String: Entry] = [:]
        for line in lines.dropFirst() {
            let parts = line.split(separator: " ", maxSplits: 2)
            guard parts.count == 3 else { return nil }
            let hashes = parts[0].split(separator: "/", maxSplits: 1)
            guard let value = UInt64(hashes[0], radix: 16), let size = Int(parts[1]) else { return nil }
            var key: PageKey?
            if hashes.count == 2 {
                guard let page = PageKey(hex: hashes[1]) else { return nil }
                key = page
            }
            files[String(parts[2])] = Entry(hash: ContentHash(raw: value), size: size, key: key)
        }
        return Manifest(fingerprint: String(first.dropFirst("thidua ".count)), files: files)
    }
}
