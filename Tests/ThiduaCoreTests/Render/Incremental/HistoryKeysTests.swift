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

/// Each group's history file (`HistoryCSV`) is keyed by its own rows'
/// figures and standings (`HistoryKeys`): a change is written to the files
/// whose rows it changes, and the others are not even formatted.
struct HistoryKeysTests {
    static func historyFiles(_ report: BuildReport) -> [String] { report.pagesRendered.filter { $0.hasSuffix(".csv") } }

    /// Đắk Nông's two groups (`OpenDataTests.site`), after `csv` replaces the latest snapshot.
    static func rebuilt(with csv: String) throws -> (first: BuildReport, second: BuildReport, site: TestSite) {
        let site = OpenDataTests.site
        let first = try site.build()
        try site.fs.write(Data(csv.utf8), to: "content/dak-nong/data/2024-10-31.csv")
        return (first, try site.build(), site)
    }

    @Test func aFigureThatMovesNoRankRewritesItsOwnGroupsFile() throws {
        // Krông Nô's gain rises a little, still under Đắk Mil's: no rank moves.
        let (first, second, site) = try Self.rebuilt(with: """
            unit,Tổng số hồ sơ,Hồ sơ tiếp nhận trực tuyến
            so-cong-thuong,"25.000","24.900"
            so-y-te,600,350
            krong-no,"14.000","5.001"
            dak-mil,"19.000","4.500"
            """)
        #expect(Self.historyFiles(first) == ["dak-nong/data/history-huyen.csv", "dak-nong/data/history-so-nganh.csv"])
        #expect(Self.historyFiles(second) == ["dak-nong/data/history-huyen.csv"])
        #expect(site.text("dak-nong/data/history-huyen.csv")?.contains("\n2024-10-31,krong-no,,1,3,2,,,14000,5001,") == true)
        #expect(try IncrementalBuildTests.tree(site) == IncrementalBuildTests.fromScratch(site))
    }

    @Test func aFigureThatMovesRanksInAnotherGroupRewritesThatGroupsFileToo() throws {
        // Sở Y tế falls from first to last: both districts move up a place.
        let (_, second, site) = try Self.rebuilt(with: """
            unit,Tổng số hồ sơ,Hồ sơ tiếp nhận trực tuyến
            so-cong-thuong,"25.000","24.900"
            so-y-te,600,200
            krong-no,"14.000","5.000"
            dak-mil,"19.000","4.500"
            """)
        #expect(Self.historyFiles(second) == ["dak-nong/data/history-huyen.csv", "dak-nong/data/history-so-nganh.csv"])
        #expect(site.text("dak-nong/data/history-huyen.csv")?.contains("\n2024-10-31,dak-mil,,1,1,1,") == true)
        #expect(try IncrementalBuildTests.tree(site) == IncrementalBuildTests.fromScratch(site))
    }
}
