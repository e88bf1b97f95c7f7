import Foundation

/// The command line's own texts: the help, and the usage errors that
/// swift-argument-parser writes in English. The catalogues hold the
/// library's English words (`cli…` keys, exactly as it prints them) beside
/// their translations; `translate` rewrites its output line by line.
public enum CommandLineText {
    /// Whole lines, in the order they are tried: a line matching the
    /// English text (each `{name}` standing for any text) is replaced by the
    /// other language's text with the same values.
    static let lineRules: [MessageKey] = [
        .cliOverview, .cliUsage, .cliOptions, .cliArguments, .cliSubcommands, .cliSeeSubcommandHelp, .cliSeeMore,
        .cliUsageLine, .cliHelpLine, .cliUnknownOptionSuggestion, .cliUnknownOption, .cliMissingValue,
        .cliMissingArgument, .cliUnexpectedArgument, .cliUnexpectedArguments, .cliInvalidChoice, .cliInvalidValue,
        .cliNoValueTaken, .cliError,
    ]

    /// Words replaced wherever they stand (inside the option list, and
    /// between the choices of an invalid value: `'vi' and 'en'`).
    static let fragmentRules: [MessageKey] = [.cliShowVersion, .cliShowHelp, .cliDefault, .cliValues, .cliAnd]

    /// `text` as swift-argument-parser printed it, in `target`'s language.
    /// English text (or a line no rule knows) is returned as it is.
    public static func translate(_ text: String, english: MessageCatalogue, target: MessageCatalogue) -> String {
        guard target.language != .en else { return text }
        let rules = lineRules.compactMap { key -> (NSRegularExpression, [String], String)? in
            guard let pattern = english.table[key.rawValue], let replacement = target.table[key.rawValue] else { return nil }
            return compile(pattern).map { ($0.0, $0.1, replacement) }
        }
        let fragments = fragmentRules.compactMap { key -> (String, String)? in
            guard let from = english.table[key.rawValue], let to = target.table[key.rawValue] else { return nil }
            return (from, to)
        }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var line = String(line)
            for (from, to) in fragments { line = line.replacingOccurrences(of: from, with: to) }
            let range = NSRange(location: 0, length: (line as NSString).length)
            for (regex, names, replacement) in rules {
                guard let match = regex.firstMatch(in: line, range: range) else { continue }
                var values: [String: String] = [:]
                for (i, name) in names.enumerated() {
                    values[name] = (line as NSString).substring(with: match.range(at: i + 1))
                }
                return fill(replacement, values)
            }
            return line
        }.joined(separator: "\n")
    }

    /// The language of the command line's texts, known before the arguments
    /// are parsed (the help is built while parsing): `--lang`, else
    /// `language:` of the site.yml in `--content` (default `content`), else Vietnamese.
    public static func language(arguments: [String], fileSystem fs: FileSystem) -> Language {
        let flag = value(of: "--lang", in: arguments).flatMap { Language(rawValue: $0.lowercased()) }
        return MessageCatalogue.language(flag: flag, contentPath: value(of: "--content", in: arguments) ?? "content",
                                         fileSystem: fs)
    }

    /// The value given to `option`, as `--option value` or `--option=value`.
    public static func value(of option: String, in arguments: [String]) -> String? {
        for (i, argument) in arguments.enumerated() {
            if argument == "--" { break }
            if argument == option, i + 1 < arguments.count { return arguments[i + 1] }
            if argument.hasPrefix(option + "=") { return String(argument.dropFirst(option.count + 1)) }
        }
        return nil
    }

    /// An English text as an anchored pattern, and its placeholders' names in order.
    private static func compile(_ text: String) -> (NSRegularExpression, [String])? {
        var pattern = "^", names: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            pattern += NSRegularExpression.escapedPattern(for: String(rest[..<open])) + "(.*?)"
            names.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        pattern += NSRegularExpression.escapedPattern(for: String(rest)) + "$"
        return (try? NSRegularExpression(pattern: pattern)).map { ($0, names) }
    }

    /// One pass, so that a value holding `{…}` (typed by the user) stays as typed.
    private static func fill(_ text: String, _ values: [String: String]) -> String {
        var out = "", rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            out += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            out += values[name] ?? String(rest[open...close])
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }
}
