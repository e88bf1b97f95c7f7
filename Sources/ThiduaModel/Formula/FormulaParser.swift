/// Parses the formula and condition languages of the contract.
///
/// Formulas: `+ - * /`, parentheses, numbers (decimals with a point: `0.5`,
/// `100`), percent literals (`50%`), metric ids, ids of indicators defined
/// earlier and `baseline(expr)`. Conditions add comparisons, `and`, `or`,
/// `not`, `true`, `false` and (award requirements) `all_targets`.
///
/// Grammar (usual precedence, left-associative):
/// ```
/// or         = and ("or" and)*
/// and        = not ("and" not)*
/// not        = "not" not | comparison
/// comparison = sum [("<" | "<=" | ">" | ">=" | "==" | "!=" | "≤" | "≥" | "=" | "≠") sum]
/// sum        = product (("+" | "-") product)*
/// product    = unary (("*" | "/") unary)*
/// unary      = "-" unary | primary
/// primary    = number ["%"] | "(" or ")" | "baseline" "(" sum ")" | "all_targets" | "true" | "false" | identifier
/// ```
/// Each part is typed: a number where a condition is needed (or the
/// reverse) is an error at the part's first character.
public struct FormulaParser {
    /// A syntax or reference error at a 0-based character offset in the formula.
    public struct Failure: Error, Equatable {
        public var offset: Int
        public var message: Message
    }

    /// Resolves identifiers: metric ids, then the ids of indicators defined
    /// before the one being parsed. `later` holds ids defined later (or the
    /// indicator itself) so the error can say so.
    public struct Names {
        public var metrics: [String]
        public var earlierIndicators: [String]
        public var laterIndicators: [String]
        public var hasBaseline: Bool
        /// Whether `all_targets` may stand as a term (award requirements).
        public var allowsAllTargets = false

        public init(metrics: [String], earlierIndicators: [String], laterIndicators: [String], hasBaseline: Bool,
                    allowsAllTargets: Bool = false) {
            self.metrics = metrics
            self.earlierIndicators = earlierIndicators
            self.laterIndicators = laterIndicators
            self.hasBaseline = hasBaseline
            self.allowsAllTargets = allowsAllTargets
        }
    }

    /// Words of the condition language that cannot be ids.
    public static let keywords: Set<String> = ["and", "or", "not", "true", "false", "all_targets", "baseline"]

    /// Formulas nest at most this deep, so hostile input cannot exhaust the stack.
    public static let maximumDepth = 200

    /// A parsed part: a number-valued formula or a condition, and where it starts.
    private enum Term {
        case number(Expression)
        case condition(Condition)
    }

    private let characters: [Character]
    private let names: Names
    private let conditions: Bool
    private var position = 0
    private var depth = 0

    /// Parses a formula (a number).
    public static func parse(_ text: String, names: Names) throws -> Expression {
        var parser = FormulaParser(characters: Array(text), names: names, conditions: false)
        parser.skipSpaces()
        if parser.atEnd { throw Failure(offset: 0, message: Message(.formulaEmpty)) }
        let expression = try parser.sum()
        parser.skipSpaces()
        if !parser.atEnd {
            let c = parser.characters[parser.position]
            throw Failure(offset: parser.position,
                message: c == ")" ? Message(.formulaUnmatchedClosing) : Message(.formulaExpectedOperator, ["c": c]))
        }
        return expression
    }

    /// Parses a condition: comparisons joined by `and`, `or`, `not`.
    public static func parseCondition(_ text: String, names: Names) throws -> Condition {
        var parser = FormulaParser(characters: Array(text), names: names, conditions: true)
        parser.skipSpaces()
        if parser.atEnd { throw Failure(offset: 0, message: Message(.conditionEmpty)) }
        let start = parser.position
        let term = try parser.orTerm()
        parser.skipSpaces()
        if !parser.atEnd {
            let c = parser.characters[parser.position]
            throw Failure(offset: parser.position,
                message: c == ")" ? Message(.formulaUnmatchedClosing) : Message(.conditionExpectedOperator, ["c": c]))
        }
        return try parser.condition(term, at: start)
    }

    private init(characters: [Character], names: Names, conditions: Bool) {
        self.characters = characters
        self.names = names
        self.conditions = conditions
    }

    private var atEnd: Bool { position >= characters.count }
    private var peek: Character? { atEnd ? nil : characters[position] }
    private var noun: MessageKey { conditions ? .nounCondition : .nounFormula }

    private mutating func skipSpaces() {
        while let c = peek, c.isWhitespace { position += 1 }
    }

