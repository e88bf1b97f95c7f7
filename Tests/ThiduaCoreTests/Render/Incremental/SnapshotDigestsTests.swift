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

/// A build keeps each snapshot's digests (`.thidua-cache/digests/`) under a
/// key made of that snapshot's standings key and its place, and the next
/// reads those instead of hashing the standings again: the same digests,
/// so the same keys and pages.
struct SnapshotDigestsTests {
    /// Cần Thơ's example campaign (four groups, three with brackets), ranked as a build ranks it.
    static func result(_ files: [String: String]) throws -> CampaignResult {
        let site = TestSite(files)
        let source = try ContentLoader.load(contentPath: "content", themePath: "themes/default", fileSystem: site.fs)
        let campaign = try ModelStage.make(source, memo: SnapshotMemo(tool: "t")).0.campaigns[0]
        return RankStage.rank(campaign, memo: RankMemo()).result
    }

    @Test func digestsFromTheMemoAreTheHashedOnes() throws {
        let result = try Self.result(try TestSite.exampleFiles("can-tho-2024"))
        let history = HistoryCSV(result, format: NumberFormat(language: .vi))
        let hashed = SnapshotDigests(result, history: history)
        let keys = try #require(SnapshotDigests.memoKeys(result))
        #expect(hashed.kept.fresh.count == result.campaign.snapshots.count && Set(hashed.kept.fresh.keys) == Set(keys))
        #expect(history.positions.count == 4)
        let read = SnapshotDigests(result, history: history, memo: hashed.kept.fresh)
        #expect(read.kept.fresh.isEmpty && read.kept.used == Set(keys))
        #expect(read.files == hashed.files && read.snapshots == hashed.snapshots)
        // Without standings keys (a campaign made in memory): hashed, nothing kept.
        var unkeyed = result
        unkeyed.rankKeys = nil
        let plain = SnapshotDigests(unkeyed, history: history, memo: hashed.kept.fresh)
        #expect(plain.kept.used.isEmpty && plain.files == hashed.files && plain.snapshots == hashed.snapshots)
        // An entry for another number of files, or damaged, is hashed again.
        let entry = try #require(hashed.kept.fresh[keys[0]])
        #expect(SnapshotDigests.decode(entry, files: 4) != nil)
        #expect(SnapshotDigests.decode(entry, files: 3) == nil)
        #expect(SnapshotDigests.decode(entry.dropLast(), files: 4) == nil)
    }

    /// After one corrected figure a build digests that snapshot alone, and
    /// the site is the one a build without any cache makes.
    @Test func aRebuildDigestsOnlyTheChangedSnapshot() throws {
        try RankMemoTests.rebuildKeepsOneEntryPerSnapshot("can-tho-2024", memo: ".thidua-cache/digests/")
    }
}
