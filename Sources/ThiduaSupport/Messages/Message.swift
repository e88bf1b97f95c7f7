/// A message for the campaign office, by meaning rather than by wording: a
/// key of the message catalogue (`themes/default/i18n/messages.<lang>.yml`)
/// and the values of its `{name}` placeholders. A `MessageCatalogue` turns
/// it into text in the site's language.
///
///     Message(.unknownKey, ["key": "periodd", "context": "campaign.md", "known": ["title", "period"]])
public struct Message: Hashable, Sendable, Codable {
    public var key: MessageKey
    public var values: [String: MessageValue]

    public init(_ key: MessageKey, _ values: [String: any MessageArgument] = [:]) {
        self.key = key
        self.values = values.mapValues(\.messageValue)
    }

    /// "Có phải ý bạn là `period`?" when one of `candidates` is close to
    /// `word` (see `Suggestion.closest`), else nothing: the value of a
    /// `{suggestion}` placeholder.
    public static func didYouMean(_ word: String, among candidates: [String]) -> MessageValue {
        Suggestion.closest(to: word, among: candidates).map { .message(Message(.didYouMean, ["word": $0])) } ?? .text("")
    }
}

/// The value of one placeholder. Numbers and lists are formatted for the
/// language (`37.051` and `a, b, c` in Vietnamese, `37,051` in English);
/// a nested message is rendered from the same catalogue.
public indirect enum MessageValue: Hashable, Sendable, Codable {
    /// Inserted as written (ids, file names, cell text, already formatted figures).
    case text(String)
    case count(Int)
    /// A figure with up to four decimals: `18.775`, `0,5` (`18,775`, `0.5` in English).
    case number(Double)
    /// A fraction shown as a percentage with one decimal: 0.0415 → `4,1%`.
    case percent(Double)
    /// Items joined with ", ".
    case list([MessageValue])
    case message(Message)
}

/// What can fill a placeholder: `String`, `Int`, `Day` (as YYYY-MM-DD), arrays of these, `Message`,
/// `MessageKey` (a message with no placeholders) or a `MessageValue`.
public protocol MessageArgument: Sendable {
    var messageValue: MessageValue { get }
}

extension String: MessageArgument { public var messageValue: MessageValue { .text(self) } }
extension Substring: MessageArgument { public var messageValue: MessageValue { .text(String(self)) } }
extension Character: MessageArgument { public var messageValue: MessageValue { .text(String(self)) } }
extension Int: MessageArgument { public var messageValue: MessageValue { .count(self) } }
extension Array: MessageArgument where Element: MessageArgument {
    public var messageValue: MessageValue { .list(map(\.messageValue)) }
}
extension Day: MessageArgument { public var messageValue: MessageValue { .text(description) } }
extension Message: MessageArgument { public var messageValue: MessageValue { .message(self) } }
extension MessageKey: MessageArgument { public var messageValue: MessageValue { .message(Message(self)) } }
extension MessageValue: MessageArgument { public var messageValue: MessageValue { self } }
