/// Refuses a build that would take campaigns off the published site by
/// accident: content with no campaign at all (a wrong --content, a folder
/// renamed), or without a campaign that the site in the output folder has.
/// `--allow-empty` and `--allow-removal` say it is meant.
package enum RemovalGuard {
    /// The campaigns of a site thidua built, from its manifest: each has
    /// its open data at `SLUG/data/leaderboard.json`.
    static func campaigns(in manifest: Manifest) -> [String] {
        let suffix = "/data/leaderboard.json"
        return manifest.files.keys.compactMap { path -> String? in
            guard path.hasSuffix(suffix) else { return nil }
            let slug = path.dropLast(suffix.count)
            return slug.contains("/") || slug.isEmpty ? nil : String(slug)
        }.sortedByBytes { $0 }
    }

    package static func check(campaigns: [String], previous: Manifest?, output: String, content: String,
                      allowEmpty: Bool, allowRemoval: Bool) throws {
        if campaigns.isEmpty && !allowEmpty {
            throw BuildFailure([.error(SourceLocation(path: content),
                .noCampaigns, ["output": output])])
        }
        // An empty site, asked for, removes every campaign: that is what was asked.
        guard let previous, !allowRemoval, !campaigns.isEmpty else { return }
        let current = Set(campaigns)
        let dropped = Self.campaigns(in: previous).filter { !current.contains($0) }
        guard !dropped.isEmpty else { return }
        let names = dropped.map { "\"\($0)\"" }.joined(separator: ", ")
        throw BuildFailure([.error(SourceLocation(path: content),
            .campaignsWouldBeRemoved, ["output": output, "names": names])])
    }
}
