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

/// A unit's page and embed are made from its `UnitFacts` on the campaign's
/// `unitFrame()`, and keyed by them: the frame holds no unit's data, the
/// facts' bytes name every field, and a changed plan, setting or figure
/// makes exactly the pages that show it again.
struct UnitKeysTests {
    static let files = IncrementalBuildTests.files

    static func pages(_ site: TestSite) throws -> CampaignPages {
        let analysis = try site.analyse()
        return CampaignPages(context: PageContext(settings: analysis.site.settings, strings: analysis.strings),
                             result: analysis.results[0], charts: analysis.charts[0])
    }

    static func facts(_ pages: CampaignPages, unit: String) throws -> UnitFacts {
        let standing = try #require(pages.result.current.first { pages.campaign.units[$0.unit].id == unit })
        return pages.unitFacts(standing, neighbourCells: pages.campaign.units.map { "<td>\($0.id)</td>" })
    }

    static func key(_ facts: UnitFacts) -> PageKey {
        var writer = FactsKey()
        writer.write(facts)
        return writer.key
    }

    @Test func theFrameHoldsNoUnitsData() throws {
        let pages = try Self.pages(TestSite(Self.files))
        let frame = pages.unitFrame()
        #expect(frame.result.values.map(\.count) == [0, 0])
        #expect(frame.result.standings.map(\.count) == [0, 0])
        #expect(frame.campaign.snapshots.map { $0.rows.count } == [0, 0])
        #expect(frame.campaign.snapshots.map(\.date) == pages.campaign.snapshots.map(\.date))
        #expect(frame.charts.trends.isEmpty && frame.charts.bullets.isEmpty && frame.charts.rankTrends.isEmpty)
        #expect(frame.scopes.ranked == 6 && frame.scopes.rankedInGroup == ["all": 6] && frame.scopes.members.isEmpty)
        #expect(frame.table.hasChange == pages.table.hasChange && frame.table.hasChange)
        // The campaign as read, apart from the rows: the same plan digest.
        #expect(frame.campaign.planDigest == pages.campaign.planDigest && frame.campaign.planDigest.count == 32)
    }

