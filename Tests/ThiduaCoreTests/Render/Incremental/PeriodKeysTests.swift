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

/// A past period's pages are made from that snapshot's and the previous
/// one's figures alone (`CampaignResult.keeping(snapshots:)`) and keyed by
/// them (`PeriodKeys`): a change elsewhere leaves them unmade.
struct PeriodKeysTests {
    /// Three snapshots: two past periods (`ky/2024-01-31/`, `ky/2024-02-29/`) and the current one.
    static let files = IncrementalBuildTests.files.merging([
        "c/data/2024-03-31.csv": "unit,v\na,62\nb,52\nc,42\nd,32\ne,22\nf,12\n",
    ]) { $1 }

    static func periodPages(_ report: BuildReport) -> [String] { report.pagesRendered.filter { $0.hasPrefix("c/ky/") } }

    @Test func aChangeInTheLatestSnapshotMakesNoPastPeriod() throws {
        let site = TestSite(Self.files)
        let first = try site.build()
        #expect(Self.periodPages(first) == ["c/ky/2024-01-31/chi-so/x/index.html", "c/ky/2024-01-31/index.html",
                                            "c/ky/2024-02-29/chi-so/x/index.html", "c/ky/2024-02-29/index.html"])
        try site.fs.write(Data("unit,v\na,62\nb,52\nc,42\nd,32\ne,22\nf,13\n".utf8), to: "content/c/data/2024-03-31.csv")
        let second = try site.build()
        #expect(Self.periodPages(second) == [])
        #expect(try IncrementalBuildTests.tree(site) == IncrementalBuildTests.fromScratch(site))
    }

    @Test func aChangedPastSnapshotMakesItsPeriodAndTheNext() throws {
        let site = TestSite(Self.files)
        _ = try site.build()
        // f overtakes e on 31/01: that period's ranks, and the next period's rank changes.
        try site.fs.write(Data("unit,v\na,60\nb,50\nc,40\nd,30\ne,20\nf,25\n".utf8), to: "content/c/data/2024-01-31.csv")
        let second = try site.build()
        #expect(Self.periodPages(second) == ["c/ky/2024-01-31/chi-so/x/index.html", "c/ky/2024-01-31/index.html",
                                             "c/ky/2024-02-29/chi-so/x/index.html", "c/ky/2024-02-29/index.html"])
        #expect(try IncrementalBuildTests.tree(site) == IncrementalBuildTests.fromScratch(site))
        // Only the second period sees the change on 29/02 (its rank changes are from 31/01's ranks).
        try site.fs.write(Data("unit,v\na,61\nb,51\nc,41\nd,31\ne,21\nf,10\n".utf8), to: "content/c/data/2024-02-29.csv")
        let third = try site.build()
        #expect(Self.periodPages(third) == ["c/ky/2024-02-29/chi-so/x/index.html", "c/ky/2024-02-29/index.html"])
        #expect(try IncrementalBuildTests.tree(site) == IncrementalBuildTests.fromScratch(site))
    }

    @Test func aSliceHoldsItsSnapshotsOnly() throws {
        let analysis = try TestSite(Self.files).analyse()
        let slice = analysis.results[0].keeping(snapshots: [0, 1])
        #expect(slice.standings.map(\.count) == [6, 6, 0] && slice.values.map(\.count) == [6, 6, 0])
        #expect(slice.campaign.snapshots.map { $0.rows.count } == [6, 6, 0])
        #expect(slice.rank(of: 5, at: 1) == 6 && slice.totals.isEmpty && slice.scopes.ranked == 0)
        #expect(slice.kept == [0, 1] && slice.holds(1) && !slice.holds(2) && analysis.results[0].holds(2))
    }

    @Test func readingAnotherSnapshotFromASliceTraps() async {
        await #expect(processExitsWith: .failure) {
            let analysis = try TestSite(PeriodKeysTests.files).analyse()
            _ = analysis.results[0].keeping(snapshots: [0, 1]).rank(of: 0, at: 2)
        }
        await #expect(processExitsWith: .failure) {
            let analysis = try TestSite(PeriodKeysTests.files).analyse()
            _ = analysis.results[0].keeping(snapshots: [0, 1]).current
        }
    }
}
