import Foundation
import Mustache

/// The theme's Mustache templates, parsed once per build.
enum TemplateLibrary {
    /// Put before every template (partials too, since swift-mustache resets a
    /// partial to its own HTML escaping) so that values go through
    /// `HTMLEscaping`. On a line of its own the tag leaves no output.
    static let prologue = "{{% CONTENT_TYPE: \(HTMLEscaping.name) }}\n"

    /// `{{layout.t.key}}` and `{{t.key}}` (also `{{{…}}}`): a UI string, not a tag of a section.
    static let uiString = try! NSRegularExpression(pattern: #"\{\{(\{?)\s*(?:layout\.)?t\.([A-Za-z0-9_]+)\s*(\}?)\}\}"#)

    /// The templates with every UI string of the build's language filled in.
    /// They are the same on every page, and a three-part name like
    /// `layout.t.rank` costs swift-mustache a lookup at each part on every
    /// page. A key the strings lack is left as it was (it renders empty), and
    /// so is a string holding a line break or mustaches of its own, which
    /// must stay text.
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

    static func load(_ theme: ThemeSource, required: [String], strings: UIStrings? = nil) throws -> MustacheLibrary {
        MustacheContentTypes.register(HTMLEscaping(), named: HTMLEscaping.name)
        var library = MustacheLibrary()
        for name in required where theme.templates[name] == nil {
            throw BuildFailure([.error(SourceLocation(path: joinPath(theme.path, "templates", name + ".mustache")),
                .themeNoTemplate, ["name": name])])
        }
        for (name, file) in theme.templates.sorted(by: { $0.key < $1.key }) {
            do {
                // Parsed as written first, so that an error points into the theme author's text.
                let template = try MustacheTemplate(string: prologue + file.text)
                if let strings {
                    try library.register(MustacheTemplate(string: prologue + fillingUIStrings(file.text, strings.table)), named: name)
                } else {
                    library.register(template, named: name)
                }
            } catch let failure as MustacheTemplate.ParserError {
                // The prologue is one line: the theme author's lines start at 2.
                let line = max(1, failure.context.lineNumber - 1)
                throw BuildFailure([.error(SourceLocation(path: file.path, line: line, column: failure.context.columnNumber),
                    .templateUnclosedSection, ["error": "\(failure.error)"])])
            } catch {
                throw BuildFailure([.error(SourceLocation(path: file.path), .templateUnreadable, ["error": "\(error)"])])
            }
        }
        return library
    }
}

/// A page model as the templates see it: one reference. swift-mustache
/// casts the object of every lookup to its protocols, and casting a struct
/// copies it (each field retained and released again); inside a list, every
/// name the list's items lack climbs to the page. Wrapping the page saved a
/// tenth of a national build's CPU. (Wrapping nested models as well saved
/// nothing measurable: each wrapper costs an allocation.)
final class TemplateNode: MustacheParent {
    let model: any MustacheParent
    init(_ model: any MustacheParent) { self.model = model }
    func child(named name: String) -> Any? { model.child(named: name) }
}

/// Renders page models through the theme's templates (any core).
struct PageRenderer: Sendable {
    let library: MustacheLibrary

    func text(_ model: any MustacheParent, _ template: String) -> String {
        library.render(TemplateNode(model), withTemplate: template) ?? ""
    }

    func page(_ model: any MustacheParent, _ template: String, _ path: String) -> OutputFile {
        OutputFile(path: path, text: text(model, template))
    }

    func neighbourRow(_ row: Row, _ table: TableShape) -> String {
        text(NeighbourRow(row: row, table: table), "neighbour-row")
    }
}
