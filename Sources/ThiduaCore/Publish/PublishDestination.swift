/// The destination of `thidua publish`: site.yml's `publish:` block (read in
/// ThiduaModel) with the command's flags over it.
extension PublishSettingsReader {
    /// The destination from site.yml and the flags (`--to` replaces the
    /// site's host, user and path; `--port` and `--keep` override).
    public static func resolve(contentPath: String, to: String?, port: Int?, keep: Int?,
                               fileSystem fs: FileSystem) throws -> PublishTarget {
        let siteFile = joinPath(contentPath, "site.yml")
        let fromSite = try readSiteFile(siteFile, fileSystem: fs)
        var target: PublishTarget
        if let to {
            guard var parsed = PublishTarget.parse(to) else { throw PublishError(.invalidTo(to)) }
            parsed.keep = fromSite?.keep ?? PublishTarget.defaultKeep
            target = parsed
        } else if let fromSite {
            target = fromSite
        } else {
            throw PublishError(.noTarget(siteFile: siteFile))
        }
        if let port {
            guard (1...65535).contains(port) else { throw PublishError(.invalidOption("--port", "1", "65535")) }
            target.port = port
        }
        if let keep {
            guard PublishTarget.keepRange.contains(keep) else {
                throw PublishError(.invalidOption("--keep", "\(PublishTarget.keepRange.lowerBound)", "\(PublishTarget.keepRange.upperBound)"))
            }
            target.keep = keep
        }
        return target
    }
}
