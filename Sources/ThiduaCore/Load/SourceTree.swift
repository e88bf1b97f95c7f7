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
    /// `data/*.csv` and `data/*.xlsx` files in name order.
    public var snapshots: [DataFile]
}

/// A theme folder: Mustache templates by name (file name without
/// `.mustache`), UI strings by language, and static assets by relative path.
public struct ThemeSource: Sendable {
    public var path: String
    public var templates: [String: SourceFile]
    public var strings: [String: SourceFile]
    public var assets: [String: Data]
}
