/// The theme's UI strings for one language (`themes/<theme>/i18n/<lang>.yml`,
/// a flat map of key → text). Texts may hold `{name}` placeholders.
public struct UIStrings: Sendable {
    public private(set) var table: [String: String]

    public init(table: [String: String]) { self.table = table }

    /// Reads the strings for `language`, falling back key by key to Vietnamese.
    static func load(_ theme: ThemeSource, language: Language) throws -> UIStrings {
        var table: [String: String] = [:]
        for lang in language == .vi ? ["vi"] : ["vi", language.rawValue] {
            guard let file = theme.strings[lang] else {
                throw Diagnostic.error(SourceLocation(path: joinPath(theme.path, "i18n", lang + ".yml")),
                    "the theme has no UI strings for language \"\(lang)\"")
            }
            let root = try YAMLNode.parse(file.text, path: file.path)
            for pair in root.pairs ?? [] {
                guard let text = pair.value.scalar else {
                    throw Diagnostic.error(pair.value.location, "UI string `\(pair.key)` must be text")
                }
                table[pair.key] = text
            }
        }
        return UIStrings(table: table)
    }

    /// The text for `key` with `{name}` placeholders filled in; the key
    /// itself when missing, so a gap shows up on the page instead of crashing.
    public func text(_ key: String, _ values: [String: String] = [:]) -> String {
        var text = table[key] ?? key
        for (name, value) in values.sorted(by: { $0.key < $1.key }) {
            text = text.replacingOccurrences(of: "{\(name)}", with: value)
        }
        return text
    }
}

import Foundation
