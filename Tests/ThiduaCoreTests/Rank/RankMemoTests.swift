import Foundation
import Testing
@testable import ThiduaSupport
@testable import ThiduaLoad
@testable import ThiduaModel
@testable import ThiduaRank
@testable import ThiduaWrite
@testable import ThiduaCore

/// A build keeps the standings it ranked (`.thidua-cache/standings/`), and
/// the next decodes those of the snapshots whose figures, plan, roster,
/// baseline and binary are the same (`RankMemo`): the result is the one
/// ranking every snapshot gives, on the four example campaigns (brackets
/// and scores in Cần Thơ, `baseline(…)` formulas in Đắk Nông, awards in all).
struct RankMemoTests {
    static let examples = ["can-tho-2024", "chi-lang-2026", "dak-nong-2024", "lang-son-2024"]

    /// The example campaign, modelled as a build with a snapshot cache models it.
    static func campaign(_ folder: String, change: [String: String] = [:]) throws -> Campaign {
        var files = try TestSite.exampleFiles(folder)
        files.merge(change) { _, new in new }
        let site = TestSite(files)
        let source = try ContentLoader.load(contentPath: "content", themePath: "themes/default", fileSystem: site.fs)
        return try ModelStage.make(source, memo: SnapshotMemo(tool: "t")).0.campaigns[0]
    }

