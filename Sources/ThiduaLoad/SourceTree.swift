import Foundation

/// Everything the build reads, loaded from disk before any computation:
/// the site settings, each campaign's files and the theme.
public struct SourceTree: Sendable {
    public var contentPath: String
    public var site: SourceFile
    public var campaigns: [CampaignSource]
    public var theme: ThemeSource
    /// Problems found while loading that do not stop it (e.g. stray folders).
    public var warnings: [Diagnostic]
}

/// The files of one campaign folder.
public struct CampaignSource: Sendable {
    /// The folder name, which is the campaign's URL slug.
    public var slug: String
    public var folderPath: String
    public var plan: SourceFile
    public var roster: SourceFile?
    /// `awards.csv`: the awards granted by decision, when the campaign has them.
    public var grants: SourceFile?
    /// `data/*.csv`, `data/*.xlsx` and `data/*.xls` files in name order.
    public var snapshots: [DataFile]

    package init(slug: String, folderPath: String, plan: SourceFile, roster: SourceFile?, grants: SourceFile?, snapshots: [DataFile]) {
        self.slug = slug
        self.folderPath = folderPath
        self.plan = plan
        self.roster = roster
        self.grants = grants
        self.snapshots = snapshots
    }
}

/// A theme folder: Mustache templates by name (file name without
/// `.mustache`), UI strings by language, and static assets by relative path.
public struct ThemeSource: Sendable {
    public var path: String
    public var templates: [String: SourceFile]
    public var strings: [String: SourceFile]
    public var assets: [String: Data]
}

extension SourceTree {
    /// A fingerprint of every input byte (content and theme) plus `extra`
    /// (the tool's identity and options): equal fingerprints build equal sites.
    public func fingerprint(extra: [String]) -> String {
        var hash = ContentHash()
        for item in extra { hash.combine(item) }
        func add(_ file: SourceFile) {
            hash.combine(file.path)
            hash.combine(file.text)
        }
        add(site)
        for campaign in campaigns {
            add(campaign.plan)
            if let roster = campaign.roster { add(roster) }
            if let grants = campaign.grants { add(grants) }
            for file in campaign.snapshots {
                hash.combine(file.path)
                switch file.content {
                case .csv(let data), .xlsx(let data): hash.combine(data)
                }
            }
        }
        for (name, file) in theme.templates.sorted(by: { $0.key < $1.key }) { hash.combine(name); add(file) }
        for (name, file) in theme.strings.sorted(by: { $0.key < $1.key }) { hash.combine(name); add(file) }
        for (path, data) in theme.assets.sorted(by: { $0.key < $1.key }) { hash.combine(path); hash.combine(data) }
        // Files that loading skipped (an .ods, a stray folder) change no input
        // but must still be reported, so an unchanged build repeats their warnings.
        for warning in warnings { hash.combine(warning.description) }
        return hash.description
    }
}
