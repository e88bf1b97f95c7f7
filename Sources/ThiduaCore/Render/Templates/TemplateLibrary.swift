import Mustache

/// The theme's Mustache templates, parsed once per build.
enum TemplateLibrary {
    /// Put before every template (partials too, since swift-mustache resets a
    /// partial to its own HTML escaping) so that values go through
    /// `HTMLEscaping`. On a line of its own the tag leaves no output.
    static let prologue = "{{% CONTENT_TYPE: \(HTMLEscaping.name) }}\n"

    static func load(_ theme: ThemeSource, required: [String]) throws -> MustacheLibrary {
        MustacheContentTypes.register(HTMLEscaping(), named: HTMLEscaping.name)
        var library = MustacheLibrary()
        for name in required where theme.templates[name] == nil {
            throw BuildFailure([.error(SourceLocation(path: joinPath(theme.path, "templates", name + ".mustache")),
                "the theme has no template \"\(name)\"")])
        }
        for (name, file) in theme.templates.sorted(by: { $0.key < $1.key }) {
            do {
                try library.register(MustacheTemplate(string: prologue + file.text), named: name)
            } catch let failure as MustacheTemplate.ParserError {
                // The prologue is one line: the theme author's lines start at 2.
                let line = max(1, failure.context.lineNumber - 1)
                throw BuildFailure([.error(SourceLocation(path: file.path, line: line, column: failure.context.columnNumber),
                    "the template cannot be read (\(failure.error)); check that every {{#section}} is closed by {{/section}} with the same name")])
            } catch {
                throw BuildFailure([.error(SourceLocation(path: file.path), "the template cannot be read: \(error)")])
            }
        }
        return library
    }
}