    /// A data file with one figure raised by one: the last whole number of its first row.
    static func raised(_ text: String) throws -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var cells = lines[1].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        let k = try #require(cells.indices.last { Int(cells[$0]) != nil })
        cells[k] = String(Int(cells[k])! + 1)
        lines[1] = cells.joined(separator: ",")
        return lines.joined(separator: "\n")
    }

    @Test(arguments: examples)
    func decodedStandingsAreTheRankedOnes(_ folder: String) throws {
        let campaign = try Self.campaign(folder)
        let plain = RankStage.rank(campaign)
        let (first, kept) = RankStage.rank(campaign, memo: RankMemo())
        let keys = try #require(RankMemo.keys(campaign))
        #expect(kept.fresh.count == campaign.snapshots.count && kept.used == Set(keys) && Set(kept.fresh.keys) == kept.used)
        let (again, keptAgain) = RankStage.rank(campaign, memo: RankMemo(entries: kept.fresh))
        #expect(keptAgain.fresh.isEmpty && keptAgain.used == kept.used)
        for result in [first, again] {
            #expect(result.standings == plain.standings)
            #expect(result.values.elementsEqual(plain.values) { $0.elementsEqual($1) { $0 == $1 } })
            #expect(result.warnings.map(\.english) == plain.warnings.map(\.english))
        }
        // Some of every kind the examples have: ranks, targets met, awards.
        #expect(again.standings.joined().contains { !$0.awards.isEmpty && !$0.targetsMet.isEmpty && $0.rank != nil })
    }

    /// Half the snapshots from the memo, half ranked: the same result.
    @Test func aMemoOfSomeSnapshotsRanksTheOthers() throws {
        let campaign = try Self.campaign("can-tho-2024")
        let plain = RankStage.rank(campaign)
        let (_, kept) = RankStage.rank(campaign, memo: RankMemo())
        let keys = try #require(RankMemo.keys(campaign))
        let some = Dictionary(uniqueKeysWithValues: keys.enumerated().filter { $0.offset % 2 == 0 }.map { ($0.element, kept.fresh[$0.element]!) })
        let (result, again) = RankStage.rank(campaign, memo: RankMemo(entries: some))
        #expect(result.standings == plain.standings)
        #expect(Set(again.fresh.keys) == Set(keys.enumerated().filter { $0.offset % 2 == 1 }.map(\.element)))
        #expect(again.fresh == kept.fresh.filter { again.fresh[$0.key] != nil })
    }

    /// A corrected figure changes its snapshot's key alone; a corrected
    /// baseline figure every key (each snapshot's values read the baseline).
    @Test func aKeyNamesTheSnapshotAndTheBaseline() throws {
        let folder = "dak-nong-2024"
        let files = try TestSite.exampleFiles(folder)
        let campaign = try Self.campaign(folder)
        let keys = try #require(RankMemo.keys(campaign))
        let baseline = try #require(campaign.baseline)
        let dates = campaign.snapshots.map(\.date.description)
        let other = try #require(dates.indices.last { $0 != baseline })
        func changed(_ s: Int) throws -> [String] {
            let path = folder + "/data/" + dates[s] + ".csv"
            let text = try #require(files[path])
            let campaign = try Self.campaign(folder, change: [path: try Self.raised(text)])
            return try #require(RankMemo.keys(campaign))
        }
        let afterOther = try changed(other)
        #expect(zip(keys, afterOther).enumerated().filter { $0.element.0 != $0.element.1 }.map(\.offset) == [other])
        let afterBaseline = try changed(baseline)
        #expect(zip(keys, afterBaseline).allSatisfy { $0 != $1 })
        // A campaign not read through a memo has no keys: it is ranked, not kept.
        let unkeyed = try ModelStage.make(try ContentLoader.load(contentPath: "content", themePath: "themes/default",
                                                                 fileSystem: TestSite(files).fs)).0.campaigns[0]
        #expect(RankMemo.keys(unkeyed) == nil)
        #expect(RankStage.rank(unkeyed, memo: RankMemo()).kept.used.isEmpty)
    }

    /// What is not exactly the standings of this campaign is none.
    @Test func whatDoesNotFitIsNone() throws {
        let campaign = try Self.campaign("lang-son-2024")
        let rules = RankStage.UnitRules(campaign)
        let standings = RankStage.rank(campaign).standings[0]
        let data = StandingsCodec.encode(standings)
        #expect(StandingsCodec.decode(data, campaign: campaign, rules: rules) == standings)
        #expect(StandingsCodec.decode(data.dropLast(), campaign: campaign, rules: rules) == nil)
        #expect(StandingsCodec.decode(data + [0], campaign: campaign, rules: rules) == nil)
        var flipped = data
        flipped[flipped.count / 2] ^= 1
        #expect(StandingsCodec.decode(flipped, campaign: campaign, rules: rules) == nil)
        #expect(StandingsCodec.decode(Data(), campaign: campaign, rules: rules) == nil)
        // Well formed, but another campaign's: one unit fewer, a unit twice.
        #expect(StandingsCodec.decode(StandingsCodec.encode(Array(standings.dropLast())), campaign: campaign, rules: rules) == nil)
        #expect(StandingsCodec.decode(StandingsCodec.encode(standings.dropLast() + [standings[0]]), campaign: campaign, rules: rules) == nil)
        let other = try Self.campaign("chi-lang-2026")
        #expect(StandingsCodec.decode(StandingsCodec.encode(RankStage.rank(other).standings[0]), campaign: campaign, rules: rules) == nil)
    }

    /// A build keeps one entry per snapshot; after one corrected figure it
    /// writes that snapshot's entry alone, and the site is the one a build
    /// without any cache makes.
    @Test func aRebuildRanksOnlyTheChangedSnapshot() throws {
        try Self.rebuildKeepsOneEntryPerSnapshot("lang-son-2024", memo: ".thidua-cache/standings/")
    }

    /// Builds an example campaign, raises one figure of its latest snapshot
    /// (`raised`) and builds again: the memo folder `memo` holds one entry
    /// per snapshot both times, the second build writes one entry (the
    /// changed snapshot's), and the site is the one a build without any
    /// cache makes. Returns the two builds' reports and the site.
    @discardableResult
    static func rebuildKeepsOneEntryPerSnapshot(_ folder: String, memo: String) throws
        -> (first: BuildReport, second: BuildReport, site: TestSite) {
        var files = try TestSite.exampleFiles(folder)
        let site = TestSite(files)
        let firstReport = try site.build()
        func entries() -> [String: Data] { site.fs.snapshot.filter { $0.key.hasPrefix(memo) } }
        let first = entries()
        let data = files.keys.filter { $0.hasPrefix(folder + "/data/") }.sorted()
        #expect(first.count == data.count)
        let latest = try #require(data.last)
        let text = try raised(try #require(files[latest]))
        files[latest] = text
        try site.fs.write(Data(text.utf8), to: "content/" + latest)
        let mark = site.fs.writes.count
        let secondReport = try site.build()
        let second = entries()
        #expect(second.count == first.count && Set(first.keys).intersection(second.keys).count == first.count - 1)
        #expect(site.fs.writes[mark...].count { $0.hasPrefix(memo) } == 1)
        let fresh = TestSite(files)
        _ = try fresh.build()
        #expect(site.fs.snapshot.filter { $0.key.hasPrefix("public/") } == fresh.fs.snapshot.filter { $0.key.hasPrefix("public/") })
        return (firstReport, secondReport, site)
    }
}
