/// Reading `UIStrings` from a theme's i18n YAML files (the strings themselves live in ThiduaSupport).
extension UIStrings {
    /// Reads the strings for `language`, falling back key by key to Vietnamese.
    package static func load(_ theme: ThemeSource, language: Language) throws -> UIStrings {
        var table: [String: String] = [:]
        for lang in language == .vi ? ["vi"] : ["vi", language.rawValue] {
            guard let file = theme.strings[lang] else {
                throw Diagnostic.error(SourceLocation(path: joinPath(theme.path, "i18n", lang + ".yml")),
                    .themeNoUIStrings, ["lang": lang])
            }
            let root = try YAMLNode.parse(file.text, path: file.path)
            for pair in root.pairs ?? [] {
                guard let text = pair.value.scalar else {
                    throw Diagnostic.error(pair.value.location, .uiStringNotText, ["key": pair.key])
                }
                table[pair.key] = text
            }
        }
        return UIStrings(table: table)
    }
}
