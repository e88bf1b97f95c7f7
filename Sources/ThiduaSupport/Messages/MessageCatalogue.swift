import Foundation
import Yams

/// The texts of every `MessageKey` in one language, read from the theme's
/// `i18n/messages.<lang>.yml` (a flat map of key → text with `{name}`
/// placeholders).
public struct MessageCatalogue: Sendable {
    public let language: Language
    public private(set) var table: [String: String]

    public init(language: Language, table: [String: String]) {
        self.language = language
        self.table = table
    }

    /// The catalogue file of `language` in a theme folder.
    public static func path(theme: String, language: Language) -> String {
        joinPath(theme, "i18n", "messages.\(language.rawValue).yml")
    }

    /// Reads the catalogue from the first theme folder that has one. With
    /// none readable, the default theme's catalogue built into thidua
    /// (`builtIn`): a binary copied away from its theme still says what is
    /// wrong in words.
    public static func load(_ language: Language, themeCandidates: [String], fileSystem fs: FileSystem) -> MessageCatalogue {
        for theme in themeCandidates {
            guard let data = try? fs.read(path(theme: theme, language: language)),
                  let table = parsed(String(decoding: data, as: UTF8.self)) else { continue }
            return MessageCatalogue(language: language, table: table)
        }
        return builtIn(language)
    }

    /// `parse`, once per text in a process: the command line reads the
    /// catalogue for its help before the build reads it for its messages
    /// (52 KB of YAML, a few milliseconds of an unchanged rebuild's 80).
    private static func parsed(_ text: String) -> [String: String]? {
        parsedTexts.table(text, parse: parse)
    }

    private static let parsedTexts = ParsedTexts()

    /// The default theme's catalogue as it was when thidua was built
    /// (`BuiltInMessages.swift`).
    public static func builtIn(_ language: Language) -> MessageCatalogue {
        MessageCatalogue(language: language, table: builtInTexts[language].flatMap(parse) ?? [:])
    }

    /// The key → text map of a catalogue file; nil when it is not one.
    public static func parse(_ text: String) -> [String: String]? {
        guard let node = try? Yams.compose(yaml: text), let mapping = node.mapping else { return nil }
        var table: [String: String] = [:]
        for (key, value) in mapping {
            guard let name = key.scalar?.string, let text = value.scalar?.string else { return nil }
            table[name] = text
        }
        return table
    }

    /// The language a command speaks: `--lang` when given, else `language:`
    /// of the content folder's site.yml, else Vietnamese (also when site.yml
    /// is missing or cannot be read).
    public static func language(flag: Language?, contentPath: String?, fileSystem fs: FileSystem) -> Language {
        if let flag { return flag }
        guard let contentPath, let data = try? fs.read(joinPath(contentPath, "site.yml")),
              let node = try? Yams.compose(yaml: String(decoding: data, as: UTF8.self)),
              let value = node.mapping?["language"]?.scalar?.string,
              let language = Language(rawValue: value.trimmingCharacters(in: .whitespaces).lowercased())
        else { return .vi }
        return language
    }

    /// The text of a message, placeholders filled in.
    public func text(_ message: Message) -> String {
        guard let template = table[message.key.rawValue] else {
            // Only when the catalogue is missing or out of date (a test keeps the shipped ones complete).
            let values = message.values.sorted { $0.key < $1.key }.map { "\($0.key)=\(text($0.value))" }
            return message.key.rawValue + (values.isEmpty ? "" : " (" + values.joined(separator: "; ") + ")")
        }
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else {
                rest = rest[open...]
                break
            }
            let name = String(rest[rest.index(after: open)..<close])
            if let value = message.values[name] { result += text(value) } else { result += rest[open...close] }
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    public func text(_ key: MessageKey, _ values: [String: any MessageArgument] = [:]) -> String {
        text(Message(key, values))
    }

    public func text(_ value: MessageValue) -> String {
        switch value {
        case .text(let text): return text
        case .count(let n): return NumberFormat(language: language).count(n)
        case .number(let value): return MessageNumber.format(value, language: language)
        case .percent(let value): return MessageNumber.percent(value, language: language)
        case .list(let items): return items.map(text).joined(separator: ", ")
        case .message(let message): return text(message)
        }
    }

    /// A diagnostic as printed: `path:line:column: message`, with the
    /// catalogue's `warning` word before the message of a warning.
    public func line(_ diagnostic: Diagnostic) -> String {
        let position = diagnostic.location.description
        return diagnostic.severity == .warning
            ? "\(position): \(text(.warningPrefix)): \(text(diagnostic.message))"
            : "\(position): \(text(diagnostic.message))"
    }
}

/// The last catalogue text a process parsed, and its table (thread-safe;
/// one entry, so that `thidua serve` keeps no edited catalogue it will not
/// read again).
private final class ParsedTexts: @unchecked Sendable {
    private let lock = NSLock()
    private var last: (text: String, table: [String: String])?

    func table(_ text: String, parse: (String) -> [String: String]?) -> [String: String]? {
        if let last = lock.withLock({ last }), last.text == text { return last.table }
        guard let table = parse(text) else { return nil }
        lock.withLock { last = (text, table) }
        return table
    }
}
