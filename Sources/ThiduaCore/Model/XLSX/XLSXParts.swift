import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Small XML readers for the parts of an .xlsx package other than the
/// sheet itself: relationships, the workbook's sheet list and the shared
/// strings. Element names are compared without their namespace prefix.
enum XLSXParts {
    /// An element's local name: `x:sheet` → `sheet`.
    static func localName(_ name: String) -> Substring {
        name.lastIndex(of: ":").map { name[name.index(after: $0)...] } ?? name[...]
    }

    /// The attributes of every element with the given local name, in order.
    static func elements(_ name: String, in data: Data) throws -> [[String: String]] {
        let collector = ElementCollector(name: name)
        try run(collector, on: data)
        return collector.found
    }

    /// `rId` → target path of a relationships part (`_rels/….rels`).
    static func relationships(_ data: Data) throws -> [String: (type: String, target: String)] {
        var result: [String: (type: String, target: String)] = [:]
        for attributes in try elements("Relationship", in: data) {
            if let id = attributes["Id"], let target = attributes["Target"] {
                result[id] = (attributes["Type"] ?? "", target)
            }
        }
        return result
    }

    /// The texts of the shared-string table, in index order. Rich-text runs
    /// are joined; phonetic hints (`rPh`) are left out.
    static func sharedStrings(_ data: Data) throws -> [String] {
        let collector = SharedStringCollector()
        try run(collector, on: data)
        return collector.strings
    }

    static func run(_ delegate: XMLParserDelegate, on data: Data) throws {
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        if !parser.parse() {
            throw XLSXFailure(parser.parserError.map { "\($0.localizedDescription)" } ?? "malformed XML")
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
    var message: String
    init(_ message: String) { self.message = message }
}

private final class ElementCollector: NSObject, XMLParserDelegate {
    let name: String
    var found: [[String: String]] = []

    init(name: String) { self.name = name }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        if XLSXParts.localName(elementName) == name { found.append(attributes) }
    }
}

private final class SharedStringCollector: NSObject, XMLParserDelegate {
    var strings: [String] = []
    private var current = ""
    private var inItem = false
    private var inText = false
    private var phoneticDepth = 0

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        switch XLSXParts.localName(elementName) {
        case "si": inItem = true; current = ""
        case "rPh": phoneticDepth += 1
        case "t": inText = inItem && phoneticDepth == 0
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName: String?) {
        switch XLSXParts.localName(elementName) {
        case "si": strings.append(XLSXParts.unescape(current)); inItem = false
        case "rPh": phoneticDepth -= 1
        case "t": inText = false
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current += string }
    }
}
