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
        let after = site.fs.snapshot.filter { $0.key.hasPrefix("public/") || $0.key.contains(".public.thidua-") }
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
}
