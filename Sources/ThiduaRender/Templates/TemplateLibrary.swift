import Foundation

/// The theme's Mustache templates, parsed once per build.
enum TemplateLibrary {
    /// `{{layout.t.key}}` and `{{t.key}}` (also `{{{…}}}`): a UI string, not a tag of a section.
    static let uiString = try! NSRegularExpression(pattern: #"\{\{(\{?)\s*(?:layout\.)?t\.([A-Za-z0-9_]+)\s*(\}?)\}\}"#)

    /// The templates with every UI string of the build's language filled in.
    /// They are the same on every page, so they become text once per build.
    /// A key the strings lack is left as it was (it renders empty), and so
    /// is a string holding a line break or mustaches of its own, which must
    /// stay text.
    static func fillingUIStrings(_ text: String, _ strings: [String: String]) -> String {
        let source = text as NSString
        var out = "", last = 0
        for match in uiString.matches(in: text, range: NSRange(location: 0, length: source.length)) {
            let key = source.substring(with: match.range(at: 2))
            let raw = match.range(at: 1).length == 1, closedRaw = match.range(at: 3).length == 1
            guard raw == closedRaw, let value = strings[key],
                  !value.contains("{{"), !value.contains("}}"), !value.contains("\n") else { continue }
            out += source.substring(with: NSRange(location: last, length: match.range.location - last))
            out += raw ? value : HTMLEscaping.escape(value)
            last = match.range.location + match.range.length
        }
        return out + source.substring(from: last)
    }

    /// The theme's templates parsed, by name.
    static func load(_ theme: ThemeSource, required: [String], strings: UIStrings? = nil) throws -> [String: [MustacheToken]] {
        for name in required where theme.templates[name] == nil {
            throw BuildFailure([.error(SourceLocation(path: joinPath(theme.path, "templates", name + ".mustache")),
                .themeNoTemplate, ["name": name])])
        }
        var templates: [String: [MustacheToken]] = [:]
        for (name, file) in theme.templates.sorted(by: { $0.key < $1.key }) {
            do throws(MustacheParseFailure) {
                // Parsed as written first, so that an error points into the theme author's text.
                let tokens = try MustacheParser.parse(file.text)
                if let strings {
                    templates[name] = try MustacheParser.parse(fillingUIStrings(file.text, strings.table))
                } else {
                    templates[name] = tokens
                }
            } catch {
                let location = SourceLocation(path: file.path, line: error.line, column: error.column)
                if case .inheritanceNotSupported = error.error {
                    throw BuildFailure([.error(location, .templateUnreadable,
                        ["error": "parent templates ({{<name}}) and blocks ({{$name}}) are not supported"])])
                }
                throw BuildFailure([.error(location, .templateUnclosedSection, ["error": "\(error.error)"])])
            }
        }
        return templates
    }
}
