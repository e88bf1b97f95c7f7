/// A name as written in a tag: `title`, `layout.t.rank`, `.`, `.url`,
/// `empty(winners)`. Split once, when the template is parsed.
struct MustacheName: Equatable, Hashable, Sendable {
    /// The name without its transforms, as written (`layout.t.rank`).
    var text: String
    /// The parts between the dots; empty for `.` (the current value).
    var path: [String]
    /// `.url`: looked up in the current value only, never in outer ones.
    var anchored: Bool
    /// `empty(a)` → `["empty"]`; `a(b(c))` → `["a", "b"]`, applied last first.
    var transforms: [String]

    init(_ text: String, transforms: [String] = []) {
        self.text = text
        self.transforms = transforms
        path = text == "." ? [] : text.split(separator: ".").map(String.init)
        anchored = text.count > 1 && text.first == "."
    }
}

/// One piece of a parsed template.
indirect enum MustacheToken: Sendable {
    case text(String)
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}`.
    case variable(MustacheName, escaped: Bool)
    /// `{{#name}}…{{/name}}`, or `{{^name}}…{{/name}}` when inverted.
    case section(MustacheName, inverted: Bool, body: [MustacheToken])
    /// `{{> name}}`; a standalone tag carries the whitespace before it,
    /// which then starts every line of the partial.
    case partial(String, indentation: String?)
}

/// Why a template cannot be parsed. The case names are those of
/// swift-mustache's errors, which the theme's error messages have shown.
enum MustacheSyntaxError: Error, CustomStringConvertible {
    case sectionCloseNameIncorrect
    case unfinishedName
    case expectedSectionEnd
    case invalidSetDelimiter
    case invalidConfigVariableSyntax
    case unrecognisedConfigVariable
    /// `{{<parent}}` and `{{$block}}` (the optional inheritance module).
    case inheritanceNotSupported
    case overflow

    var description: String {
        switch self {
        case .sectionCloseNameIncorrect: "sectionCloseNameIncorrect"
        case .unfinishedName: "unfinishedName"
        case .expectedSectionEnd: "expectedSectionEnd"
        case .invalidSetDelimiter: "invalidSetDelimiter"
        case .invalidConfigVariableSyntax: "invalidConfigVariableSyntax"
        case .unrecognisedConfigVariable: "unrecognisedConfigVariable"
        case .inheritanceNotSupported: "inheritanceNotSupported"
        case .overflow: "overflow"
        }
    }
}

/// A syntax error with where it is: 1-based line and column, counted in
/// characters as a text editor shows them.
struct MustacheParseFailure: Error {
    var error: MustacheSyntaxError
    var line: Int
    var column: Int
}
