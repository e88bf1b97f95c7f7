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

/// A page whose model, template and build are unchanged is not rendered
/// again: its key (`PageKey`) is the live site's, and the Write stage links
/// its file. The site is always byte for byte the one a build from scratch makes.
struct IncrementalBuildTests {
    /// Six units in one group, two snapshots: each unit page shows its two
    /// neighbours either side.
    static let files = [
        "c/campaign.md": campaignMD("""
            title: "Ghi"
            period: {start: 2024-01-01, end: 2024-12-31}
            metrics: [{id: v}]
            indicators: [{id: x, name: "Chỉ số", formula: "v"}]
            """),
        "c/units.csv": "id,name\na,An\nb,Bình\nc,Cư\nd,Dũng\ne,Én\nf,Phong\n",
        "c/data/2024-01-31.csv": "unit,v\na,60\nb,50\nc,40\nd,30\ne,20\nf,10\n",
        "c/data/2024-02-29.csv": "unit,v\na,61\nb,51\nc,41\nd,31\ne,21\nf,11\n",
    ]

    /// The output folder's files.
    static func tree(_ site: TestSite) -> [String: Data] {
        site.fs.snapshot.filter { $0.key.hasPrefix("public/") }
    }

    /// The site a build from scratch makes of `site`'s content and theme now.
    static func fromScratch(_ site: TestSite) throws -> [String: Data] {
        let fresh = TestSite([:])
        for (path, data) in site.fs.snapshot where path.hasPrefix("content/") || path.hasPrefix("themes/") {
            try fresh.fs.write(data, to: path)
        }
        _ = try fresh.build()
        return tree(fresh)
    }

    /// What draws the images is an input like any file: a site built before a
    /// font was upgraded is not the site of the same content after.
    @Test func anotherRendererIsNotAnUnchangedSite() throws {
        let site = TestSite(Self.files)
        var watch = Stopwatch()
        func fingerprint(_ drawing: String) throws -> String {
            var seen = ""
            _ = try Pipeline.analyse(site.options, fileSystem: site.fs, watch: &watch, drawing: drawing) { seen = $0; return true }
            return seen
        }
        #expect(try fingerprint("librsvg 2.54.7; a.ttf 1 2") != fingerprint("librsvg 2.54.7; a.ttf 1 3"))
        #expect(try fingerprint("x") == fingerprint("x"))
    }

    @Test func oneChangedValueRendersOnlyThePagesThatShowIt() throws {
        let site = TestSite(Self.files)
        let first = try site.build()
        #expect(first.pagesKept == 0)
        let pages = first.pagesRendered
        // Unit f is last: its value is on its own page and embed, on the pages of
        // its two neighbours (d, e), the campaign's home, embed and indicator page.
        // A unit's page and embed are keyed by what they are made of (`UnitFacts`),
        // which for d and e includes f's row in their neighbours table: their
        // embeds, which do not show it, are rendered again too. The history
        // file has every figure.
        try site.fs.write(Data("unit,v\na,61\nb,51\nc,41\nd,31\ne,21\nf,12\n".utf8), to: "content/c/data/2024-02-29.csv")
        let second = try site.build()
        #expect(second.pagesRendered == [
            "c/chi-so/x/index.html", "c/d/embed.html", "c/d/index.html", "c/data/history.csv", "c/e/embed.html", "c/e/index.html",
            "c/f/embed.html", "c/f/index.html", "c/index.html", "embed/c/index.html",
        ])
        #expect(second.pagesKept == pages.count - second.pagesRendered.count)
        #expect(try Self.tree(site) == Self.fromScratch(site))
    }

    @Test func changingATemplateRendersEveryPageThatUsesIt() throws {
        let site = TestSite(Self.files)
        _ = try site.build()
        let template = "themes/default/templates/indicator.mustache"
        try site.fs.write(Data((site.fs.text(template)! + "<!-- v2 -->\n").utf8), to: template)
        let second = try site.build()
        #expect(second.pagesRendered == ["c/chi-so/x/index.html", "c/ky/2024-01-31/chi-so/x/index.html"])
        #expect(site.text("c/chi-so/x/index.html")?.hasSuffix("<!-- v2 -->\n") == true)
        #expect(try Self.tree(site) == Self.fromScratch(site))
    }

    @Test func aPartialRendersEveryPageThatIncludesIt() throws {
        let site = TestSite(Self.files)
        let first = try site.build()
        let partial = "themes/default/templates/foot.mustache"
        try site.fs.write(Data((site.fs.text(partial)! + "<!-- v2 -->\n").utf8), to: partial)
        let second = try site.build()
        // Neither the embeds nor the history file (not a page) include the foot.
        let unaffected = first.pagesRendered.filter { $0.contains("embed") || $0.hasSuffix(".csv") }
        #expect(unaffected.contains("c/data/history.csv"))
        #expect(second.pagesRendered == first.pagesRendered.filter { !unaffected.contains($0) })
        #expect(try Self.tree(site) == Self.fromScratch(site))
    }

    @Test func anUnchangedRebuildWritesNothing() throws {
        let site = TestSite(Self.files)
        let first = try site.build()
        let second = try site.build()
        #expect(second.unchanged && second.filesWritten == 0 && second.filesKept == first.filesWritten)
        // Without the record the data is parsed again, and every page is kept by its key.
        try site.fs.remove(".thidua-cache/last-build.txt")
        let third = try site.build()
        #expect(!third.unchanged && third.filesWritten == 0 && third.pagesRendered == [])
        #expect(third.pagesKept == first.pagesRendered.count)
    }

    @Test func aDeletedPageIsRenderedAgain() throws {
        let site = TestSite(Self.files)
        _ = try site.build()
        let before = Self.tree(site)
        try site.fs.remove("public/c/b/index.html")
        let second = try site.build()
        #expect(second.pagesRendered == ["c/b/index.html"])
        #expect(second.filesWritten == 1)
        #expect(Self.tree(site) == before)
    }

    /// A manifest of a thidua before page keys: read, and every page rendered.
    @Test func aManifestWithoutKeysMeansAFullRender() throws {
        let site = TestSite(Self.files)
        let first = try site.build()
        let marker = "public/.thidua-output"
        let text = site.fs.text(marker)!.split(separator: "\n").map { line in
            let parts = line.split(separator: " ", maxSplits: 2)
            guard parts.count == 3, let slash = parts[0].firstIndex(of: "/") else { return String(line) }
            return String(parts[0][..<slash]) + " " + parts[1] + " " + parts[2]
        }.joined(separator: "\n") + "\n"
        try site.fs.write(Data(text.utf8), to: marker)
        try site.fs.remove(".thidua-cache/last-build.txt")
        let second = try site.build()
        #expect(second.pagesRendered == first.pagesRendered && second.filesWritten == 0)
    }
}
