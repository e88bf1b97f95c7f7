/// Site-wide settings from `site.yml`.
public struct SiteSettings: Sendable {
    public var title: String
    /// Absolute URL ending in `/`, or nil when not configured.
    public var baseURL: String?
    public var language: Language
    public var organization: String?
}

/// The whole modelled site: settings and campaigns in folder-name order.
public struct Site: Sendable {
    public var settings: SiteSettings
    public var campaigns: [Campaign]
}

/// The Model stage: parses a `SourceTree` into a `Site`, or fails with
/// every error found.
public enum ModelStage {
    public static func make(_ source: SourceTree, baseURLOverride: String? = nil) throws -> (Site, [Diagnostic]) {
        let (site, warnings, _) = try make(source, baseURLOverride: baseURLOverride, memo: nil)
        return (site, warnings)
    }

    /// As `make`, with the snapshots `memo` has decoded instead of parsed;
    /// also gives the new parses to keep for the next build (`MemoEntries`).
    public static func make(_ source: SourceTree, baseURLOverride: String? = nil,
                            memo: SnapshotMemo?) throws -> (Site, [Diagnostic], MemoEntries) {
        var log = DiagnosticLog()
        log.append(contentsOf: source.warnings)
        let settings = readSettings(source.site, baseURLOverride: baseURLOverride, log: &log)
        var campaigns: [Campaign] = []
        var parses = MemoEntries()
        for campaignSource in source.campaigns {
            if let campaign = CampaignReader.read(campaignSource, memo: memo, parses: &parses, log: &log) {
                campaigns.append(campaign)
            }
        }
        try log.throwIfErrors()
        guard let settings else { throw BuildFailure(log.entries) }
        return (Site(settings: settings, campaigns: campaigns), log.entries, parses)
    }

    static func readSettings(_ file: SourceFile, baseURLOverride: String?, log: inout DiagnosticLog) -> SiteSettings? {
        let root: YAMLNode
        do {
            root = try YAMLNode.parse(file.text, path: file.path)
        } catch let diagnostic as Diagnostic {
            log.append(diagnostic)
            return nil
        } catch {
            log.error(file.location, .unexpectedError, ["error": "\(error)"])
            return nil
        }
        guard root.pairs != nil else {
            log.error(root.location, .siteNotMap)
            return nil
        }
        root.warnUnknownKeys(["title", "base_url", "language", "organization", "publish"], context: Message(.ctxNamed, ["name": "site.yml"]), log: &log)
        // Read here too so that `thidua check` and `build` report a wrong `publish:` block.
        _ = PublishSettingsReader.read(root["publish"], log: &log)
        let title = root.string("title", required: true, log: &log)
        var baseURL: String?
        if let override = baseURLOverride {
            baseURL = normalizeBaseURL(override)
            if baseURL == nil {
                log.error(SourceLocation(path: "--base-url"),
                    .baseURLFlagInvalid, ["override": override])
            }
        } else if let text = root.string("base_url", log: &log) {
            baseURL = normalizeBaseURL(text)
            if baseURL == nil {
                log.error(root["base_url"]!.location,
                    .baseURLInvalid)
            }
        }
        let language = RulesReader.enumField(root, "language", default: Language.vi, log: &log)
        guard let title else { return nil }
        return SiteSettings(title: title, baseURL: baseURL, language: language,
                            organization: root.string("organization", log: &log))
    }

    /// An absolute http(s) URL with a trailing slash, or nil.
    static func normalizeBaseURL(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let url = URL(string: trimmed), let scheme = url.scheme?.lowercased(),
              scheme == "http" || scheme == "https", let host = url.host, !host.isEmpty,
              !trimmed.contains(where: { $0 == "\"" || $0 == "<" || $0 == ">" || $0 == " " })
        else { return nil }
        return trimmed.hasSuffix("/") ? trimmed : trimmed + "/"
    }
}

import Foundation