    /// What a unit page built on the frame could read of another unit is not there: reading it stops the build.
    @Test func readingAUnitsFiguresFromTheFrameTraps() async {
        await #expect(processExitsWith: .failure) {
            let pages = try UnitKeysTests.pages(TestSite(UnitKeysTests.files))
            _ = pages.unitFrame().result.rank(of: 0, at: 1)
        }
        await #expect(processExitsWith: .failure) {
            let pages = try UnitKeysTests.pages(TestSite(UnitKeysTests.files))
            _ = pages.unitFrame().charts.trends[0]
        }
        // Reads that an empty table would answer with "nobody" stop the build too.
        await #expect(processExitsWith: .failure) {
            let pages = try UnitKeysTests.pages(TestSite(UnitKeysTests.files))
            _ = pages.unitFrame().standings
        }
        await #expect(processExitsWith: .failure) {
            let pages = try UnitKeysTests.pages(TestSite(UnitKeysTests.files))
            _ = pages.unitFrame().result.current
        }
        await #expect(processExitsWith: .failure) {
            let pages = try UnitKeysTests.pages(TestSite(UnitKeysTests.files))
            _ = pages.unitFrame().at(0)
        }
    }

    @Test func aUnitsFactsAreItsOwn() throws {
        let pages = try Self.pages(TestSite(Self.files))
        let facts = try Self.facts(pages, unit: "d")
        #expect(facts.standing.rank == 4 && facts.standing.values == [31])
        #expect(facts.history.map(\.snapshot) == [0, 1] && facts.history.map(\.rank) == [4, 4])
        #expect(facts.history.map(\.values) == [[30], [31]])
        #expect(facts.change == 0 && facts.baselineChange == nil)
        #expect(facts.neighbours.map(\.unit) == [1, 2, 3, 4, 5])
        #expect(facts.neighbours.map(\.cells) == ["<td>b</td>", "<td>c</td>", "<td>d</td>", "<td>e</td>", "<td>f</td>"])
        #expect(facts.trends.count == 1 && facts.bullets.count == 1 && facts.rankTrend.points.map(\.value) == [4, 4])
    }

    @Test func theFactsKeyIsStableAndNamesEveryChange() throws {
        let pages = try Self.pages(TestSite(Self.files))
        let facts = try Self.facts(pages, unit: "d")
        let key = Self.key(facts)
        #expect(Self.key(try Self.facts(pages, unit: "d")) == key)
        // The key the facts' bytes had when they were kept in a buffer and hashed whole.
        #expect(key.description == "a56ba16c448279ca0c137d27ede7f214")
        var changes: [UnitFacts] = []
        var f = facts; f.standing.rank = 5; changes.append(f)
        f = facts; f.standing.values = [32]; changes.append(f)
        f = facts; f.standing.targetsMet = [TargetCheck(indicator: 0, goal: Goal(threshold: nil), met: true)]; changes.append(f)
        f = facts; f.history[0].values = [nil]; changes.append(f)
        f = facts; f.change = nil; changes.append(f)
        f = facts; f.baselineChange = 0; changes.append(f)
        f = facts; f.gaps = [.amount(1)]; changes.append(f)
        f = facts; f.streaks = [3]; changes.append(f)
        f = facts; f.paces = [.reaches(Day(year: 2024, month: 5, day: 1))]; changes.append(f)
        f = facts; f.bullets[0].references = [.init(kind: .best, value: 61, text: "An")]; changes.append(f)
        f = facts; f.trends[0].points[1].valueText = "31,0"; changes.append(f)
        f = facts; f.trends[0].domain = (low: 0, high: 100); changes.append(f)
        f = facts; f.rankTrend.ticks = []; changes.append(f)
        f = facts; f.neighbours[4].cells = "<td>F</td>"; changes.append(f)
        // Moved between neighbouring fields: the lengths keep them apart.
        f = facts; f.neighbours[3].cells += "x"; f.neighbours[4].cells = String(f.neighbours[4].cells.dropFirst()); changes.append(f)
        let keys = Set(changes.map { Self.key($0) } + [key])
        #expect(keys.count == changes.count + 1)
    }

    /// The stored fields of every type `FactsKey` writes: a field added to
    /// one of them fails here until the writer writes it too.
    @Test func theWriterKnowsEveryStoredField() throws {
        let pages = try Self.pages(TestSite(Self.files))
        let facts = try Self.facts(pages, unit: "d")
        func fields(_ value: Any) -> [String] { Mirror(reflecting: value).children.map { $0.label ?? "?" } }
        #expect(fields(facts) == ["standing", "history", "change", "baselineChange", "gaps", "streaks", "paces",
                                  "bullets", "trends", "rankTrend", "neighbours"])
        #expect(fields(facts.history[0]) == ["snapshot", "rank", "values"])
        #expect(fields(facts.neighbours[0]) == ["unit", "cells"])
        #expect(fields(facts.standing) == ["unit", "group", "bracket", "reported", "rank", "groupRank", "bracketRank",
                                           "score", "values", "targetsMet", "awards"])
        // The goal is left out on purpose: see `FactsKey`.
        #expect(fields(TargetCheck(indicator: 0, goal: Goal(threshold: nil), met: true)) == ["indicator", "goal", "met"])
        #expect(fields(facts.bullets[0]) == ["id", "title", "description", "value", "valueText", "target", "targetText",
                                             "met", "scaleMax", "scaleMin", "references"])
        #expect(fields(BulletChart.Reference(kind: .median, value: 1, text: "")) == ["kind", "value", "text"])
        #expect(fields(facts.trends[0]) == ["id", "title", "description", "points", "target", "targetText", "inverted",
                                            "domain", "ticks"])
        #expect(fields(facts.trends[0].points[0]) == ["label", "value", "valueText"])
        #expect(fields(TrendChart.Tick(value: 0, text: "")) == ["value", "text"])
    }

    @Test func aChangedPlanOrSettingMakesEveryUnitAgain() throws {
        let site = TestSite(Self.files)
        let first = try site.build()
        let units = ["a", "b", "c", "d", "e", "f"].flatMap { ["c/\($0)/index.html", "c/\($0)/embed.html"] }
        #expect(units.allSatisfy(first.pagesRendered.contains))
        // The indicator's name is on every unit page.
        try site.fs.write(Data(site.fs.text("content/c/campaign.md")!.replacingOccurrences(of: "Chỉ số", with: "Chỉ số mới").utf8),
                          to: "content/c/campaign.md")
        let second = try site.build()
        #expect(units.allSatisfy(second.pagesRendered.contains))
        #expect(try IncrementalBuildTests.tree(site) == IncrementalBuildTests.fromScratch(site))
        // The site's title is in every page's head.
        try site.fs.write(Data(site.fs.text("content/site.yml")!.replacingOccurrences(of: "title:", with: "title: Mới —").utf8),
                          to: "content/site.yml")
        let third = try site.build()
        #expect(units.allSatisfy(third.pagesRendered.contains))
        #expect(try IncrementalBuildTests.tree(site) == IncrementalBuildTests.fromScratch(site))
    }

    @Test func aNewLastPlaceChangesTheCountsOnEveryUnitPage() throws {
        let site = TestSite(Self.files)
        _ = try site.build()
        // Unit f loses its row: 5 ranked units instead of 6, on every unit page ("Hạng 2/5").
        try site.fs.write(Data("unit,v\na,61\nb,51\nc,41\nd,31\ne,21\n".utf8), to: "content/c/data/2024-02-29.csv")
        let second = try site.build()
        #expect(["a", "b", "c", "d", "e", "f"].allSatisfy { second.pagesRendered.contains("c/\($0)/index.html") })
        #expect(site.text("c/a/index.html")?.contains("1/5") == true)
        #expect(try IncrementalBuildTests.tree(site) == IncrementalBuildTests.fromScratch(site))
    }
}
