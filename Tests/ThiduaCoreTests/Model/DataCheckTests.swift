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

/// Suspicious data: warnings by default, errors when the campaign says so,
/// each naming file, row, column, the values and what to do.
struct DataCheckTests {
    static let front = """
        title: "Kiểm tra"
        period: {start: 2024-07-01, end: 2024-10-31}
        metrics:
          - {id: total, column: "Tổng số hồ sơ", cumulative: true}
          - {id: received_online, column: "Tiếp nhận trực tuyến", cumulative: true}
          - {id: received_rate_reported, column: "Tỷ lệ tiếp nhận", check: "received_online / total", optional: true}
        indicators:
          - {id: rate, formula: "received_online / total", format: percent}
        checks:
          - "received_online <= total"
        """

    static let units = "id,name\nso-noi-vu,Sở Nội vụ\nso-y-te,Sở Y tế\nso-tu-phap,Sở Tư pháp\n"

    /// Sở Nội vụ as printed in the Đắk Nông appendix: 10 of 241 reported as 17 %.
    static let july = """
        unit,Tổng số hồ sơ,Tiếp nhận trực tuyến,Tỷ lệ tiếp nhận
        so-noi-vu,241,10,17%
        so-y-te,433,162,37%
        so-tu-phap,2.549,552,22%

        """

    static let october = """
        unit,Tổng số hồ sơ,Tiếp nhận trực tuyến
        so-noi-vu,402,139
        so-y-te,420,450

        """

    func site(_ front: String = DataCheckTests.front, october: String = DataCheckTests.october) -> TestSite {
        TestSite(["c/campaign.md": campaignMD(front), "c/units.csv": Self.units,
                  "c/data/2024-07-16.csv": Self.july, "c/data/2024-10-31.csv": october])
    }

    static let warnings = [
        "content/c/data/2024-07-16.csv:2:4: warning: received_rate_reported of unit \"so-noi-vu\" (Sở Nội vụ) is reported as 17%, but received_online / total = 4.1% (received_online = 10, total = 241), more than 1 percentage point apart; correct the reported figure or the figures it is computed from",
        "content/c/data/2024-10-31.csv:3:3: warning: received_online = 450 is larger than total = 420 for unit \"so-y-te\" (Sở Y tế), against the check \"received_online <= total\"; correct the figures in this file, or the check in campaign.md",
        "content/c/data/2024-10-31.csv:3:2: warning: total of unit \"so-y-te\" (Sở Y tế) drops from 433 on 2024-07-16 to 420 on 2024-10-31, but it is cumulative (a running total never goes down); correct the figure here or in 2024-07-16.csv, or remove `cumulative: true` from the metric",
        "content/c/data/2024-10-31.csv: warning: unit \"so-tu-phap\" (Sở Tư pháp, content/c/units.csv line 4) has no row in the current snapshot (2024-10-31), so it has no rank; add its row, or remove it from units.csv if it no longer takes part",
    ]

    @Test func suspiciousDataGivesWarningsAndTheBuildGoesOn() throws {
        let site = site()
        #expect(site.messages() == Self.warnings)
        #expect(site.text("c/data/leaderboard.json") != nil)
        #expect(try Pipeline.check(site.options, fileSystem: site.fs).map(\.english) == Self.warnings)
    }