    /// The identifier-like word at the current position, without consuming it.
    private func word() -> String? {
        guard let c = peek, isIdentifierStart(c) else { return nil }
        var end = position
        while end < characters.count, isIdentifierPart(characters[end]) { end += 1 }
        return String(characters[position..<end])
    }

    private func number(_ term: Term, at offset: Int) throws -> Expression {
        switch term {
        case .number(let expression): return expression
        case .condition:
            throw Failure(offset: offset,
                message: Message(.formulaConditionNotNumber))
        }
    }

    private func condition(_ term: Term, at offset: Int) throws -> Condition {
        switch term {
        case .condition(let condition): return condition
        case .number:
            throw Failure(offset: offset,
                message: Message(.conditionNumberNotCondition))
        }
    }

    private mutating func orTerm() throws -> Term {
        skipSpaces()
        let start = position
        var left = try andTerm()
        while true {
            skipSpaces()
            guard word() == "or" else { return left }
            let leftCondition = try condition(left, at: start)
            position += 2
            skipSpaces()
            let rightStart = position
            let right = try condition(try andTerm(), at: rightStart)
            left = .condition(.or(leftCondition, right))
        }
    }

    private mutating func andTerm() throws -> Term {
        skipSpaces()
        let start = position
        var left = try notTerm()
        while true {
            skipSpaces()
            guard word() == "and" else { return left }
            let leftCondition = try condition(left, at: start)
            position += 3
            skipSpaces()
            let rightStart = position
            let right = try condition(try notTerm(), at: rightStart)
            left = .condition(.and(leftCondition, right))
        }
    }

    private mutating func notTerm() throws -> Term {
        skipSpaces()
        if word() == "not" {
            position += 3
            skipSpaces()
            let start = position
            let inner = try nestedTerm { try $0.notTerm() }
            return .condition(.not(try condition(inner, at: start)))
        }
        return try comparison()
    }

    private mutating func comparison() throws -> Term {
        skipSpaces()
        let start = position
        let left = try sumTerm()
        skipSpaces()
        guard let op = try comparisonOperator() else { return left }
        let leftNumber = try number(left, at: start)
        skipSpaces()
        let rightStart = position
        let right = try number(try sumTerm(), at: rightStart)
        skipSpaces()
        if let c = peek, "<>=!≤≥≠".contains(c) {
            throw Failure(offset: position,
                message: Message(.comparisonChained))
        }
        return .condition(.compare(op, leftNumber, right))
    }

    /// Reads a comparison operator at the current position, if there is one.
    private mutating func comparisonOperator() throws -> Condition.Comparison? {
        guard let c = peek else { return nil }
        let next: Character? = position + 1 < characters.count ? characters[position + 1] : nil
        switch c {
        case "≤": position += 1; return .atMost
        case "≥": position += 1; return .atLeast
        case "≠": position += 1; return .notEqual
        case "<":
            position += next == "=" ? 2 : 1
            return next == "=" ? .atMost : .below
        case ">":
            position += next == "=" ? 2 : 1
            return next == "=" ? .atLeast : .above
        case "=":
            position += next == "=" ? 2 : 1
            return .equal
        case "!":
            guard next == "=" else {
                throw Failure(offset: position, message: Message(.formulaLoneBang))
            }
            position += 2
            return .notEqual
        default: return nil
        }
    }

    private mutating func sumTerm() throws -> Term {
        skipSpaces()
        let start = position
        let first = try productTerm()
        skipSpaces()
        guard let c = peek, c == "+" || c == "-" else { return first }
        var left = try number(first, at: start)
        while true {
            skipSpaces()
            guard let c = peek, c == "+" || c == "-" else { return .number(left) }
            position += 1
            skipSpaces()
            let rightStart = position
            let right = try number(try productTerm(), at: rightStart)
            left = .binary(c == "+" ? .add : .subtract, left, right)
        }
    }

    private mutating func productTerm() throws -> Term {
        skipSpaces()
        let start = position
        let first = try unaryTerm()
        skipSpaces()
        guard let c = peek, c == "*" || c == "/" else { return first }
        var left = try number(first, at: start)
        while true {
            skipSpaces()
            guard let c = peek, c == "*" || c == "/" else { return .number(left) }
            position += 1
            skipSpaces()
            let rightStart = position
            let right = try number(try unaryTerm(), at: rightStart)
            if c == "/", right.isConstant,
               (right.evaluate(metric: { _ in nil }, indicator: { _ in nil }, baseline: { _ in nil }) ?? 0) == 0 {
                throw Failure(offset: rightStart, message: Message(.formulaDividesByZero, ["noun": noun]))
            }
            left = .binary(c == "*" ? .multiply : .divide, left, right)
        }
    }

