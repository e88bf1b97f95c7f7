/// The language of a site and of the messages (`language:` in site.yml, `--lang`).
public enum Language: String, Sendable, CaseIterable {
    case vi, en
}