    @Test func rulesMarkedAsErrorsFailTheBuild() {
        let front = Self.front.replacingOccurrences(of: "  - \"received_online <= total\"", with: """
              - {rule: "received_online <= total", level: error}
              - {rule: missing_units, level: error}
              - {rule: cumulative, level: off}
              - {rule: reported_rates, level: off}
            """)
        #expect(site(front).errors() == [
            "content/c/data/2024-10-31.csv:3:3: received_online = 450 is larger than total = 420 for unit \"so-y-te\" (Sở Y tế), against the check \"received_online <= total\"; correct the figures in this file, or the check in campaign.md",
            "content/c/data/2024-10-31.csv: unit \"so-tu-phap\" (Sở Tư pháp, content/c/units.csv line 4) has no row in the current snapshot (2024-10-31), so it has no rank; add its row, or remove it from units.csv if it no longer takes part",
        ])
    }

    @Test func expressionsAndOtherComparisons() {
        let front = Self.front.replacingOccurrences(of: "  - \"received_online <= total\"", with: """
              - "received_online * 4 < total + 1"
              - "total == 241"
            """)
        let october = "unit,Tổng số hồ sơ,Tiếp nhận trực tuyến\nso-noi-vu,402,100\nso-y-te,440,110\nso-tu-phap,2.600,600\n"
        #expect(site(front, october: october).messages().filter { $0.contains("against the check") } == [
            "content/c/data/2024-07-16.csv:3:3: warning: received_online * 4 = 648 (received_online = 162) is not smaller than total + 1 = 434 (total = 433) for unit \"so-y-te\" (Sở Y tế), against the check \"received_online * 4 < total + 1\"; correct the figures in this file, or the check in campaign.md",
            "content/c/data/2024-07-16.csv:3:2: warning: total = 433 differs from 241 for unit \"so-y-te\" (Sở Y tế), against the check \"total == 241\"; correct the figures in this file, or the check in campaign.md",
            "content/c/data/2024-07-16.csv:4:2: warning: total = 2,549 differs from 241 for unit \"so-tu-phap\" (Sở Tư pháp), against the check \"total == 241\"; correct the figures in this file, or the check in campaign.md",
            "content/c/data/2024-10-31.csv:2:2: warning: total = 402 differs from 241 for unit \"so-noi-vu\" (Sở Nội vụ), against the check \"total == 241\"; correct the figures in this file, or the check in campaign.md",
            "content/c/data/2024-10-31.csv:3:2: warning: total = 440 differs from 241 for unit \"so-y-te\" (Sở Y tế), against the check \"total == 241\"; correct the figures in this file, or the check in campaign.md",
            "content/c/data/2024-10-31.csv:4:2: warning: total = 2,600 differs from 241 for unit \"so-tu-phap\" (Sở Tư pháp), against the check \"total == 241\"; correct the figures in this file, or the check in campaign.md",
        ])
    }

    @Test func toleranceOfAReportedRate() {
        let front = Self.front.replacingOccurrences(of: "optional: true}", with: "optional: true, tolerance: 15%}")
        #expect(site(front).messages().filter { $0.contains("reported") } == [])
        let strict = Self.front.replacingOccurrences(of: "optional: true}", with: "optional: true, tolerance: 0.1%}")
        #expect(site(strict).messages().filter { $0.contains("reported") } == [
            "content/c/data/2024-07-16.csv:2:4: warning: received_rate_reported of unit \"so-noi-vu\" (Sở Nội vụ) is reported as 17%, but received_online / total = 4.1% (received_online = 10, total = 241), more than 0.1 percentage points apart; correct the reported figure or the figures it is computed from",
            "content/c/data/2024-07-16.csv:3:4: warning: received_rate_reported of unit \"so-y-te\" (Sở Y tế) is reported as 37%, but received_online / total = 37.4% (received_online = 162, total = 433), more than 0.1 percentage points apart; correct the reported figure or the figures it is computed from",
            "content/c/data/2024-07-16.csv:4:4: warning: received_rate_reported of unit \"so-tu-phap\" (Sở Tư pháp) is reported as 22%, but received_online / total = 21.7% (received_online = 552, total = 2,549), more than 0.1 percentage points apart; correct the reported figure or the figures it is computed from",
        ])
    }

    @Test func aMissingOptionalColumnIsNoData() throws {
        let front = Self.front.replacingOccurrences(of: ", optional: true}", with: "}")
        #expect(site(front).errors() == [
            "content/c/data/2024-10-31.csv:1: metric \"received_rate_reported\" has no column \"Tỷ lệ tiếp nhận\" in the header; add the column or fix `column:` in campaign.md",
        ])
        let snapshots = try site().result().campaign.snapshots
        #expect(snapshots[1].columns == [1, 2, nil])
        #expect(snapshots[1].rows[0]! == [402, 139, nil])
    }

    @Test func badRules() {
        let front = Self.front.replacingOccurrences(of: "  - \"received_online <= total\"", with: """
              - "received_online <= totl"
              - "received_online total"
              - "baseline(total) <= total"
              - {rule: "1 < 2", level: fatal}
              - [x]
            """)
        #expect(site(front).errors() == [
            "content/c/campaign.md:11:25: in the check \"received_online <= totl\": unknown id \"totl\"; expected a metric (total, received_online, received_rate_reported); did you mean `total`?",
            "content/c/campaign.md:12:5: the check \"received_online total\" compares nothing; write e.g. \"received_online <= total\" (operators <=, <, >=, >, ==, !=; and, or, not), or one of: missing_units, cumulative, reported_rates",
            "content/c/campaign.md:13:6: in the check \"baseline(total) <= total\": baseline(…) cannot be used in a data check; compare figures of the same snapshot",
            "content/c/campaign.md:14:28: `level` is \"fatal\"; expected one of: error, warning, off",
            "content/c/campaign.md:14:12: the check \"1 < 2\" names no metric; compare metrics, e.g. \"received_online <= total\"",
            "content/c/campaign.md:15:5: each check is a rule such as \"received_online <= total\", or {rule: \"…\", level: error}",
        ])
    }

    @Test func badMetricCheck() {
        let front = Self.front.replacingOccurrences(of: "check: \"received_online / total\"", with: "check: \"received_online / received_rate_reported\"")
            .replacingOccurrences(of: "cumulative: true}\n  - {id: received_online", with: "cumulative: yes please}\n  - {id: received_online")
        #expect(site(front).errors() == [
            "content/c/campaign.md:5:54: `cumulative` must be true or false",
            "content/c/campaign.md:7:68: the check of metric \"received_rate_reported\" uses the metric itself; compare it with other metrics, e.g. check: \"received_online / total\"",
        ])
    }

    @Test func messageNumbers() {
        #expect(MessageNumber.format(18775) == "18.775")
        #expect(MessageNumber.format(2_614_507_177) == "2.614.507.177")
        #expect(MessageNumber.format(0.5) == "0,5")
        #expect(MessageNumber.format(-1234.25) == "-1.234,25")
        #expect(MessageNumber.format(0.041493775) == "0,0415")
        #expect(MessageNumber.percent(0.041493775) == "4,1%")
        #expect(MessageNumber.percent(0.17) == "17%")
    }
}
