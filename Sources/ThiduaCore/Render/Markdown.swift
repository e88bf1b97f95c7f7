import CCmark
#if canImport(Glibc)
import Glibc
#endif

/// CommonMark to HTML through libcmark. Raw HTML and dangerous URLs
/// (`javascript:` …) in the campaign text are dropped: cmark's default safe mode.
public enum Markdown {
    public static func html(_ markdown: String) -> String {
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_SMART | CMARK_OPT_VALIDATE_UTF8
        let length = markdown.utf8.count
        guard let pointer = markdown.withCString({ cmark_markdown_to_html($0, length, options) }) else {
            return ""
        }
        defer { free(pointer) }
        return String(cString: pointer)
    }
}
