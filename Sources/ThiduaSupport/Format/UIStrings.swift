/// The theme's UI strings for one language (`themes/<theme>/i18n/<lang>.yml`,
/// a flat map of key → text). Texts may hold `{name}` placeholders.
public struct UIStrings: Sendable {
    public private(set) var table: [String: String]

    public init(table: [String: String]) { self.table = table }

    /// The text for `key` with `{name}` placeholders filled in; the key
    /// itself when missing, so a gap shows up on the page instead of crashing.
    public func text(_ key: String, _ values: [String: String] = [:]) -> String {
        let text = table[key] ?? key
        let openBrace = UInt8(ascii: "{"), closeBrace = UInt8(ascii: "}")
        guard !values.isEmpty, text.utf8.contains(openBrace) else { return text }
        // One pass over the bytes (braces are ASCII, so never inside a
        // multi-byte letter); placeholders without a value stay as written.
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        var rest = Substring(text)
        while let open = rest.utf8.firstIndex(of: openBrace) {
            result += rest[..<open]
            guard let close = rest[open...].utf8.firstIndex(of: closeBrace) else {
                rest = rest[open...]
                break
            }
            let name = String(rest[rest.utf8.index(after: open)..<close])
            if let value = values[name] { result += value } else { result += rest[open...close] }
            rest = rest[rest.utf8.index(after: close)...]
        }
        result += rest
        return result
    }
}
