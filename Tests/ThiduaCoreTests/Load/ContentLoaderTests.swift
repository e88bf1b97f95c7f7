import Foundation
import Testing
@testable import ThiduaSupport
@testable import ThiduaLoad
@testable import ThiduaModel
@testable import ThiduaCore

/// The Load stage reads a campaign's data files on every core; what it
/// reports does not depend on which file was read first.
struct ContentLoaderTests {
    static let plan = campaignMD("""
        title: "T"
        period: {start: 2024-01-01, end: 2024-12-31}
        metrics: [{id: v}]
        indicators: [{id: x, formula: "v"}]
        """)

    /// Saved from Excel as "CSV" (Windows-1258) rather than "CSV UTF-8".
    static let legacy = Data("unit,v\na,1\n".utf8) + Data([0x58, 0xE3, 0x20, 0x41, 0x6E, 0x2C, 0x32, 0x0A])

    /// Each data file that is not UTF-8 is named, in folder order, with the
    /// first line that is not (the Model stage decodes the files it parses).
    @Test func everyFileThatIsNotUTF8IsNamedInFolderOrder() {
        let site = TestSite(["c/campaign.md": Self.plan, "c/units.csv": "id,name\na,An\n",
                             "c/data/2024-01-31.csv": "unit,v\na,1\n", "c/data/2024-04-30.csv": "unit,v\na,4\n"],
                            binary: ["c/data/2024-03-31.csv": Self.legacy, "c/data/2024-02-29.csv": Self.legacy,
                                     "c/data/2024-05-31.csv": Data([0xFF, 0xFE, 0x75, 0x00])])
        #expect(site.errors() == [
            "content/c/data/2024-02-29.csv:3: the file is not UTF-8 text; save it again as \"CSV UTF-8\" (or UTF-8 text)",
            "content/c/data/2024-03-31.csv:3: the file is not UTF-8 text; save it again as \"CSV UTF-8\" (or UTF-8 text)",
            "content/c/data/2024-05-31.csv: the file is UTF-16 text; save it again as \"CSV UTF-8\" (or UTF-8 text)"])
    }

    /// A file that was not UTF-8 is named again once it is saved as UTF-8
    /// and broken again: a memo of its parse is never taken for the broken
    /// bytes (the memo is keyed by them), so nothing skips the check.
    @Test func aFileBrokenAfterABuildIsNamedAtTheNextOne() throws {
        let site = TestSite(["c/campaign.md": Self.plan, "c/units.csv": "id,name\na,An\n",
                             "c/data/2024-01-31.csv": "unit,v\na,1\n", "c/data/2024-02-29.csv": "unit,v\na,2\n"])
        _ = try site.build()
        try site.fs.write(Self.legacy, to: "content/c/data/2024-02-29.csv")
        #expect(site.errors() == [
            "content/c/data/2024-02-29.csv:3: the file is not UTF-8 text; save it again as \"CSV UTF-8\" (or UTF-8 text)"])
    }

    @Test func aUTF16FileIsNamed() {
        let site = TestSite(["c/campaign.md": Self.plan, "c/units.csv": "id,name\na,An\n",
                             "c/data/2024-01-31.csv": "unit,v\na,1\n"],
                            binary: ["c/data/2024-05-31.csv": Data([0xFF, 0xFE, 0x75, 0x00])])
        #expect(site.errors().count == 1)
        #expect(site.errors().first?.hasPrefix("content/c/data/2024-05-31.csv: ") == true)
    }

    @Test func snapshotsAreInFolderOrderWhateverReadsThemFirst() throws {
        var files = ["c/campaign.md": Self.plan, "c/units.csv": "id,name\na,An\n"]
        for month in 1...9 { files["c/data/2024-0\(month)-28.csv"] = "unit,v\na,\(month)\n" }
        files["c/data/ghi-chu.txt"] = "not a snapshot"
        let site = TestSite(files)
        let source = try ContentLoader.load(contentPath: "content", themePath: "themes/default", fileSystem: site.fs)
        #expect(source.campaigns[0].snapshots.map(\.path) == (1...9).map { "content/c/data/2024-0\($0)-28.csv" })
        #expect(source.warnings.map(\.location.path) == ["content/c/data/ghi-chu.txt"])
    }

    /// A data file whose name is not UTF-8 is named as such, not "not found".
    @Test func aFileNameThatIsNotUTF8IsSaidToBeOne() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("thidua-names-\(getpid())").path
        try? FileManager.default.removeItem(atPath: root)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let fs = DiskFileSystem()
        try fs.write(Data("title: T\n".utf8), to: root + "/site.yml")
        try fs.write(Data(Self.plan.utf8), to: root + "/c/campaign.md")
        try fs.write(Data("unit,v\na,1\n".utf8), to: root + "/c/data/2024-01-31.csv")
        #expect(makeEntry(in: root + "/c/data", Latin1.sa + Array(".csv".utf8)))
        do {
            _ = try ContentLoader.load(contentPath: root, themePath: "themes/default", fileSystem: fs)
            Issue.record("loaded")
        } catch let failure as BuildFailure {
            #expect(failure.diagnostics.map(\.english) == [root + "/c/data/S\u{FFFD}.csv: the name of this file (or folder) is not "
                + "UTF-8 text, often from unpacking a ZIP made on Windows, so it cannot be read; rename it, e.g. a data file to YYYY-MM-DD.csv"])
        }
    }
}
