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
        var bytes: [UInt8] = Array("thidua \(fingerprint)\n".utf8)
        bytes.reserveCapacity(files.count * 96)
        for path in files.keys.sortedByBytes(of: { $0 }) {
            let entry = files[path]!
            Self.appendHex(entry.hash.value, to: &bytes)
            if let key = entry.key {
                bytes.append(UInt8(ascii: "/"))
                Self.appendHex(key.high, to: &bytes)
                Self.appendHex(key.low, to: &bytes)
            }
            bytes.append(UInt8(ascii: " "))
            bytes += String(entry.size).utf8
            bytes.append(UInt8(ascii: " "))
            bytes += path.utf8
            bytes.append(UInt8(ascii: "\n"))
        }
        return Data(bytes)
    }

    /// 16 lowercase hex digits, as `ContentHash.description` and `PageKey.description` write them.
    private static func appendHex(_ value: UInt64, to bytes: inout [UInt8]) {
        let digits: StaticString = "0123456789abcdef"
        for shift in stride(from: 60, through: 0, by: -4) {
            bytes.append(digits.utf8Start[Int((value >> UInt64(shift)) & 0xf)])
        }
    }

    /// Reads a marker file (with page keys or without); nil for a marker of
    /// an older format or garbage. Read as bytes: an unchanged rebuild of a
    /// national site reads its 10,000 lines before anything else.
    public static func parse(_ data: Data) -> Manifest? {
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Manifest? in
            let bytes = bytes.bindMemory(to: UInt8.self)
            let newline = UInt8(ascii: "\n"), space = UInt8(ascii: " "), slash = UInt8(ascii: "/")
            var lines: [Range<Int>] = []
            var start = 0
            for i in bytes.indices where bytes[i] == newline {
                if i > start { lines.append(start..<i) }
                start = i + 1
            }
            if bytes.count > start { lines.append(start..<bytes.count) }
            let prefix = Array("thidua ".utf8)
            guard let first = lines.first, first.count >= prefix.count,
                  bytes[first.lowerBound..<first.lowerBound + prefix.count].elementsEqual(prefix) else { return nil }
            var files: [String: Entry] = [:]
            files.reserveCapacity(lines.count)
            for line in lines.dropFirst() {
                // hash[/key] size path — the path is the rest of the line.
                guard let firstSpace = bytes[line].firstIndex(of: space),
                      let secondSpace = bytes[(firstSpace + 1)..<line.upperBound].firstIndex(of: space),
                      secondSpace > firstSpace + 1, secondSpace + 1 < line.upperBound else { return nil }
                let hashes = line.lowerBound..<firstSpace
                let keySlash = bytes[hashes].firstIndex(of: slash)
                guard let value = hex(bytes[hashes.lowerBound..<(keySlash ?? hashes.upperBound)], digits: 1...16),
                      let size = decimal(bytes[(firstSpace + 1)..<secondSpace]) else { return nil }
                var key: PageKey?
                if let keySlash {
                    let keyBytes = bytes[(keySlash + 1)..<hashes.upperBound]
                    guard keyBytes.count == 32, let high = hex(keyBytes.prefix(16), digits: 16...16),
                          let low = hex(keyBytes.suffix(16), digits: 16...16) else { return nil }
                    key = PageKey(high: high, low: low)
                }
                let path = String(decoding: bytes[(secondSpace + 1)..<line.upperBound], as: UTF8.self)
                files[path] = Entry(hash: ContentHash(raw: value), size: size, key: key)
            }
            let fingerprint = String(decoding: bytes[(first.lowerBound + prefix.count)..<first.upperBound], as: UTF8.self)
            return Manifest(fingerprint: fingerprint, files: files)
        }
    }

    /// Hexadecimal digits (either case) as a number; nil for anything else or another count of digits.
    private static func hex(_ digits: Slice<UnsafeBufferPointer<UInt8>>, digits allowed: ClosedRange<Int>) -> UInt64? {
        guard allowed.contains(digits.count) else { return nil }
        var value: UInt64 = 0
        for byte in digits {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt64(digit)
        }
        return value
    }

    /// Decimal digits as a number; nil for anything else or more than 18 digits.
    private static func decimal(_ digits: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        guard (1...18).contains(digits.count) else { return nil }
        var value = 0
        for byte in digits {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
