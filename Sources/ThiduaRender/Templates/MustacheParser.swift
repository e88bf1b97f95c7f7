/// Parses a Mustache template into tokens, once per build.
///
/// Which whitespace a standalone tag removes follows the Mustache
/// specification, with the readings of the swift-mustache library the
/// theme was first rendered with (the page goldens hold its output):
/// whitespace before a tag that is not standalone is kept with the text
/// after it; a standalone partial keeps its line's indentation, which then
/// starts the partial's lines (see `MustacheRenderer`). Text is read
/// character by character (`\r\n` is one), so a column is what an editor
/// shows.
struct MustacheParser {
    private let chars: [Character]
    private var position = 0

    static func parse(_ text: String) throws(MustacheParseFailure) -> [MustacheToken] {
        var parser = MustacheParser(chars: Array(text))
        do {
            return try parser.parse(State())
        } catch {
            throw parser.failure(error)
        }
    }

    private init(chars: [Character]) { self.chars = chars }

    private struct State {
        var section: MustacheName?
        var newLine = true
        var start: [Character] = ["{", "{"]
        var end: [Character] = ["}", "}"]
    }

    private var reachedEnd: Bool { position >= chars.count }
    private var current: Character { reachedEnd ? "\0" : chars[position] }

    private mutating func parse(_ initial: State) throws(MustacheSyntaxError) -> [MustacheToken] {
        var tokens: [MustacheToken] = []
        var state = initial
        var whiteSpaceBefore = ""
        while !reachedEnd {
            if state.newLine { whiteSpaceBefore = read(while: { $0 == " " || $0 == "\t" }) }
            let text = try readUntilTagOrNewline(state)
            if current.isNewline {
                tokens.append(.text(whiteSpaceBefore + text + String(current)))
                state.newLine = true
                position += 1
                continue
            }
            if !text.isEmpty {
                tokens.append(.text(whiteSpaceBefore + text))
                whiteSpaceBefore = ""
                state.newLine = false
            }
            if reachedEnd { break }
            // Whitespace before a tag that is not standalone stays in the output.
            func keepWhiteSpace() {
                if !whiteSpaceBefore.isEmpty { tokens.append(.text(whiteSpaceBefore)); whiteSpaceBefore = "" }
            }
            var setNewLine = false
            switch current {
            case "#", "^":
                let inverted = current == "^"
                position += 1
                let name = try parseName(state)
                if isStandalone(state) { setNewLine = true } else { keepWhiteSpace() }
                var inner = state
                inner.section = name
                if !setNewLine { inner.newLine = false }
                let body = try parse(inner)
                tokens.append(.section(name, inverted: inverted, body: body))
            case "/":
                position += 1
                let start = position
                let name = try parseName(state)
                guard name == state.section else {
                    position = start
                    throw .sectionCloseNameIncorrect
                }
                if !isStandalone(state) { keepWhiteSpace() }
                return tokens
            case "!":
                position += 1
                try skipComment(state)
                setNewLine = isStandalone(state)
            case "{":
                keepWhiteSpace()
                position += 1
                let name = try parseName(state)
                guard try read("}") else { throw .unfinishedName }
                tokens.append(.variable(name, escaped: false))
            case "&":
                keepWhiteSpace()
                position += 1
                tokens.append(.variable(try parseName(state), escaped: false))
            case ">":
                position += 1
                _ = read(while: \.isWhitespace)
                let name = try parsePartialName(state)
                if !whiteSpaceBefore.isEmpty { tokens.append(.text(whiteSpaceBefore)) }
                if isStandalone(state) {
                    setNewLine = true
                    tokens.append(.partial(name, indentation: whiteSpaceBefore))
                } else {
                    tokens.append(.partial(name, indentation: nil))
                }
                whiteSpaceBefore = ""
            case "<", "$":
                throw .inheritanceNotSupported
            case "=":
                position += 1
                try setDelimiters(&state)
                setNewLine = isStandalone(state)
            case "%":
                position += 1
                try readConfigVariable(state)
                setNewLine = isStandalone(state)
            default:
                keepWhiteSpace()
                tokens.append(.variable(try parseName(state), escaped: true))
            }
            state.newLine = setNewLine
        }
        guard state.section == nil else { throw .expectedSectionEnd }
        return tokens
    }

    /// Text up to a line break or the opening delimiter, which is consumed.
    private mutating func readUntilTagOrNewline(_ state: State) throws(MustacheSyntaxError) -> String {
        var text = ""
        let first = state.start[0]
        while !reachedEnd {
            let c = chars[position]
            if c == "\n" || c == "\r\n" { break }
            if c == first {
                if try read(state.start) { break }
                text.append(c)
                position += 1
                continue
            }
            text.append(c)
            position += 1
        }
        return text
    }

    private static let nameChars = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*()")
    private static let nameCharsWithoutBrackets = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*")
    private static let partialNameChars = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*/")

