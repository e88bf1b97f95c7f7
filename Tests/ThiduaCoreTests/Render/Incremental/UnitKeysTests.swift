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
        #expect(frame.charts.builder == nil && frame.charts.groupBars.isEmpty)
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
            _ = pages.unitFrame().unitCharts(0)
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
        #expect(facts.chartInputs.values == [[30], [31]] && facts.chartInputs.ranks == [4, 4])
        let charts = pages.unitCharts(facts.standing.unit)
        #expect(charts.trends.count == 1 && charts.bullets.count == 1 && charts.rankTrend.points.map(\.value) == [4, 4])
    }

    @Test func theFactsKeyIsStableAndNamesEveryChange() throws {
        let pages = try Self.pages(TestSite(Self.files))
        let facts = try Self.facts(pages, unit: "d")
        let key = Self.key(facts)
        #expect(Self.key(try Self.facts(pages, unit: "d")) == key)
        // Pinned: the same facts give this key on every machine and run (it
        // changed when the charts' inputs replaced the charts in the facts).
        #expect(key.description == "18ca209c39c023b780d135fdd7328ca3")
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
        f = facts; f.chartInputs.values[0] = [29]; changes.append(f)
        f = facts; f.chartInputs.ranks[0] = 3; changes.append(f)
        f = facts; f.chartInputs.references[0]?.median = 29; changes.append(f)
        f = facts; f.chartInputs.references[0]?.best = 1; changes.append(f)
        f = facts; f.chartInputs.references[0]?.bestValue = 62; changes.append(f)
        f = facts; f.chartInputs.references[0] = nil; changes.append(f)
        f = facts; f.chartInputs.domains[0] = (low: 0, high: 100); changes.append(f)
        f = facts; f.neighbours[4].cells = "<td>F</td>"; changes.append(f)
        // Moved between neighbouring fields: the lengths keep them apart.
        f = facts; f.neighbours[3].cells += "x"; f.neighbours[4].cells = String(f.neighbours[4].cells.dropFirst()); changes.append(f)
        let keys = Set(changes.map { Self.key($0) } + [key])
        #expect(keys.count == changes.count + 1)
    }

    /// A unit's charts are drawn only when its page is made, and its key is
    /// made of what they are drawn from (`UnitChartInputs`): on the example
    /// campaigns, with one figure of one row changed at a time (raised ten
    /// times, set to zero) in every snapshot, every unit whose charts
    /// change has another key, and a unit whose key stays has the same charts.
    @Test(arguments: RankMemoTests.examples)
    func everyUnitWhoseChartsChangeHasAnotherKey(_ folder: String) throws {
        let files = try TestSite.exampleFiles(folder)
        func drawn(_ files: [String: String]) throws -> [Int: (key: PageKey, charts: String)] {
            let pages = try Self.pages(TestSite(files))
            var writer = FactsKey()
            // What the frame holds of the data: the counts of the current scopes (`UnitKeys`).
            writer.write(texts: [String(pages.scopes.ranked)] + pages.scopes.rankedInGroup.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" })
            let frame = writer.key
            var units: [Int: (key: PageKey, charts: String)] = [:]
            for standing in pages.result.current {
                var writer = FactsKey()
                writer.write(frame)
                writer.write(pages.unitFacts(standing, neighbourCells: pages.campaign.units.map { _ in "" }))
                let charts = pages.unitCharts(standing.unit)
                units[standing.unit] = (writer.key, (charts.bullets.map { $0.svg() } + charts.trends.map { $0.svg() }
                                                     + [charts.rankTrend.svg(), charts.rankTrend.svg(width: .file)]).joined())
            }
            return units
        }
        let base = try drawn(files)
        var changedCharts = 0, keptKeys = 0
        for path in files.keys.filter({ $0.contains("/data/") }).sorted() {
            let lines = try #require(files[path]).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            for row in Set([1, lines.count / 2, lines.count - 2]).sorted() where row >= 1 && row < lines.count {
                var cells = lines[row].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                guard let k = cells.indices.last(where: { Int(cells[$0]) != nil }) else { continue }
                for value in [String(Int(cells[k])! * 10 + 10), "0"] {
                    cells[k] = value
                    var changed = lines
                    changed[row] = cells.joined(separator: ",")
                    var modified = files
                    modified[path] = changed.joined(separator: "\n")
                    for (u, after) in try drawn(modified) {
                        let before = try #require(base[u])
                        if before.charts != after.charts {
                            changedCharts += 1
                            #expect(before.key != after.key, "\(path) row \(row) = \(value): unit \(u)'s charts changed, its key did not")
                        }
                        if before.key == after.key { keptKeys += 1 }
                    }
                }
            }
        }
        // Not vacuous: charts changed, and keys stayed where they did not.
        #expect(changedCharts > 0 && keptKeys > 0)
    }

    /// The stored fields of every type `FactsKey` writes: a field added to
    /// one of them fails here until the writer writes it too.
    @Test func theWriterKnowsEveryStoredField() throws {
        let pages = try Self.pages(TestSite(Self.files))
        let facts = try Self.facts(pages, unit: "d")
        func fields(_ value: Any) -> [String] { Mirror(reflecting: value).children.map { $0.label ?? "?" } }
        #expect(fields(facts) == ["standing", "history", "change", "baselineChange", "gaps", "streaks", "paces",
                                  "chartInputs", "neighbours"])
        #expect(fields(facts.history[0]) == ["snapshot", "rank", "values"])
        #expect(fields(facts.neighbours[0]) == ["unit", "cells"])
        #expect(fields(facts.standing) == ["unit", "group", "bracket", "reported", "rank", "groupRank", "bracketRank",
                                           "score", "values", "targetsMet", "awards"])
        // The goal is left out on purpose: see `FactsKey`.
        #expect(fields(TargetCheck(indicator: 0, goal: Goal(threshold: nil), met: true)) == ["indicator", "goal", "met"])
        #expect(fields(facts.chartInputs) == ["values", "ranks", "references", "domains"])
        #expect(fields(try #require(facts.chartInputs.references[0])) == ["median", "best", "bestValue"])
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
