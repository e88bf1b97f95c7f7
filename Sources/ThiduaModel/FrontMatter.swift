/// Splits `campaign.md` into its YAML front matter and its Markdown body.
public struct FrontMatter: Sendable {
    public var yaml: String
    /// Line number in the file of the first YAML line, to map YAML marks back.
    public var firstLine: Int
    public var body: String
    /// Line number in the file of the body's first line, to map Markdown positions back.
    public var bodyFirstLine: Int

    /// The file must start with a `---` line; the front matter ends at the
    /// next line that is `---` (or `...`).
    /// A plan is a few pages; anything much larger is pasted data or images,
    /// which would make one huge page and use a lot of memory.
    public static let maximumSize = 10 * 1024 * 1024

    public static func split(_ file: SourceFile) throws -> FrontMatter {
        let size = file.text.utf8.count
        if size > maximumSize {
            throw Diagnostic.error(SourceLocation(path: file.path),
                .planTooLarge, ["value": size / 1024 / 1024, "value2": maximumSize / 1024 / 1024])
        }
        let lines = file.text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
        guard let first = lines.first, first.trimmingCharacters(in: .whitespaces) == "---" else {
            throw Diagnostic.error(SourceLocation(path: file.path, line: 1, column: 1),
                .planNoFrontMatter)
        }
        guard let close = lines.indices.dropFirst().first(where: {
            let line = lines[$0].trimmingCharacters(in: .whitespaces)
            return line == "---" || line == "..."
        }) else {
            throw Diagnostic.error(SourceLocation(path: file.path, line: 1, column: 1),
                .frontMatterNotClosed)
        }
        return FrontMatter(
            yaml: lines[1..<close].joined(separator: "\n"),
            firstLine: 2,
            body: lines[(close + 1)...].joined(separator: "\n"),
            bodyFirstLine: close + 2)
    }
}
