import CCmark
#if canImport(Glibc)
import Glibc
#endif

/// CommonMark to HTML through libcmark. Raw HTML and dangerous URLs
/// (`javascript:` …) in the campaign text are dropped: cmark's default safe mode.
/// No cmark type leaves this file.
public enum Markdown {
    static let options = CMARK_OPT_DEFAULT | CMARK_OPT_SMART | CMARK_OPT_VALIDATE_UTF8

    public static func html(_ markdown: String) -> String {
        let length = markdown.utf8.count
        guard let pointer = markdown.withCString({ cmark_markdown_to_html($0, length, options) }) else {
            return ""
        }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    /// A run of `*` or `_` that the page shows as literal text, and where it
    /// starts in the Markdown: a 1-based line and a 1-based column in UTF-8 bytes.
    public struct LiteralRun: Equatable, Sendable {
        public var line: Int
        public var byteColumn: Int
        public var text: String

        public init(line: Int, byteColumn: Int, text: String) {
            self.line = line
            self.byteColumn = byteColumn
            self.text = text
        }
    }

    /// Every run of `*` or `_` that the page shows as text rather than as
    /// emphasis, outside code: delimiter runs that cmark could not pair.
    /// Escaped characters (`\*`) and entities are left out: they are meant
    /// to be shown. Runs are found in the source, inside the span of each text
    /// node that shows the character, minus the delimiters that emphasis used.
    public static func literalDelimiterRuns(_ markdown: String) -> [LiteralRun] {
        let length = markdown.utf8.count
        guard let document = markdown.withCString({ cmark_parse_document($0, length, options | CMARK_OPT_SOURCEPOS) }) else {
            return []
        }
        defer { cmark_node_free(document) }
        guard let iterator = cmark_iter_new(document) else { return [] }
        defer { cmark_iter_free(iterator) }
        struct Position: Hashable { var line: Int, column: Int }
        var texts: [(line: Int, start: Int, end: Int, literal: String)] = []
        var used = Set<Position>()
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            let line = Int(cmark_node_get_start_line(node)), column = Int(cmark_node_get_start_column(node))
            let endLine = Int(cmark_node_get_end_line(node)), endColumn = Int(cmark_node_get_end_column(node))
            if type == CMARK_NODE_TEXT, let literal = cmark_node_get_literal(node) {
                let text = String(cString: literal)
                if text.utf8.contains(UInt8(ascii: "*")) || text.utf8.contains(UInt8(ascii: "_")) {
                    texts.append((line, column, endLine == line ? endColumn : Int.max, text))
                }
            } else if type == CMARK_NODE_EMPH || type == CMARK_NODE_STRONG {
                let width = type == CMARK_NODE_EMPH ? 1 : 2
                for k in 0..<width {
                    used.insert(Position(line: line, column: column + k))
                    used.insert(Position(line: endLine, column: endColumn - k))
                }
            }
        }
        guard !texts.isEmpty else { return [] }
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.utf8) }
        let backslash = UInt8(ascii: "\\"), star = UInt8(ascii: "*"), underscore = UInt8(ascii: "_")
        var runs: [LiteralRun] = []
        for text in texts where text.line >= 1 && text.line <= lines.count {
            let bytes = lines[text.line - 1]
            let shows = (star: text.literal.utf8.contains(star), underscore: text.literal.utf8.contains(underscore))
            var i = max(0, text.start - 1)
            let end = min(bytes.count, text.end == Int.max ? bytes.count : text.end)
            // cmark places an emphasis node at the start of its opening run even
            // when it used only that run's last delimiters, so the run is
            // reported at its start with as many characters as were left.
            var run: (column: Int, byte: UInt8, count: Int, used: Int)?
            func close() {
                if let r = run, r.count > r.used {
                    runs.append(LiteralRun(line: text.line, byteColumn: r.column,
                                           text: String(repeating: Character(UnicodeScalar(r.byte)), count: r.count - r.used)))
                }
                run = nil
            }
            while i < end {
                let byte = bytes[i]
                if byte == backslash, i + 1 < bytes.count, bytes[i + 1].isASCIIPunctuation {
                    close()
                    i += 2
                    continue
                }
                if (byte == star && shows.star) || (byte == underscore && shows.underscore) {
                    let usedHere = used.contains(Position(line: text.line, column: i + 1)) ? 1 : 0
                    if let r = run, r.byte == byte {
                        run = (r.column, byte, r.count + 1, r.used + usedHere)
                    } else {
                        close()
                        run = (i + 1, byte, 1, usedHere)
                    }
                } else {
                    close()
                }
                i += 1
            }
            close()
        }
        return runs
    }
}

private extension UInt8 {
    /// An ASCII punctuation character: what a backslash escapes in CommonMark.
    var isASCIIPunctuation: Bool {
        (0x21...0x2F).contains(self) || (0x3A...0x40).contains(self) || (0x5B...0x60).contains(self) || (0x7B...0x7E).contains(self)
    }
}
