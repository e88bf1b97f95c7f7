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
                "YAML anchors (&name) and aliases (*name) are not supported; write each value out")
        }
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw Diagnostic.error(Self.location(of: error, path: path, firstLine: firstLine),
                "the YAML cannot be read: \(Self.problem(of: error, firstLine: firstLine)); check indentation, colons and quotes")
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
                    throw Diagnostic.error(keyLocation, "a key must be a plain word such as `title`")
                }
                if pairs.contains(where: { $0.key == name }) {
                    throw Diagnostic.error(keyLocation, "`\(name)` is written twice; keep only one")
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

    var kindName: String {
        switch kind {
        case .scalar: return "a single value"
        case .sequence: return "a list"
        case .mapping: return "a set of keys"
        }
    }

    private static func location(_ mark: Mark?, path: String, firstLine: Int) -> SourceLocation {
        guard let mark else { return SourceLocation(path: path) }
        return SourceLocation(path: path, line: mark.line + firstLine - 1, column: mark.column)
    }

    private static func location(of error: YamlError, path: String, firstLine: Int) -> SourceLocation {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return location(mark, path: path, firstLine: firstLine)
        default:
            return SourceLocation(path: path)
        }
    }

    private static func problem(of error: YamlError, firstLine: Int) -> String {
        switch error {
        case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _),
             .composer(let context, let problem, _, _):
            guard let context else { return problem }
            return "\(problem) (\(context.text) that starts on line \(context.mark.line + firstLine - 1))"
        default:
            return "\(error)"
        }
    }
}
