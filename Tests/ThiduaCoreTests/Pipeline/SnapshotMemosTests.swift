import Foundation
import Testing
@testable import ThiduaSupport
@testable import ThiduaLoad
@testable import ThiduaModel
@testable import ThiduaWrite
@testable import ThiduaCore

/// A build keeps the snapshots it parsed (`.thidua-cache/snapshots/`), and
/// the next decodes those whose file, plan, roster and binary are the same:
/// the site is the same bytes as when every file is parsed, a warning is
/// never lost to the cache, and a damaged entry only means a parse.
struct SnapshotMemosTests {
    static let files = [
        "c/campaign.md": campaignMD("""
            title: "Bộ nhớ"
            period: {start: 2024-01-01, end: 2024-12-31}
            metrics: [{id: v}, {id: w}]
            indicators: [{id: x, formula: "v / w", format: percent, target: ">= 50%"}]
            """),
        "c/units.csv": "id,name\na,An\nb,Bình\nc,Châu\n",
        // c has no row in January and b no figure v.
        "c/data/2024-01-31.csv": "unit,v,w\na,1,2\nb,,4\n",
        "c/data/2024-02-29.csv": "unit,v,w\na,3,4\nb,5,6\nc,7,8\n",
    ]
    static let folder = ".thidua-cache/snapshots"

    static func entries(_ site: TestSite) -> [String: Data] {
        site.fs.snapshot.filter { $0.key.hasPrefix(folder + "/") }
    }

    static func source(_ site: TestSite) throws -> SourceTree {
        try ContentLoader.load(contentPath: "content", themePath: "themes/default", fileSystem: site.fs)
    }

    /// The public folder of a site built from `files` with no cache at all.
    static func fresh(_ files: [String: String]) throws -> [String: Data] {
        let site = TestSite(files)
        _ = try site.build()
        return site.fs.snapshot.filter { $0.key.hasPrefix("public/") }
    }

    @Test func decodedSnapshotsAreTheParsedOnes() throws {
        let site = TestSite(Self.files)
        let source = try Self.source(site)
        let (parsed, _, parses) = try ModelStage.make(source, memo: SnapshotMemo(tool: "t"))
        #expect(parses.fresh.count == 2 && parses.used == Set(parses.fresh.keys))
        let (decoded, _, again) = try ModelStage.make(source, memo: SnapshotMemo(entries: parses.fresh, tool: "t"))
        #expect(again.fresh.isEmpty && again.used == parses.used)
        let (a, b) = (parsed.campaigns[0].snapshots, decoded.campaigns[0].snapshots)
        #expect(a.map { SnapshotCodec.encode($0) } == b.map { SnapshotCodec.encode($0) })
        #expect(b[0].rows == [[1, 2], [nil, 4], nil] && b[0].rowNumbers == [2, 3, nil] && b[0].columns == [1, 2])
        #expect(b[0].date == Day(year: 2024, month: 1, day: 31) && b[0].source == SourceLocation(path: "content/c/data/2024-01-31.csv"))
        // Another binary, another plan: other keys.
        let other = SnapshotMemo(tool: "t2").keys(source.campaigns[0])
        #expect(Set(other).isDisjoint(with: parses.used))
    }

    @Test func whatIsNotExactlyAnEncodedSnapshotIsNone() throws {
        let site = TestSite(Self.files)
        let (parsed, _) = try ModelStage.make(try Self.source(site))
        let data = SnapshotCodec.encode(parsed.campaigns[0].snapshots[0])
        #expect(SnapshotCodec.decode(data) != nil)
        #expect(SnapshotCodec.decode(data.dropLast()) == nil)
        #expect(SnapshotCodec.decode(data + [0]) == nil)
        var flipped = data
        flipped[flipped.count / 2] ^= 1
        #expect(SnapshotCodec.decode(flipped) == nil)
        #expect(SnapshotCodec.decode(Data()) == nil)
        #expect(SnapshotCodec.decode(Data("thidua-snapshot 1\n".utf8) + Data(repeating: 0, count: 8)) == nil)
    }

    @Test func aRebuildParsesOnlyTheChangedFile() throws {
        let site = TestSite(Self.files)
        _ = try site.build()
        let first = Self.entries(site)
        #expect(first.count == 2)
        var files = Self.files
        files["c/data/2024-02-29.csv"] = "unit,v,w\na,3,4\nb,5,6\nc,8,8\n"
        try site.fs.write(Data(files["c/data/2024-02-29.csv"]!.utf8), to: "content/c/data/2024-02-29.csv")
        let mark = site.fs.writes.count
        _ = try site.build()
        let second = Self.entries(site)
        // January's entry is kept as it was; February's is replaced by the new parse.
        #expect(second.count == 2 && Set(first.keys).intersection(second.keys).count == 1)
        let written = site.fs.writes[mark...].filter { $0.hasPrefix(Self.folder) }
        #expect(written.count == 1 && !first.keys.contains(written[0]))
        #expect(site.fs.snapshot.filter { $0.key.hasPrefix("public/") } == (try Self.fresh(files)))
    }

    @Test func aDamagedEntryIsParsedAgain() throws {
        let site = TestSite(Self.files)
        _ = try site.build()
        for key in Self.entries(site).keys { try site.fs.write(Data("hỏng".utf8), to: key) }
        try site.fs.write(Data("title: \"Thi đua mới\"\nbase_url: \"https://example.gov.vn/thidua/\"\n".utf8), to: "content/site.yml")
        _ = try site.build()
        let source = try Self.source(site)
        let memo = SnapshotMemo.read(source, tool: "thidua", folder: Self.folder, fileSystem: site.fs)
        #expect(memo.entries.count == 2 && memo.entries.values.allSatisfy { SnapshotCodec.decode($0) != nil })
        let site2 = TestSite(Self.files, site: "title: \"Thi đua mới\"\nbase_url: \"https://example.gov.vn/thidua/\"\n")
        _ = try site2.build()
        #expect(site.fs.snapshot.filter { $0.key.hasPrefix("public/") } == site2.fs.snapshot.filter { $0.key.hasPrefix("public/") })
    }

    /// A file whose parse warns is parsed every time, so its warning is said every time.
    @Test func aFileThatWarnsIsNotKept() throws {
        var files = Self.files
        files["c/data/2024-01-31.csv"] = "unit,v,w\na,-1,2\nb,,4\n"
        let site = TestSite(files)
        let first = try site.build()
        #expect(first.warnings.count { $0.english.contains("negative") } == 1)
        #expect(Self.entries(site).count == 1)
        try site.fs.write(Data("unit,v,w\na,3,4\nb,5,6\nc,9,8\n".utf8), to: "content/c/data/2024-02-29.csv")
        let second = try site.build()
        #expect(!second.unchanged)
        #expect(second.warnings.map(\.english) == first.warnings.map(\.english))
    }
}
