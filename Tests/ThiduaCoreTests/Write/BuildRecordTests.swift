import Foundation
import Testing
@testable import ThiduaSupport
@testable import ThiduaLoad
@testable import ThiduaModel
@testable import ThiduaRank
@testable import ThiduaChart
@testable import ThiduaRender
@testable import ThiduaWrite
@testable import ThiduaCore

/// What a build reported is kept beside the content (never in the site), one
/// warning per line, so an unchanged rebuild can repeat it.
struct BuildRecordTests {
    @Test func roundTripsWarningsWithTabsNewlinesAndBackslashes() {
        let record = BuildRecord(fingerprint: "abc", campaigns: 2, units: 23, warnings: [
            .warning(SourceLocation(path: "content/c/data/2024-07-16.csv", line: 5, column: 3),
                     .unexpectedError, ["error": "Sở Nội vụ: 10/241 là 4,1%,\tnhưng\nbảng ghi 17%\r\n"]),
            .warning(SourceLocation(path: "content/site.yml"), .noBaseURL),
        ])
        // The message is kept as its key and values, printed in the language of the build that repeats it.
        #expect(String(decoding: record.serialized(), as: UTF8.self) == """
            thidua-build abc
            campaigns 2 units 23
            content/c/data/2024-07-16.csv\t5\t3\t{"key":"unexpectedError","values":{"error":{"text":{"_0":"Sở Nội vụ: 10\\\\/241 là 4,1%,\\\\tnhưng\\\\nbảng ghi 17%\\\\r\\\\n"}}}}
            content/site.yml\t\t\t{"key":"noBaseURL","values":{}}

            """)
        #expect(BuildRecord.parse(record.serialized()) == record)
        #expect(BuildRecord.parse(Data("thidua abc\n".utf8)) == nil)
    }

    @Test func livesBesideTheCardCache() {
        #expect(BuildRecord.path(cardCache: "./.thidua-cache/cards") == "./.thidua-cache/last-build.txt")
        #expect(BuildRecord.path(cardCache: "/srv/.thidua-cache/cards/") == "/srv/.thidua-cache/last-build.txt")
    }

    @Test func theSiteHoldsNoWarnings() throws {
        let site = TestSite(WriteStageTests.files, site: "title: \"Thi đua\"\n")   // no base_url: a warning
        let first = try site.build()
        #expect(first.warnings.count == 1)
        let published = site.fs.snapshot.filter { $0.key.hasPrefix("public/") }
        #expect(!published.values.contains { String(decoding: $0, as: UTF8.self).contains("base_url") })
        #expect(site.fs.snapshot[".thidua-cache/last-build.txt"] != nil)
        // Without the record the site is rebuilt (nothing changes), and the record comes back.
        try site.fs.remove(".thidua-cache/last-build.txt")
        let second = try site.build()
        #expect(!second.unchanged && second.filesWritten == 0 && second.warnings == first.warnings)
        let third = try site.build()
        #expect(third.unchanged && third.warnings == first.warnings)
    }
}

/// On a real disk: a copy of the cache made with hard links (`cp -al`) keeps
/// its own record when a build replaces this one.
struct BuildRecordDiskTests {
    @Test func aHardLinkedCopyIsNotRewritten() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("thidua-record-\(getpid())")
        try? FileManager.default.removeItem(at: root)
        defer { try? FileManager.default.removeItem(at: root) }
        let content = root.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content.appendingPathComponent("c/data"), withIntermediateDirectories: true)
        for (path, text) in WriteStageTests.files {
            try text.write(to: content.appendingPathComponent(path), atomically: true, encoding: .utf8)
        }
        try "title: \"T\"\n".write(to: content.appendingPathComponent("site.yml"), atomically: true, encoding: .utf8)
        let options = BuildOptions(contentPath: content.path, outputPath: root.appendingPathComponent("public").path,
                                   themeCandidates: [TestSite.repository.appendingPathComponent("themes/default").path])
        _ = try Pipeline.build(options, fileSystem: DiskFileSystem())
        let record = root.appendingPathComponent(".thidua-cache/last-build.txt")
        let copy = root.appendingPathComponent("copy-of-last-build.txt")
        try FileManager.default.linkItem(at: record, to: copy)
        let before = try Data(contentsOf: copy)
        try "unit,v\na,5\nb,2\n".write(to: content.appendingPathComponent("c/data/2024-01-31.csv"), atomically: true, encoding: .utf8)
        _ = try Pipeline.build(options, fileSystem: DiskFileSystem())
        #expect(try Data(contentsOf: copy) == before)
        #expect(try Data(contentsOf: record) != before)
    }
}
