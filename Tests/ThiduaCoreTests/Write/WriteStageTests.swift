import Foundation
import Testing
@testable import ThiduaCore

struct WriteStageTests {
    static let files = [
        "c/campaign.md": campaignMD("""
            title: "Ghi"
            period: {start: 2024-01-01, end: 2024-12-31}
            metrics: [{id: v}]
            indicators: [{id: x, formula: "v"}]
            """),
        "c/units.csv": "id,name\na,An\nb,Bình\n",
        "c/data/2024-01-31.csv": "unit,v\na,1\nb,2\n",
    ]

    @Test func failedBuildLeavesThePreviousSiteExactlyAsItWas() throws {
        let site = TestSite(Self.files)
        _ = try site.build()
        let before = site.fs.snapshot.filter { $0.key.hasPrefix("public/") }
        #expect(before["public/c/a/index.html"] != nil)
        try site.fs.write(Data("unit,v\na,1\nb,hai\n".utf8), to: "content/c/data/2024-01-31.csv")
        #expect(site.errors().count == 1)
        let after = site.fs.snapshot.filter { $0.key.hasPrefix("public/") || $0.key.contains("thidua-") }
        #expect(after == before)
    }

    @Test func rebuildReplacesTheWholeSite() throws {
        let site = TestSite(Self.files)
        _ = try site.build()
        try site.fs.write(Data("id,name\na,An\n".utf8), to: "content/c/units.csv")
        try site.fs.write(Data("unit,v\na,1\n".utf8), to: "content/c/data/2024-01-31.csv")
        _ = try site.build()
        #expect(site.text("c/b/index.html") == nil)
        #expect(site.text("c/a/index.html") != nil)
        #expect(site.fs.snapshot.keys.filter { $0.contains("thidua-staging") || $0.contains("thidua-previous") }.isEmpty)
    }

    @Test func refusesAFolderNotMadeByThidua() throws {
        let site = TestSite(Self.files)
        try site.fs.write(Data("thư của tôi".utf8), to: "public/letter.txt")
        #expect(site.errors() == [
            "public: the folder exists, is not empty and was not made by thidua; remove it or choose another --output",
        ])
        #expect(site.fs.text("public/letter.txt") == "thư của tôi")
    }

    @Test func refusesToReplaceTheContentFolder() {
        let site = TestSite(Self.files)
        var options = site.options
        options.outputPath = "content"
        #expect(throws: BuildFailure.self) { try Pipeline.build(options, fileSystem: site.fs) }
        options.outputPath = "/"
        #expect(throws: BuildFailure.self) { try Pipeline.build(options, fileSystem: site.fs) }
    }

    @Test func sameContentSameBytes() throws {
        let first = TestSite(Self.files), second = TestSite(Self.files)
        _ = try first.build()
        _ = try second.build()
        #expect(first.fs.snapshot == second.fs.snapshot)
    }

    @Test func unchangedRebuildWritesNothing() throws {
        let site = TestSite(Self.files)
        let first = try site.build()
        #expect(!first.unchanged && first.filesKept == 0 && first.filesWritten > 0)
        let writes = site.fs.writes.count
        let second = try site.build()
        #expect(second.unchanged)
        #expect(second.filesWritten == 0 && second.filesKept == first.filesWritten)
        #expect(site.fs.writes.count == writes)
        #expect(second.stageSeconds.map(\.stage) == ["load", "model"])
    }

    @Test func changedFigureRewritesOnlyWhatChanged() throws {
        let site = TestSite(Self.files)
        let first = try site.build()
        try site.fs.write(Data("unit,v\na,1\nb,3\n".utf8), to: "content/c/data/2024-01-31.csv")
        let mark = site.fs.writes.count
        let second = try site.build()
        let written = Set(site.fs.writes[mark...].map { $0.replacingOccurrences(of: ".public.thidua-staging/", with: "") })
        #expect(!second.unchanged)
        #expect(second.filesWritten + second.filesKept == first.filesWritten)
        #expect(written.contains("c/b/index.html"))
        #expect(written.contains("c/data/leaderboard.json"))
        #expect(!written.contains("c/ke-hoach/index.html"))     // the plan text did not change
        #expect(!written.contains("assets/style.css"))
        #expect(second.filesKept > 0)
        #expect(site.text("c/data/leaderboard.json")?.contains("\"x\": 3") == true)
    }

    @Test func manifestRoundTrips() {
        let manifest = Manifest(fingerprint: "abc", outputs: [
            OutputFile(path: "b/index.html", text: "<p>b</p>"), OutputFile(path: "a b.svg", text: "<svg/>")])
        #expect(String(decoding: manifest.serialized(), as: UTF8.self) == """
            thidua abc
            \(ContentHash(Data("<svg/>".utf8))) 6 a b.svg
            \(ContentHash(Data("<p>b</p>".utf8))) 8 b/index.html

            """)
        #expect(Manifest.parse(manifest.serialized()) == manifest)
        // FNV-1a 64 test vectors.
        #expect(ContentHash(Data()).description == "cbf29ce484222325")
        #expect(ContentHash(Data("a".utf8)).description == "af63dc4c8601ec8c")
    }
}

struct BuildProgressTests {
    @Test func reportsEveryStageAndEveryPageAndFile() throws {
        let site = TestSite(WriteStageTests.files)
        let log = ProgressLog()
        let report = try Pipeline.build(site.options, fileSystem: site.fs, progress: BuildProgress { stage, done, total in
            log.add(stage, done, total)
        })
        #expect(log.stages == ["load", "model", "rank", "chart", "render", "write"])
        #expect(log.last["render"]! == (2, 2))                          // two unit pages
        #expect(log.last["write"]! == (report.filesWritten, report.filesWritten))
    }
}

final class ProgressLog: @unchecked Sendable {
    var stages: [String] = []
    var last: [String: (Int, Int)] = [:]
    func add(_ stage: String, _ done: Int, _ total: Int) {
        if stages.last != stage { stages.append(stage) }
        last[stage] = (done, total)
    }
}
