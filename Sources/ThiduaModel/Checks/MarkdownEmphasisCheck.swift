/// Bold or italic in the plan text that the plan page would print as
/// literal asterisks or underscores. CommonMark opens or closes emphasis
/// only where a delimiter run "flanks" a word: `**tối thiểu 45%**²` stays
/// as text because the closing `**` has punctuation (`%`) before it and a
/// letter-like `²` after it. cmark parses the text; every run it leaves as
/// text is reported, except an escaped one (`\*`), a single `*` with spaces
/// on both sides (a multiplication sign) and an `_` inside a word (`total_count`).
enum MarkdownEmphasisCheck {
    /// At most this many runs are reported one by one per campaign.
    static let limit = 20

    /// Warnings at `path:line:column` (columns in characters), `firstLine`
    /// being the file line of the body's first line.
    static func warnings(_ body: String, path: String, firstLine: Int) -> [Diagnostic] {
        // Cheap exit for the usual plan: no run can be left when nothing could pair.
        guard body.utf8.contains(UInt8(ascii: "*")) || body.utf8.contains(UInt8(ascii: "_")) else { return [] }
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.utf8) }
        var found: [Diagnostic] = []
        var skipped = 0
        for run in Markdown.literalDelimiterRuns(body) {
            guard run.line >= 1, run.line <= lines.count else { continue }
            let bytes = lines[run.line - 1]
            let start = run.byteColumn - 1
            guard start >= 0, start <= bytes.count else { continue }
            if start < bytes.count, bytes[start] == UInt8(ascii: "\\") { continue }
            let end = min(bytes.count, start + run.text.utf8.count)
            let before = start > 0 ? String(decoding: bytes[..<start], as: UTF8.self).last : nil
            let after = end < bytes.count ? String(decoding: bytes[end...], as: UTF8.self).first : nil
            let spaced = (before?.isWhitespace ?? true) && (after?.isWhitespace ?? true)
            if spaced && run.text.count == 1 { continue }
            if run.text.first == "_", let b = before, let a = after, b.isLetter || b.isNumber, a.isLetter || a.isNumber {
                continue
            }
            guard found.count < limit else { skipped += 1; continue }
            let column = String(decoding: bytes[..<start], as: UTF8.self).count + 1
            found.append(.warning(SourceLocation(path: path, line: firstLine + run.line - 1, column: column),
                                  message(run.text, before: before, after: after, spaced: spaced)))
        }
        if skipped > 0 {
            found.append(.warning(SourceLocation(path: path),
                .emphasisMore, ["skipped": skipped]))
        }
        return found
    }

    static func message(_ run: String, before: Character?, after: Character?, spaced: Bool) -> Message {
        let asterisk = run.first == "*"
        let printed: MessageKey = asterisk ? (run.count > 1 ? .literalAsterisks : .literalAsterisk)
            : (run.count > 1 ? .literalUnderscores : .literalUnderscore)
        func name(_ c: Character?, _ edge: MessageKey) -> MessageValue { c.map { .text("\"\($0)\"") } ?? edge.messageValue }
        let place = spaced ? Message(.emphasisSpaced)
            : Message(.emphasisBetween, ["before": name(before, .lineStart), "after": name(after, .lineEnd)])
        return Message(.emphasisLiteral, ["run": run, "printed": printed, "place": place,
                                          "escaped": asterisk ? "\\*" : "\\_", "kind": asterisk ? MessageKey.wordAsterisk : .wordUnderscore])
    }
}
