import Foundation

/// `thidua new <slug>`: a new campaign folder that builds at once — a
/// commented Vietnamese `campaign.md` showing every front-matter key, a
/// `units.csv` and one illustrative snapshot — plus `site.yml` when the
/// content folder has none. The files are fixed text (no date from the
/// clock), and an existing folder is never overwritten.
public enum CampaignScaffold {
    /// The date of the sample snapshot: the start of the sample period.
    public static let sampleDate = "2025-07-01"

    /// The files of a new campaign, as paths relative to the content folder.
    public static func files(slug: String) -> [(path: String, text: String)] {
        [
            (joinPath(slug, "campaign.md"), ScaffoldTexts.campaign),
            (joinPath(slug, "units.csv"), ScaffoldTexts.units),
            (joinPath(slug, "data", sampleDate + ".csv"), ScaffoldTexts.snapshot),
        ]
    }

    /// Writes the campaign folder (and `site.yml` if missing) under the
    /// content folder; returns the paths written. Fails, writing nothing,
    /// when the slug is not a valid folder name or the folder exists.
    @discardableResult
    public static func create(slug: String, contentPath: String, fileSystem fs: FileSystem) throws -> [String] {
        let folder = joinPath(contentPath, slug)
        if let problem = Slug.problem(with: slug) {
            throw BuildFailure([.error(SourceLocation(path: folder),
                .campaignFolderInvalid, ["slug": slug, "problem": problem])])
        }
        if fs.isFolder(folder) || fs.isFile(folder) {
            throw BuildFailure([.error(SourceLocation(path: folder),
                .campaignExists)])
        }
        var written: [String] = []
        let sitePath = joinPath(contentPath, "site.yml")
        var files = files(slug: slug).map { (joinPath(contentPath, $0.path), $0.text) }
        if !fs.isFile(sitePath) { files.insert((sitePath, ScaffoldTexts.site), at: 0) }
        for (path, text) in files {
            do {
                try fs.write(Data(text.utf8), to: path)
            } catch let error as FileSystemError {
                throw BuildFailure([.error(SourceLocation(path: error.path), error.message)])
            }
            written.append(path)
        }
        return written
    }
}
