import Foundation

/// The head of an HTTP/1.x request: its request line and header fields.
struct RequestHead: Sendable, Equatable {
    var method: String
    var target: String
    /// The `x` of `HTTP/1.x`.
    var minorVersion: Int
    /// Field values by lower-cased name; repeated fields are joined with ", ".
    var fields: [String: String]

    /// Parses a complete head (request line, fields, without the empty line
    /// that ends it), or returns the status that rejects it (400 or 505).
    static func parse(requestLine: ArraySlice<UInt8>, fieldLines: [ArraySlice<UInt8>]) -> Result<RequestHead, RejectedRequest> {
        let parts = String(decoding: requestLine, as: UTF8.self).split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, !parts[1].isEmpty,
              parts[0].allSatisfy({ $0.isLetter && $0.isASCII }) else { return .failure(RejectedRequest(status: 400)) }
        guard parts[2].hasPrefix("HTTP/") else { return .failure(RejectedRequest(status: 400)) }
        guard parts[2] == "HTTP/1.1" || parts[2] == "HTTP/1.0" else { return .failure(RejectedRequest(status: 505)) }
        var fields: [String: String] = [:]
        for line in fieldLines {
            // A line folded onto the previous one (obsolete) or a name with
            // spaces would let two parsers read two different requests.
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > line.startIndex,
                  line[line.startIndex..<colon].allSatisfy({ $0 > 32 && $0 < 127 }) else {
                return .failure(RejectedRequest(status: 400))
            }
            let name = String(decoding: line[line.startIndex..<colon], as: UTF8.self).lowercased()
            let value = String(decoding: line[(colon + 1)...], as: UTF8.self).trimmingCharacters(in: CharacterSet(charactersIn: " \t"))
            fields[name] = fields[name].map { $0 + ", " + value } ?? value
        }
        return .success(RequestHead(method: String(parts[0]), target: String(parts[1]),
                                    minorVersion: parts[2] == "HTTP/1.1" ? 1 : 0, fields: fields))
    }

    /// Whether the client wants the connection kept open after the answer.
    var keepsAlive: Bool {
        let tokens = (fields["connection"] ?? "").lowercased().split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces) }
        return minorVersion >= 1 ? !tokens.contains("close") : tokens.contains("keep-alive")
    }

    /// The path of the target, still percent-encoded, without query or
    /// fragment and with `.` and `..` segments resolved; nil when the target
    /// is neither a path nor an absolute URL.
    var path: String? {
        var rest = Substring(target)
        if rest.hasPrefix("http://") || rest.hasPrefix("https://") {
            rest = rest.drop { $0 != ":" }.dropFirst(3)
            rest = rest[(rest.firstIndex(of: "/") ?? rest.endIndex)...]
            if rest.isEmpty { rest = "/" }
        }
        guard rest.hasPrefix("/") else { return nil }
        if let end = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) { rest = rest[..<end] }
        var segments: [Substring] = []
        let parts = rest.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        for part in parts {
            switch part {
            case ".": continue
            case "..": _ = segments.popLast()
            default: segments.append(part)
            }
        }
        // `/a/.` and `/a/..` name folders, like `/a/`.
        if let last = parts.last, last == "." || last == ".." { segments.append("") }
        return "/" + segments.joined(separator: "/")
    }
}

/// A request the server refuses, with the status that says why.
struct RejectedRequest: Error, Equatable {
    var status: Int
}