    /// `name }}` or `transform(name) }}`.
    private mutating func parseName(_ state: State) throws(MustacheSyntaxError) -> MustacheName {
        _ = read(while: \.isWhitespace)
        let text = Array(read(while: { Self.nameChars.contains($0) }))
        _ = read(while: \.isWhitespace)
        guard try read(state.end) else { throw .unfinishedName }
        guard let open = text.firstIndex(of: "(") else { return MustacheName(String(text)) }
        // `a(b(name))`: every name before a bracket is a transform, and each bracket is closed.
        var transforms: [String] = [], part = "", i = 0
        while i < text.count, text[i] != ")" {
            if text[i] == "(" { transforms.append(part); part = "" } else { part.append(text[i]) }
            i += 1
        }
        guard i < text.count, open > 0 || !transforms.isEmpty,
              text[i...].allSatisfy({ $0 == ")" }), text.count - i == transforms.count,
              !part.contains("("), !transforms.contains(where: { $0.contains(")") }) else { throw .unfinishedName }
        return MustacheName(part, transforms: transforms)
    }

    private mutating func parsePartialName(_ state: State) throws(MustacheSyntaxError) -> String {
        _ = read(while: \.isWhitespace)
        let text = read(while: { Self.partialNameChars.contains($0) })
        _ = read(while: \.isWhitespace)
        guard try read(state.end) else { throw .unfinishedName }
        return text
    }

    /// To just after the closing delimiter; a comment left open is an error.
    private mutating func skipComment(_ state: State) throws(MustacheSyntaxError) {
        let start = position
        var matched = 0
        while !reachedEnd {
            // As in swift-mustache: after a mismatch the character is not tried as a new start.
            if chars[position] == state.end[matched] {
                matched += 1
                if matched == state.end.count { position += 1; return }
            } else {
                matched = 0
            }
            position += 1
        }
        position = start
        throw .overflow
    }

    /// `{{=<% %>=}}`
    private mutating func setDelimiters(_ state: inout State) throws(MustacheSyntaxError) {
        _ = read(while: \.isWhitespace)
        let start = read(while: { !$0.isWhitespace })
        guard !reachedEnd else { throw .invalidSetDelimiter }
        _ = read(while: \.isWhitespace)
        let end = read(while: { $0 != "=" && !$0.isWhitespace })
        guard !reachedEnd else { throw .invalidSetDelimiter }
        _ = read(while: \.isWhitespace)
        guard try read("="), try read(state.end), !start.isEmpty, !end.isEmpty else { throw .invalidSetDelimiter }
        state.start = Array(start)
        state.end = Array(end)
    }

    /// `{{% CONTENT_TYPE: name }}`: accepted and ignored, every value is
    /// escaped as HTML (see `HTMLEscaping`).
    private mutating func readConfigVariable(_ state: State) throws(MustacheSyntaxError) {
        _ = read(while: \.isWhitespace)
        let variable = read(while: { Self.nameCharsWithoutBrackets.contains($0) })
        _ = read(while: \.isWhitespace)
        guard (try? read(":")) == true else { throw .invalidConfigVariableSyntax }
        _ = read(while: \.isWhitespace)
        let value = read(while: { Self.nameCharsWithoutBrackets.contains($0) })
        _ = read(while: \.isWhitespace)
        guard (try? read(state.end)) == true, !variable.isEmpty, !value.isEmpty else { throw .invalidConfigVariableSyntax }
        guard variable == "CONTENT_TYPE" else { throw .unrecognisedConfigVariable }
    }

    /// On a line with only the tag and spaces: the line break goes with the tag.
    private mutating func isStandalone(_ state: State) -> Bool {
        guard state.newLine else { return false }
        if reachedEnd { return true }
        var probe = position
        while probe < chars.count, chars[probe] == " " || chars[probe] == "\t" { probe += 1 }
        guard probe < chars.count, chars[probe].isNewline else { return false }
        position = probe + 1
        return true
    }

    private mutating func read(while predicate: (Character) -> Bool) -> String {
        let start = position
        while position < chars.count, predicate(chars[position]) { position += 1 }
        return String(chars[start..<position])
    }

    /// Consumes `expected` if it comes next; running out of text first is an error.
    private mutating func read(_ expected: [Character]) throws(MustacheSyntaxError) -> Bool {
        guard chars.count - position >= expected.count else { throw .overflow }
        guard chars[position..<position + expected.count].elementsEqual(expected) else { return false }
        position += expected.count
        return true
    }

    private mutating func read(_ expected: Character) throws(MustacheSyntaxError) -> Bool {
        try read([expected])
    }

    /// The line and column of the current position.
    private func failure(_ error: MustacheSyntaxError) -> MustacheParseFailure {
        var column = 0, probe = min(position, chars.count)
        while probe > 0, chars[probe - 1] != "\n" {
            probe -= 1
            column += 1
        }
        let line = chars[..<min(position, chars.count)].filter(\.isNewline).count + 1
        return MustacheParseFailure(error: error, line: line, column: column + 1)
    }
}
