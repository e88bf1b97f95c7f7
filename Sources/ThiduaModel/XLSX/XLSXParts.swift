import Foundation

/// Small XML readers for the parts of an .xlsx package other than the
/// sheet itself: relationships, the workbook's sheet list and the shared
/// strings. Element names are compared without their namespace prefix.
enum XLSXParts {
    /// An element's local name: `x:sheet` → `sheet`.
    static func localName(_ name: String) -> Substring {
        name.lastIndex(of: ":").map { name[name.index(after: $0)...] } ?? name[...]
    }

    /// The attributes of every element with the given local name, in order.
    static func elements(_ name: String, in data: Data, part: String) throws -> [[String: String]] {
        var found: [[String: String]] = []
        try read(data, part: part) { event in
            if case .start(let element, let attributes) = event, localName(element) == name { found.append(attributes) }
        }
        return found
    }

    /// `rId` → target path of a relationships part (`_rels/….rels`).
    static func relationships(_ data: Data, part: String) throws -> [String: (type: String, target: String)] {
        var result: [String: (type: String, target: String)] = [:]
        for attributes in try elements("Relationship", in: data, part: part) {
            if let id = attributes["Id"], let target = attributes["Target"] {
                result[id] = (attributes["Type"] ?? "", target)
            }
        }
        return result
    }

    /// The texts of the shared-string table, in index order. Rich-text runs
    /// are joined; phonetic hints (`rPh`) are left out.
    static func sharedStrings(_ data: Data, part: String) throws -> [String] {
        var strings: [String] = []
        var current = ""
        var inItem = false
        var inText = false
        var phoneticDepth = 0
        try read(data, part: part) { event in
            switch event {
            case .start(let name, _):
                switch localName(name) {
                case "si": inItem = true; current = ""
                case "rPh": phoneticDepth += 1
                case "t": inText = inItem && phoneticDepth == 0
                default: break
                }
            case .end(let name):
                switch localName(name) {
                case "si": strings.append(unescape(current)); inItem = false
                case "rPh": phoneticDepth -= 1
                case "t": inText = false
                default: break
                }
            case .text(let text):
                if inText { current += text }
            }
        }
        return strings
    }

    /// Walks one part of the package; a malformed part is a failure that
    /// names it, with the line and column libxml2 gives (libxml2 parses
    /// ahead of the events, so the last cell seen would not say where).
    static func read(_ data: Data, part: String, _ handle: (XMLEvent) throws -> Void) throws {
        do {
            try XMLEventReader.read(data, handle)
        } catch let failure as XMLFailure {
            throw XLSXFailure(.xlsxPartDamagedAt, ["part": part, "line": String(failure.line), "column": String(failure.column), "problem": failure.problem])
        }
    }

    /// Decodes the `_xHHHH_` escapes Excel writes for control characters.
    static func unescape(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var result = ""
        var rest = Substring(text)
        while let start = rest.range(of: "_x") {
            result += rest[..<start.lowerBound]
            let after = rest[start.upperBound...]
            let hex = after.prefix(4)
            if hex.count == 4, after.dropFirst(4).first == "_", let value = UInt32(hex, radix: 16),
               let scalar = Unicode.Scalar(value) {
                result.unicodeScalars.append(scalar)
                rest = after.dropFirst(5)
            } else {
                result += "_x"
                rest = after
            }
        }
        return result + rest
    }
}

/// A problem inside the package, worded for the message that wraps it.
struct XLSXFailure: Error {
    var message: Message
    init(_ key: MessageKey, _ values: [String: any MessageArgument] = [:]) { message = Message(key, values) }
}
