import Foundation
import Yams

/// A YAML node with the file position of where it was written, so every
/// error can name the file, line and column.
struct YAMLNode {
    enum Kind {
        case scalar(String, quoted: Bool)
        case sequence([YAMLNode])
        /// Keys in the order written.
        case mapping([(key: String, keyLocation: SourceLocation, value: YAMLNode)])
    }

    var kind: Kind
    var location: SourceLocation

    /// Parses a YAML document; `firstLine` is the file line of the text's
    /// first line. An empty document is an empty mapping.
    static func parse(_ text: String, path: String, firstLine: Int = 1) throws -> YAMLNode {
        // Anchors and aliases are refused before parsing: a few nested aliases
        // ("billion laughs") expand to more nodes than memory can hold.
        if let anchor = text.range(of: #"(^|[\s\[\{,:-])&[^\s\[\]\{\},]+"#, options: .regularExpression) {
            let line = text[..<anchor.lowerBound].filter { $0 == "\n" }.count + firstLine
            throw Diagnostic.error(SourceLocation(path: path, line: line),
                .yamlAnchors)
        }
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw Diagnostic.error(Self.location(of: error, path: path, firstLine: firstLine),
                .yamlUnreadable, ["value": Self.problem(of: error, firstLine: firstLine)])
        }
        guard let node else {
            return YAMLNode(kind: .mapping([]), location: SourceLocation(path: path, line: firstLine, column: 1))
        }
        return try YAMLNode(node, path: path, firstLine: firstLine)
    }

    private init(kind: Kind, location: SourceLocation) {
        self.kind = kind
        self.location = location
    }

    private init(_ node: Node, path: String, firstLine: Int) throws {
        location = Self.location(node.mark, path: path, firstLine: firstLine)
        switch node {
        case .scalar(let scalar):
            kind = .scalar(scalar.string, quoted: scalar.style == .singleQuoted || scalar.style == .doubleQuoted)
        case .sequence(let sequence):
            kind = .sequence(try sequence.map { try YAMLNode($0, path: path, firstLine: firstLine) })
        case .mapping(let mapping):
            var pairs: [(key: String, keyLocation: SourceLocation, value: YAMLNode)] = []
            for (key, value) in mapping {
                let keyLocation = Self.location(key.mark, path: path, firstLine: firstLine)
                guard let name = key.scalar?.string else {
                    throw Diagnostic.error(keyLocation, .yamlKeyNotWord)
                }
                if pairs.contains(where: { $0.key == name }) {
                    throw Diagnostic.error(keyLocation, .yamlKeyTwice, ["name": name])
                }
                pairs.append((name, keyLocation, try YAMLNode(value, path: path, firstLine: firstLine)))
            }
            kind = .mapping(pairs)
        }
    }

    var scalar: String? {
        if case .scalar(let text, _) = kind { return text }
        return nil
    }

    /// Whether a scalar is YAML null (`~`, `null`, empty) and not quoted.
    var isNull: Bool {
        if case .scalar(let text, let quoted) = kind, !quoted {
            return ["", "~", "null", "Null", "NULL"].contains(text)
        }
        return false
    }

    var sequence: [YAMLNode]? {
        if case .sequence(let items) = kind { return items }
        return nil
    }

    var pairs: [(key: String, keyLocation: SourceLocation, value: YAMLNode)]? {
        if case .mapping(let pairs) = kind { return pairs }
        return nil
    }

    subscript(key: String) -> YAMLNode? {
        pairs?.first { $0.key == key }?.value
    }

    /// Column of the first character of a scalar's text (after an opening quote).
    var textColumn: Int? {
        if case .scalar(_, let quoted) = kind, let column = location.column { return column + (quoted ? 1 : 0) }
        return location.column
    }

    var kindName: MessageKey {
        switch kind {
        case .scalar: return .kindScalar
        case .sequence: return .kindList
        case .mapping: return .kindMapping
        }
    }

    private static func location(_ mark: Mark?, path: String, firstLine: Int) -> SourceLocation {
        guard let mark else { return SourceLocation(path: path) }
        return SourceLocation(path: path, line: mark.line + firstLine - 1, column: mark.column)
    }

    /// Where a syntax error is. libyaml notices a key without its colon, a
    /// quote or a bracket never closed only lines later, where it stops
    /// ("while scanning a simple key", "while parsing a flow sequence"):
    /// those are reported where the unfinished part starts; anything else
    /// where libyaml stopped.
    private static func location(of error: YamlError, path: String, firstLine: Int) -> SourceLocation {
        switch error {
        case .scanner(let context, _, let mark, _), .parser(let context, _, let mark, _), .composer(let context, _, let mark, _):
            if let context, context.text.hasPrefix("while scanning") || context.text.hasPrefix("while parsing a flow") {
                return location(context.mark, path: path, firstLine: firstLine)
            }
            return location(mark, path: path, firstLine: firstLine)
        default:
            return SourceLocation(path: path)
        }
    }

    private static func problem(of error: YamlError, firstLine: Int) -> Message {
        switch error {
        case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _),
             .composer(let context, let problem, _, _):
            let text = translated(problem, problems)
            guard let context else { return Message(.yamlProblem, ["problem": text]) }
            return Message(.yamlProblemInContext, ["problem": text, "context": translated(context.text, contexts),
                                                   "line": String(context.mark.line + firstLine - 1)])
        default:
            return Message(.yamlProblem, ["problem": "\(error)"])
        }
    }

    /// libyaml's own words for the usual mistakes, so they can be said in
    /// the office's language; others are shown as libyaml writes them.
    private static let problems: [String: MessageKey] = [
        "mapping values are not allowed in this context": .yamlColonNotAllowed,
        "could not find expected ':'": .yamlNoColon,
        "did not find expected key": .yamlNoKey,
        "did not find expected node content": .yamlNoValue,
        "did not find expected '-' indicator": .yamlNoDash,
        "did not find expected ',' or ']'": .yamlNoCloseBracket,
        "did not find expected ',' or '}'": .yamlNoCloseBrace,
        "found unexpected end of stream": .yamlEndOfFile,
        "found character that cannot start any token": .yamlBadCharacter,
        "found a tab character that violates indentation": .yamlTab,
        "found unknown escape character": .yamlBadEscape,
        "block sequence entries are not allowed in this context": .yamlDashNotAllowed,
    ]

    private static let contexts: [String: MessageKey] = [
        "while scanning a simple key": .yamlInKey,
        "while scanning a quoted scalar": .yamlInQuoted,
        "while scanning a plain scalar": .yamlInPlain,
        "while parsing a block mapping": .yamlInBlockMapping,
        "while parsing a block collection": .yamlInBlockList,
        "while parsing a flow sequence": .yamlInFlowList,
        "while parsing a flow mapping": .yamlInFlowMapping,
        "while parsing a node": .yamlInNode,
    ]

    private static func translated(_ text: String, _ table: [String: MessageKey]) -> MessageValue {
        table[text].map { Message($0).messageValue } ?? .text(text)
    }
}
