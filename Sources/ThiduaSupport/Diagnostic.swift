/// Where in the content a problem was found: a file and, where it has them,
/// a 1-based line and column.
public struct SourceLocation: Hashable, Sendable {
    public var path: String
    public var line: Int?
    public var column: Int?

    public init(path: String, line: Int? = nil, column: Int? = nil) {
        self.path = path
        self.line = line
        self.column = column
    }

    /// `path:line:column`, dropping the parts that are unknown.
    public var description: String {
        var text = path
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        return text
    }
}

/// One message for the campaign office: an error stops the build, a warning
/// (suspicious data) does not.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning }

    public var severity: Severity
    public var location: SourceLocation
    public var message: Message

    public init(_ severity: Severity = .error, _ location: SourceLocation, _ message: Message) {
        self.severity = severity
        self.location = location
        self.message = message
    }

    public static func error(_ location: SourceLocation, _ message: Message) -> Diagnostic {
        Diagnostic(.error, location, message)
    }

    public static func error(_ location: SourceLocation, _ key: MessageKey, _ values: [String: any MessageArgument] = [:]) -> Diagnostic {
        Diagnostic(.error, location, Message(key, values))
    }

    public static func warning(_ location: SourceLocation, _ message: Message) -> Diagnostic {
        Diagnostic(.warning, location, message)
    }

    public static func warning(_ location: SourceLocation, _ key: MessageKey, _ values: [String: any MessageArgument] = [:]) -> Diagnostic {
        Diagnostic(.warning, location, Message(key, values))
    }

    /// The line as printed, with the message as its key and values: for
    /// debugging only; the office reads `MessageCatalogue.line`.
    public var description: String { MessageCatalogue(language: .en, table: ["warningPrefix": "warning"]).line(self) }
}

/// A build or check that found errors; carries every diagnostic found so far,
/// warnings included, in the order they were found.
public struct BuildFailure: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }

    /// Every diagnostic as printed in the catalogue's language, one per line.
    public func text(_ catalogue: MessageCatalogue) -> String {
        diagnostics.map(catalogue.line).joined(separator: "\n")
    }
}

/// Collects diagnostics while a stage walks the content, so that one run
/// reports every problem it can find rather than only the first.
public struct DiagnosticLog: Sendable {
    /// Beyond this many messages the rest are only counted: a file with a
    /// million bad rows must not print (or hold) a million lines.
    public static let limit = 200

    public private(set) var entries: [Diagnostic] = []
    /// Every error logged, shown or not.
    public private(set) var errorCount = 0
    private var dropped = 0

    public init() {}

    public var hasErrors: Bool { errorCount > 0 }

    public mutating func error(_ location: SourceLocation, _ key: MessageKey, _ values: [String: any MessageArgument] = [:]) {
        append(.error(location, key, values))
    }

    public mutating func warning(_ location: SourceLocation, _ key: MessageKey, _ values: [String: any MessageArgument] = [:]) {
        append(.warning(location, key, values))
    }

    public mutating func error(_ location: SourceLocation, _ message: Message) {
        append(.error(location, message))
    }

    public mutating func warning(_ location: SourceLocation, _ message: Message) {
        append(.warning(location, message))
    }

    public mutating func append(_ diagnostic: Diagnostic) {
        if diagnostic.severity == .error { errorCount += 1 }
        if entries.count < Self.limit { entries.append(diagnostic) } else { dropped += 1 }
    }

    public mutating func append(contentsOf other: [Diagnostic]) { other.forEach { append($0) } }

    /// Takes over everything another log holds, including what it dropped.
    public mutating func absorb(_ other: DiagnosticLog) {
        other.entries.forEach { append($0) }
        errorCount += other.errorCount - other.entries.filter { $0.severity == .error }.count
        dropped += other.dropped
    }

    /// Throws a `BuildFailure` carrying everything logged when any error was logged.
    public func throwIfErrors() throws {
        guard hasErrors else { return }
        var all = entries
        if dropped > 0, let last = entries.last {
            all.append(.error(SourceLocation(path: last.location.path), .moreProblemsNotShown, ["count": dropped]))
        }
        throw BuildFailure(all)
    }
}
