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

/// A unit's share card is keyed by what it is made of (`UnitKeys`), like
/// its page: a unit whose figures did not change keeps its live PNG, its
/// SVG not even written, and the card cache keeps that PNG's entry.
struct KeptCardTests {
    static let files = IncrementalBuildTests.files

    static func cards(_ site: TestSite) -> [String: Data] {
        IncrementalBuildTests.tree(site).filter { $0.key.hasSuffix("/" + CardSource.fileName) }
    }

    @Test func aUnitWhoseFiguresDidNotChangeKeepsItsCard() throws {
        let site = TestSite(Self.files)
        let first = try site.build()
        // The site's card, the campaign's home, plan and indicator cards and six unit cards; a small
        // campaign's charts as PNG too (the distribution, the group's bars, each unit's trend and rank history).
        #expect(first.cardsRendered.count == 10 + 2 + 6 * 2)
        try site.fs.write(Data("unit,v\na,61\nb,51\nc,41\nd,31\ne,21\nf,12\n".utf8), to: "content/c/data/2024-02-29.csv")
        let second = try site.build()
        // Of the unit cards only f's shows f's value; the indicator's card and the charts show every value.
        #expect(second.cardsRendered == ["c/chi-so/x/anh-chia-se.png", "c/chi-so/x/phan-bo.png", "c/data/xep-hang-all.png",
                                         "c/f/anh-chia-se.png", "c/f/x.png"])
        #expect(second.cardsReused == first.cardsRendered.count - 5)
        #expect(try IncrementalBuildTests.tree(site) == IncrementalBuildTests.fromScratch(site))
        // The kept cards' PNGs are still in the cache: a new folder gets every card without drawing one.
        var options = site.options
        options.outputPath = "elsewhere"
        let fresh = try Pipeline.build(options, fileSystem: site.fs)
        #expect(fresh.cardsRendered == [] && fresh.cardsReused == first.cardsRendered.count)
        #expect(site.fs.snapshot.filter { $0.key.hasPrefix("elsewhere/") }.count
                == IncrementalBuildTests.tree(site).count)
    }

    @Test func aMissingCardIsMadeAgain() throws {
        let site = TestSite(Self.files)
        _ = try site.build()
        let before = Self.cards(site)
        try site.fs.remove("public/c/b/" + CardSource.fileName)
        let second = try site.build()
        // From the cache: the card's SVG is made again, and its name there is that SVG's.
        #expect(second.cardsRendered == [] && second.pagesRendered == [])
        #expect(Self.cards(site) == before)
    }

    /// Deleting the card cache (after installing fonts, say) draws every card again: a
    /// card is kept by its key only while the cache still holds its PNG.
    @Test func aDeletedCacheDrawsEveryCardAgain() throws {
        let site = TestSite(Self.files)
        let first = try site.build()
        let before = Self.cards(site)
        try site.fs.remove(CardCache.folder(forContent: "content"))
        // A changed figure, so that the build is not found unchanged as a whole.
        try site.fs.write(Data("unit,v\na,61\nb,51\nc,41\nd,31\ne,21\nf,12\n".utf8), to: "content/c/data/2024-02-29.csv")
        let second = try site.build()
        #expect(second.cardsRendered.count == first.cardsRendered.count && second.cardsReused == 0)
        #expect(Self.cards(site).keys == before.keys)
        #expect(try IncrementalBuildTests.tree(site) == IncrementalBuildTests.fromScratch(site))
    }

    @Test func theManifestRecordsTheCardsKey() throws {
        let site = TestSite(Self.files)
        _ = try site.build()
        let manifest = try #require(WriteStage.manifest(in: "public", fileSystem: site.fs))
        let units = ["a", "b", "c", "d", "e", "f"].map { "c/\($0)/" + CardSource.fileName }
        #expect(units.allSatisfy { manifest.files[$0]?.key != nil })
        // Cards drawn from many units' figures are keyed by their SVG alone, in the cache's name.
        #expect(manifest.files["c/" + CardSource.fileName]?.key == nil)
    }
}