    private mutating func unaryTerm() throws -> Term {
        skipSpaces()
        if peek == "-" {
            position += 1
            skipSpaces()
            let start = position
            let inner = try nestedTerm { try $0.unaryTerm() }
            return .number(.negate(try number(inner, at: start)))
        }
        return try primaryTerm()
    }

    private mutating func nestedTerm(_ body: (inout FormulaParser) throws -> Term) throws -> Term {
        depth += 1
        defer { depth -= 1 }
        if depth > Self.maximumDepth {
            throw Failure(offset: position, message: Message(.formulaTooDeep, ["noun": noun, "maximumDepth": Self.maximumDepth]))
        }
        return try body(&self)
    }

    private mutating func primaryTerm() throws -> Term {
        skipSpaces()
        guard let c = peek else {
            throw Failure(offset: position, message: Message(.formulaEndsEarly, ["noun": noun]))
        }
        if c == "(" {
            let open = position
            position += 1
            let inner = try nestedTerm { $0.conditions ? try $0.orTerm() : .number(try $0.sum()) }
            try expectClosing(open)
            return inner
        }
        if c.isASCII && (c.isNumber || c == ".") { return .number(try number()) }
        if conditions, let word = word() {
            switch word {
            case "true", "false":
                position += word.count
                return .condition(.constant(word == "true"))
            case "all_targets":
                guard names.allowsAllTargets else {
                    throw Failure(offset: position,
                        message: Message(.allTargetsOutsideRequire))
                }
                position += word.count
                return .condition(.allTargets)
            case "and", "or", "not":
                throw Failure(offset: position, message: Message(.formulaUnexpectedWord, ["word": word]))
            default: break
            }
        }
        if isIdentifierStart(c) { return .number(try reference()) }
        throw Failure(offset: position, message: Message(.formulaUnexpectedCharacter, ["c": c]))
    }

    // The formula language alone (no conditions): kept as it was so that
    // formulas report exactly what they always reported.

    private mutating func sum() throws -> Expression {
        try number(try sumTerm(), at: position)
    }

    private mutating func expectClosing(_ open: Int) throws {
        skipSpaces()
        guard peek == ")" else {
            throw Failure(offset: atEnd ? open : position,
                message: atEnd ? Message(.formulaUnclosedParenthesis) : Message(.formulaExpectedClosing, ["c": peek!]))
        }
        position += 1
    }

    private mutating func number() throws -> Expression {
        let start = position
        while let c = peek, c.isASCII, c.isNumber || c == "." { position += 1 }
        let text = String(characters[start..<position])
        guard text.filter({ $0 == "." }).count <= 1, text != ".", let value = Double(text) else {
            throw Failure(offset: start, message: Message(.formulaBadNumber, ["text": text]))
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
                throw Failure(offset: position, message: Message(.baselineNeedsParenthesis))
            }
            guard names.hasBaseline else {
                throw Failure(offset: start, message: Message(names.earlierIndicators.isEmpty && names.laterIndicators.isEmpty
                    ? .baselineInDataCheck : .baselineNeedsDate))
            }
            let open = position
            position += 1
            let inner = try number(try nestedTerm { .number(try $0.sum()) }, at: open)
            try expectClosing(open)
            return .baseline(inner)
        }
        if let index = names.metrics.firstIndex(of: name) { return .metric(index) }
        if let index = names.earlierIndicators.firstIndex(of: name) { return .indicator(index) }
        if names.laterIndicators.first == name {
            throw Failure(offset: start, message: Message(.indicatorRefersToItself, ["name": name]))
        }
        if names.laterIndicators.contains(name) {
            throw Failure(offset: start,
                message: Message(.indicatorDefinedLater, ["name": name]))
        }
        let known = names.metrics + names.earlierIndicators
        // Outside indicators (data checks) only metrics are in scope.
        let onlyMetrics = names.earlierIndicators.isEmpty && names.laterIndicators.isEmpty
        throw Failure(offset: start, message: Message(onlyMetrics ? .formulaUnknownMetric : .formulaUnknownId, [
            "name": name, "known": known.isEmpty ? MessageValue.message(Message(.noneDefined)) : known.messageValue,
            "suggestion": Message.didYouMean(name, among: known)]))
    }

    private func isIdentifierStart(_ c: Character) -> Bool { c == "_" || (c.isLetter && c.isASCII) }
    private func isIdentifierPart(_ c: Character) -> Bool {
        c == "_" || (c.isASCII && (c.isLetter || c.isNumber))
    }
}
