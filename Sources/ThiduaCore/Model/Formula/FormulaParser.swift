/// Parses the formula language of the contract:
/// `+ - * /`, parentheses, numbers (decimals with a point: `0.5`, `100`),
/// percent literals (`50%`), metric ids, ids of indicators defined
/// earlier and `baseline(expr)`.
///
/// Grammar (usual precedence, left-associative):
/// ```
/// sum     = product (("+" | "-") product)*
/// product = unary (("*" | "/") unary)*
/// unary   = "-" unary | primary
/// primary = number ["%"] | "(" sum ")" | "baseline" "(" sum ")" | identifier
/// ```
public struct FormulaParser {
    /// A syntax or reference error at a 0-based character offset in the formula.
    public struct Failure: Error, Equatable {
        public var offset: Int
        public var message: String
    }

    /// Resolves identifiers: metric ids, then the ids of indicators defined
    /// before the one being parsed. `later` holds ids defined later (or the
    /// indicator itself) so the error can say so.
    public struct Names {
        public var metrics: [String]
        public var earlierIndicators: [String]
        public var laterIndicators: [String]
        public var hasBaseline: Bool

        public init(metrics: [String], earlierIndicators: [String], laterIndicators: [String], hasBaseline: Bool) {
            self.metrics = metrics
            self.earlierIndicators = earlierIndicators
            self.laterIndicators = laterIndicators
            self.hasBaseline = hasBaseline
        }
    }

    /// Formulas nest at most this deep, so hostile input cannot exhaust the stack.
    public static let maximumDepth = 200

    private let characters: [Character]
    private let names: Names
    private var position = 0
    private var depth = 0

    public static func parse(_ text: String, names: Names) throws -> Expression {
        var parser = FormulaParser(characters: Array(text), names: names)
        parser.skipSpaces()
        if parser.atEnd { throw Failure(offset: 0, message: "the formula is empty") }
        let expression = try parser.sum()
        parser.skipSpaces()
        if !parser.atEnd {
            let c = parser.characters[parser.position]
            throw Failure(offset: parser.position,
                message: c == ")" ? "unmatched \")\"" : "unexpected \"\(c)\"; expected an operator (+ - * /)")
        }
        return expression
    }

    private init(characters: [Character], names: Names) {
        self.characters = characters
        self.names = names
    }

    private var atEnd: Bool { position >= characters.count }
    private var peek: Character? { atEnd ? nil : characters[position] }

    private mutating func skipSpaces() {
        while let c = peek, c.isWhitespace { position += 1 }
    }

    private mutating func sum() throws -> Expression {
        var left = try product()
        while true {
            skipSpaces()
            guard let c = peek, c == "+" || c == "-" else { return left }
            position += 1
            let right = try product()
            left = .binary(c == "+" ? .add : .subtract, left, right)
        }
    }

    private mutating func product() throws -> Expression {
        var left = try unary()
        while true {
            skipSpaces()
            guard let c = peek, c == "*" || c == "/" else { return left }
            position += 1
            let right = try unary()
            left = .binary(c == "*" ? .multiply : .divide, left, right)
        }
    }

    private mutating func unary() throws -> Expression {
        skipSpaces()
        if peek == "-" {
            position += 1
            return .negate(try nested { try $0.unary() })
        }
        return try primary()
    }

    private mutating func nested(_ body: (inout FormulaParser) throws -> Expression) throws -> Expression {
        depth += 1
        defer { depth -= 1 }
        if depth > Self.maximumDepth {
            throw Failure(offset: position, message: "the formula nests deeper than \(Self.maximumDepth) levels")
        }
        return try body(&self)
    }

    private mutating func primary() throws -> Expression {
        skipSpaces()
        guard let c = peek else {
            throw Failure(offset: position, message: "the formula ends too early; expected a number, an id or \"(\"")
        }
        if c == "(" {
            let open = position
            position += 1
            let inner = try nested { try $0.sum() }
            try expectClosing(open)
            return inner
        }
        if c.isASCII && (c.isNumber || c == ".") { return try number() }
        if isIdentifierStart(c) { return try reference() }
        throw Failure(offset: position, message: "unexpected \"\(c)\"; expected a number, an id or \"(\"")
    }

    private mutating func expectClosing(_ open: Int) throws {
        skipSpaces()
        guard peek == ")" else {
            throw Failure(offset: atEnd ? open : position,
                message: atEnd ? "\"(\" is never closed" : "unexpected \"\(peek!)\"; expected \")\"")
        }
        position += 1
    }

    private mutating func number() throws -> Expression {
        let start = position
        while let c = peek, c.isASCII, c.isNumber || c == "." { position += 1 }
        let text = String(characters[start..<position])
        guard text.filter({ $0 == "." }).count <= 1, text != ".", let value = Double(text) else {
            throw Failure(offset: start, message: "\"\(text)\" is not a number; write decimals with a point, e.g. 0.5 or 50%")
        }
        if peek == "%" {
            position += 1
            return .number(value / 100)
        }
        return .number(value)
    }

    private mutating func reference() throws -> Expression {
        let start = position
        while let c = peek, isIdentifierPart(c) { position += 1 }
        let name = String(characters[start..<position])
        if name == "baseline" {
            skipSpaces()
            guard peek == "(" else {
                throw Failure(offset: position, message: "expected \"(\" after baseline, as in baseline(received_rate)")
            }
            guard names.hasBaseline else {
                throw Failure(offset: start, message: names.earlierIndicators.isEmpty && names.laterIndicators.isEmpty
                    ? "baseline(…) cannot be used in a data check; compare figures of the same snapshot"
                    : "baseline(…) needs a baseline date: add `baseline: YYYY-MM-DD` (the date of a snapshot) to the front matter")
            }
            let open = position
            position += 1
            let inner = try nested { try $0.sum() }
            try expectClosing(open)
            return .baseline(inner)
        }
        if let index = names.metrics.firstIndex(of: name) { return .metric(index) }
        if let index = names.earlierIndicators.firstIndex(of: name) { return .indicator(index) }
        if names.laterIndicators.first == name {
            throw Failure(offset: start, message: "indicator \"\(name)\" cannot refer to itself")
        }
        if names.laterIndicators.contains(name) {
            throw Failure(offset: start,
                message: "indicator \"\(name)\" is defined later; an indicator can only use indicators listed before it")
        }
        let known = (names.metrics + names.earlierIndicators).joined(separator: ", ")
        // Outside indicators (data checks) only metrics are in scope.
        let expected = names.earlierIndicators.isEmpty && names.laterIndicators.isEmpty
            ? "a metric" : "a metric or an earlier indicator"
        throw Failure(offset: start,
            message: "unknown id \"\(name)\"; expected \(expected) (\(known.isEmpty ? "none defined" : known))")
    }

    private func isIdentifierStart(_ c: Character) -> Bool { c == "_" || (c.isLetter && c.isASCII) }
    private func isIdentifierPart(_ c: Character) -> Bool {
        c == "_" || (c.isASCII && (c.isLetter || c.isNumber))
    }
}
