import CLibXML2
import Foundation

/// One step of an XML document, in document order. An empty element
/// (`<c/>`) is a `start` followed by an `end`.
enum XMLEvent {
    case start(name: String, attributes: [String: String])
    case end(name: String)
    /// Character data, CDATA included; entity and character references are decoded.
    case text(String)
}

/// Why a document is not well-formed XML, where libxml2 noticed it.
struct XMLFailure: Error, Equatable {
    var line: Int
    var column: Int
    /// libxml2's own wording (as text), e.g. "Opening and ending tag
    /// mismatch: row line 2 and sheetData", or thidua's (a message).
    var problem: MessageValue
}

/// Walks an XML document with libxml2's reader (`xmlTextReader`), which
/// reports every malformed byte sequence as an error. FoundationXML's
/// parser on Linux stops the process instead on some of them (a non-UTF-8
/// byte in a name, a processing instruction without data). This is the
/// only file that sees libxml2's C types.
enum XMLEventReader {
    /// libxml2 sets up its global tables once, before any thread parses.
    private static let initialized: Void = xmlInitParser()

    /// Calls `handle` for each event; throws `XMLFailure` at the first
    /// problem in the bytes (or rethrows what `handle` throws). Document
    /// type declarations are refused: Excel never writes them, and they are
    /// the way to external files and entity expansion bombs.
    static func read(_ data: Data, _ handle: (XMLEvent) throws -> Void) throws {
        _ = initialized
        guard !data.isEmpty else { throw XMLFailure(line: 1, column: 1, problem: Message(.xmlPartEmpty).messageValue) }
        guard data.count < Int(Int32.max) else { throw XMLFailure(line: 1, column: 1, problem: Message(.xmlPartTooLarge).messageValue) }
        let errors = ErrorBox()
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let base = raw.baseAddress!.assumingMemoryBound(to: CChar.self)
            let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue)
            guard let reader = xmlReaderForMemory(base, Int32(raw.count), nil, nil, options) else {
                throw XMLFailure(line: 1, column: 1, problem: Message(.xmlCannotOpen).messageValue)
            }
            defer { xmlFreeTextReader(reader) }
            xmlTextReaderSetStructuredErrorHandler(reader, { context, error in
                guard let context, let error else { return }
                let box = Unmanaged<ErrorBox>.fromOpaque(context).takeUnretainedValue()
                let level = error.pointee.level
                guard box.first == nil, level == XML_ERR_ERROR || level == XML_ERR_FATAL else { return }
                let text = (error.pointee.message.map { String(cString: $0) } ?? "malformed XML")
                    .trimmingCharacters(in: .whitespacesAndNewlines)
                var problem = MessageValue.text(text)
                // libxml2's "Input is not proper UTF-8, indicate encoding !\nBytes: 0xFF …"
                if text.hasPrefix("Input is not proper UTF-8") {
                    let bytes = text.split(separator: "\n").last.map { $0.replacingOccurrences(of: "Bytes: ", with: "") } ?? ""
                    problem = Message(.xmlNotUTF8, ["bytes": bytes]).messageValue
                }
                box.first = XMLFailure(line: Int(error.pointee.line), column: Int(error.pointee.int2), problem: problem)
            }, Unmanaged.passUnretained(errors).toOpaque())

            func failure() -> XMLFailure {
                errors.first ?? XMLFailure(line: Int(xmlTextReaderGetParserLineNumber(reader)),
                                           column: Int(xmlTextReaderGetParserColumnNumber(reader)),
                                           problem: .text("malformed XML"))
            }
            func string(_ pointer: UnsafePointer<xmlChar>?) throws -> String {
                guard let pointer else { return "" }
                guard let text = String(validating: UnsafeBufferPointer(start: pointer, count: strlen(pointer)), as: UTF8.self)
                else { throw failure() }
                return text
            }

            while true {
                let status = xmlTextReaderRead(reader)
                if let first = errors.first { throw first }
                if status == 0 { return }
                if status < 0 { throw failure() }
                switch xmlTextReaderNodeType(reader) {
                case 1: // element
                    let name = try string(xmlTextReaderConstName(reader))
                    let empty = xmlTextReaderIsEmptyElement(reader) == 1
                    var attributes: [String: String] = [:]
                    while xmlTextReaderMoveToNextAttribute(reader) == 1 {
                        if xmlTextReaderIsNamespaceDecl(reader) == 1 { continue }
                        attributes[try string(xmlTextReaderConstName(reader))] = try string(xmlTextReaderConstValue(reader))
                    }
                    try handle(.start(name: name, attributes: attributes))
                    if empty { try handle(.end(name: name)) }
                case 15: // end of element
                    try handle(.end(name: try string(xmlTextReaderConstName(reader))))
                case 3, 4, 13, 14: // text, CDATA, whitespace, significant whitespace
                    try handle(.text(try string(xmlTextReaderConstValue(reader))))
                case 10: // document type declaration
                    throw XMLFailure(line: Int(xmlTextReaderGetParserLineNumber(reader)), column: 1,
                                     problem: Message(.xmlDoctype).messageValue)
                default: // comments, processing instructions, the XML declaration
                    break
                }
            }
        }
        if let first = errors.first { throw first }
    }

    private final class ErrorBox {
        var first: XMLFailure?
    }
}
