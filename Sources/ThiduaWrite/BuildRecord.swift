import Foundation

/// What the last successful build reported, kept with thidua's other state
/// beside the content folder (`.thidua-cache/last-build.txt`, next to the
/// share-card cache), never in the published site: its warnings name files
/// of the build machine and data problems of named units.
///
/// The same inputs give the same report, so when the inputs' fingerprint
/// matches the site in the output folder, a build repeats this report
/// without parsing the data at all.
public struct BuildRecord: Equatable, Sendable {
    public var fingerprint: String
    public var campaigns: Int
    public var units: Int
    public var warnings: [Diagnostic]

    public init(fingerprint: String, campaigns: Int, units: Int, warnings: [Diagnostic]) {
        self.fingerprint = fingerprint
        self.campaigns = campaigns
        self.units = units
        self.warnings = warnings
    }

    static let fileName = "last-build.txt"

    /// The record's file for a card cache folder: beside it, in `.thidua-cache`.
    public static func path(cardCache folder: String) -> String {
        joinPath(WriteStage.split(WriteStage.trim(folder)).parent, fileName)
    }

    /// `thidua-build <fingerprint>`, `campaigns <n> units <n>`, then one line
    /// per warning: tab-separated path, line, column and message (its key
    /// and values as JSON, so that it is printed in the language of the run
    /// that repeats it).
    public func serialized() -> Data {
        var text = "thidua-build \(fingerprint)\ncampaigns \(campaigns) units \(units)\n"
        for warning in warnings {
            let location = warning.location
            text += [Self.escape(location.path), location.line.map(String.init) ?? "", location.column.map(String.init) ?? "",
                     Self.escape(Self.encode(warning.message))].joined(separator: "\t") + "\n"
        }
        return Data(text.utf8)
    }

    /// Reads a record; nil for anything else.
    public static func parse(_ data: Data) -> BuildRecord? {
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count >= 2, lines[0].hasPrefix("thidua-build ") else { return nil }
        let counts = lines[1].split(separator: " ")
        guard counts.count == 4, counts[0] == "campaigns", counts[2] == "units",
              let campaigns = Int(counts[1]), let units = Int(counts[3]) else { return nil }
        var warnings: [Diagnostic] = []
        for line in lines.dropFirst(2) where !line.isEmpty {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 4, let message = decode(unescape(fields[3])) else { return nil }
            warnings.append(.warning(SourceLocation(path: unescape(fields[0]), line: Int(fields[1]), column: Int(fields[2])),
                                     message))
        }
        return BuildRecord(fingerprint: String(lines[0].dropFirst("thidua-build ".count)), campaigns: campaigns,
                           units: units, warnings: warnings)
    }

    static func encode(_ message: Message) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return (try? encoder.encode(message)).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    /// Nil for a record of an older thidua, or a key this one does not have: the build then runs in full.
    static func decode(_ text: String) -> Message? {
        try? JSONDecoder().decode(Message.self, from: Data(text.utf8))
    }

    /// Keeps a text on one line of the record.
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
