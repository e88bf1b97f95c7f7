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

/// The example campaign of Đắk Nông at its baseline (16/07/2024), the
/// figures of the plan's printed Phụ lục 2: its indicator page of the
/// processed-online rate lists the units in the order their figures give,
/// which is the appendix's order apart from the misprinted rate.
struct DakNongBaselineTests {
    static let folder = "dak-nong-2024"

    /// The campaign as it is in the repository's example content.
    static func site() throws -> TestSite {
        TestSite(try TestSite.exampleFiles(folder))
    }

    /// Phụ lục 2 of the plan ("Tỷ lệ hồ sơ tiếp nhận, xử lý trực tuyến", data
    /// to 16/7/2024), section A, in its printed order: by the printed rate of
    /// processed-online files, highest first.
    static let appendixA = [
        "so-ke-hoach-va-dau-tu", "so-thong-tin-va-truyen-thong", "so-cong-thuong", "so-giao-thong-van-tai",
        "so-nong-nghiep-va-phat-trien-nong-thon", "so-van-hoa-the-thao-va-du-lich", "so-giao-duc-va-dao-tao",
        "so-xay-dung", "so-tai-chinh", "so-y-te", "so-lao-dong-thuong-binh-va-xa-hoi", "so-tu-phap",
        "so-khoa-hoc-va-cong-nghe", "so-noi-vu", "so-tai-nguyen-va-moi-truong",
    ]
    /// Section B, in its printed order.
    static let appendixB = [
        "ubnd-huyen-dak-rlap", "ubnd-huyen-dak-song", "ubnd-huyen-krong-no", "ubnd-huyen-tuy-duc",
        "ubnd-thanh-pho-gia-nghia", "ubnd-huyen-dak-mil", "ubnd-huyen-dak-glong", "ubnd-huyen-cu-jut",
    ]

    @Test func theBaselineFileIsTheAppendix() throws {
        // The data file keeps section A's rows in the printed order, with the
        // printed rates; they never rise down the list.
        let text = try String(contentsOf: TestSite.repository.appendingPathComponent("content/\(Self.folder)/data/2024-07-16.csv"),
                              encoding: .utf8)
        let rows = text.split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        #expect(rows.map { String($0[0]) }.filter { $0.hasPrefix("so-") } == Self.appendixA)
        let printed = rows.filter { $0[0].hasPrefix("so-") }.map { Int($0[5].dropLast())! }
        #expect(printed == [100, 100, 99, 97, 93, 93, 91, 80, 59, 33, 32, 22, 17, 17, 5])
        // `thidua check` names the one misprinted rate of this column.
        let warnings = try Self.site().analyse().warnings.map(\.english).filter { $0.contains("processed_rate_reported") }
        #expect(warnings == [
            "content/dak-nong-2024/data/2024-07-16.csv:5:6: warning: processed_rate_reported of unit \"so-giao-thong-van-tai\" (Sở Giao thông vận tải) is reported as 97%, but processed_online / total = 50.4% (processed_online = 4,631, total = 9,188), more than 1 percentage point apart; correct the reported figure or the figures it is computed from",
        ])
    }

    @Test func theProcessedRatePageAtTheBaselineFollowsTheAppendix() throws {
        let analysis = try Self.site().analyse()
        let context = PageContext(settings: analysis.site.settings, strings: analysis.strings)
        let pages = CampaignPages(context: context, result: analysis.results[0], charts: analysis.charts[0])
        let campaign = pages.campaign
        let baseline = try #require(campaign.baseline)
        #expect(campaign.snapshots[baseline].date.description == "2024-07-16")
        #expect(pages.pastPeriods.contains(baseline))
        let k = try #require(campaign.indicators.firstIndex { $0.id == "processed_rate" })
        let page = pages.at(baseline).indicatorPage(k)
        let ids = Dictionary(uniqueKeysWithValues: campaign.units.map { ($0.name, $0.id) })
        let listed = page.rows.map { [$0.rank, ids[$0.name] ?? $0.name, $0.value] }
        #expect(listed == [
            ["1", "so-ke-hoach-va-dau-tu", "100,0%"],
            ["1", "so-thong-tin-va-truyen-thong", "100,0%"],
            ["3", "so-cong-thuong", "99,2%"],
            ["4", "so-van-hoa-the-thao-va-du-lich", "93,4%"],
            ["5", "so-nong-nghiep-va-phat-trien-nong-thon", "93,0%"],
            ["6", "so-giao-duc-va-dao-tao", "90,7%"],
            ["7", "so-xay-dung", "80,2%"],
            ["8", "so-tai-chinh", "59,4%"],
            ["9", "so-giao-thong-van-tai", "50,4%"],
            ["10", "so-y-te", "32,8%"],
            ["11", "so-lao-dong-thuong-binh-va-xa-hoi", "32,0%"],
            ["12", "so-tu-phap", "21,7%"],
            ["13", "so-khoa-hoc-va-cong-nghe", "17,4%"],
            ["14", "so-noi-vu", "16,6%"],
            ["15", "ubnd-huyen-dak-rlap", "10,9%"],
            ["16", "ubnd-huyen-dak-song", "10,2%"],
            ["17", "ubnd-huyen-krong-no", "10,2%"],
            ["18", "ubnd-huyen-tuy-duc", "8,6%"],
            ["19", "ubnd-thanh-pho-gia-nghia", "7,8%"],
            ["20", "ubnd-huyen-dak-mil", "7,0%"],
            ["21", "ubnd-huyen-dak-glong", "6,0%"],
            ["22", "so-tai-nguyen-va-moi-truong", "5,0%"],
            ["23", "ubnd-huyen-cu-jut", "2,2%"],
        ])
        // Group by group, the appendix's order but for two things: Sở Giao
        // thông vận tải, printed 97% for 4.631/9.188 = 50,4%, takes its place
        // by its figures; and rows 5–6, both printed 93%, are in the order of
        // their figures (185/198 = 93,4% before 4.151/4.464 = 93,0%).
        let order = listed.map { $0[1] }
        var expectedA = Self.appendixA.filter { $0 != "so-giao-thong-van-tai" }
        expectedA.insert("so-giao-thong-van-tai", at: expectedA.firstIndex(of: "so-y-te")!)
        expectedA.swapAt(3, 4)
        #expect(order.filter { $0.hasPrefix("so-") } == expectedA)
        #expect(order.filter { !$0.hasPrefix("so-") } == Self.appendixB)
        // The page itself is written where the period's pages are.
        let site = try Self.site()
        _ = try site.build()
        #expect(site.text("dak-nong-2024/ky/2024-07-16/chi-so/processed-rate/index.html")?
            .contains("<h1>Tỷ lệ hồ sơ giải quyết trực tuyến (lũy kế từ 01/01/2024)</h1>") == true)
    }
}
