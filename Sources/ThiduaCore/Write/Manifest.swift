import Foundation

/// What a build left in its output folder, stored in the marker file
/// `.thidua-output`: the fingerprint of every input, what the build
/// reported (campaigns, units, warnings), and the hash and size of every
/// file. The next build uses it to skip an unchanged site entirely — without
/// even reading the data, since the same inputs give the same warnings — and
/// to keep unchanged files (bytes and modification times) as they are.
public struct Manifest: Equatable, Sendable {
    public struct Entry: Equatable, Sendable {
        public var hash: ContentHash
        public var size: Int
    }

    /// What the build that made the site reported.
    public struct Summary: Equatable, Sendable {
        public var campaigns: Int
        public var units: Int
        public var warnings: [Diagnostic]

        public init(campaigns: Int = 0, units: Int = 0, warnings: [Diagnostic] = []) {
            self.campaigns = campaigns
            self.units = units
            self.warnings = warnings
        }
    }

    public var fingerprint: String
    public var summary: Summary
    public var files: [String: Entry]

    public init(fingerprint: String, summary: Summary = Summary(), files: [String: Entry]) {
        self.fingerprint = fingerprint
        self.summary = summary
        self.files = files
    }

    public init(fingerprint: String, summary: Summary = Summary(), outputs: [OutputFile]) {
        // A national site is over 100 MB of pages: hash them on every core.
        let entries = RenderStage.concurrentMap(outputs) { Entry(hash: ContentHash($0.data), size: $0.data.count) }
        var files: [String: Entry] = [:]
        files.reserveCapacity(outputs.count)
        for (file, entry) in zip(outputs, entries) { files[file.path] = entry }
        self.init(fingerprint: fingerprint, summary: summary, files: files)
    }

    /// `thidua <fingerprint>`, `# campaigns <n> units <n>`, one `! ` line per
    /// warning (tab-separated path, line, column, message), then one line per
    /// file: `hash size path`, sorted by path.
    public func serialized() -> Data {
        var text = "thidua \(fingerprint)\n# campaigns \(summary.campaigns) units \(summary.units)\n"
        for warning in summary.warnings {
            let location = warning.location
            text += "! " + [Self.escape(location.path), location.line.map(String.init) ?? "", location.column.map(String.init) ?? "",
                            Self.escape(warning.message)].joined(separator: "\t") + "\n"
        }
        for path in files.keys.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) {
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
        var summary = Summary()
        for line in lines.dropFirst() {
            if line.hasPrefix("# ") {
                let words = line.split(separator: " ")
                guard words.count == 5, let campaigns = Int(words[2]), let units = Int(words[4]) else { return nil }
                summary.campaigns = campaigns
                summary.units = units
                continue
            }
            if line.hasPrefix("! ") {
                let fields = line.dropFirst(2).split(separator: "\t", omittingEmptySubsequences: false)
                guard fields.count == 4 else { return nil }
                summary.warnings.append(.warning(
                    SourceLocation(path: unescape(fields[0]), line: Int(fields[1]), column: Int(fields[2])), unescape(fields[3])))
                continue
            }
            let parts = line.split(separator: " ", maxSplits: 2)
            guard parts.count == 3, let value = UInt64(parts[0], radix: 16), let size = Int(parts[1]) else { return nil }
            files[String(parts[2])] = Entry(hash: ContentHash(raw: value), size: size)
        }
        return Manifest(fingerprint: String(first.dropFirst("thidua ".count)), summary: summary, files: files)
    }

    /// Keeps a text on one line of the manifest.
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "\\n")
            .replacingOccurrences(of: "\t", with: "\\t").replacingOccurrences(of: "\r", with: "\\r")
    }

    static func unescape(_ text: Substring) -> String {
        var out = "", escaped = false
        for character in text {
            if escaped {
                switch character {
                case "n": out += "\n"
                case "t": out += "\t"
                case "r": out += "\r"
                default: out.append(character)
                }
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                out.append(character)
            }
        }
        return out
    }
}
