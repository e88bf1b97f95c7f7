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

/// Totals (a ratio of sums, per group, `aggregate`) and the plan's printed
/// figures checked against them.
struct TotalsTests {
    /// Đắk Nông's appendix shape: the plan text prints 114.251 dossiers and
    /// 32 %, while the rows sum to more.
    static let files: [String: String] = [
        "dn/campaign.md": campaignMD("""
            title: "Chiến dịch cao điểm 60 ngày"
            period: {start: 2024-09-01, end: 2024-10-31}
            baseline: 2024-07-16
            groups:
              - {id: so-nganh, name: "Các Sở, Ban, ngành"}
              - {id: huyen, name: "UBND các huyện, thành phố"}
            metrics:
              - {id: total}
              - {id: online}
              - {id: satisfaction, aggregate: mean}
              - {id: index_766, aggregate: none}
            indicators:
              - {id: rate, formula: "online / total", format: percent}
              - {id: gain, formula: "rate - baseline(rate)", format: points}
              - {id: happy, formula: "satisfaction", format: percent}
              - {id: index, formula: "index_766"}
            plan_figures:
              - {id: total, value: 114.251, date: 2024-07-16, source: "Mục II.1"}
              - {id: rate, value: "32%", date: 2024-07-16, source: "Mục II.1"}
              - {id: rate, value: "60%", date: 2024-07-16, group: so-nganh}
              - {id: online, value: 600, date: 2024-10-31}
              - {id: index, value: 80, date: 2024-10-31}
            """),
        "dn/units.csv": """
            id,name,group,aliases
            so-giao-duc-va-dao-tao,Sở Giáo dục và Đào tạo,so-nganh,Sở GD&ĐT|Sở Giáo dục - Đào tạo
            so-noi-vu,Sở Nội vụ,so-nganh,
            ubnd-huyen-cu-jut,UBND huyện Cư Jút,huyen,
            """,
        "dn/data/2024-07-16.csv": """
            name,total,online,satisfaction,index_766
            Sở GD&ĐT,1000,600,90%,80
            Sở Nội vụ,241,10,,70
            UBND huyện Cư Jút,2759,1000,80%,
            """,
        "dn/data/2024-10-31.csv": """
            name,total,online,satisfaction,index_766
            Sở Giáo dục - Đào tạo,1200,800,95%,85
            UBND huyện Cư Jút,3000,1300,85%,60
            """,
    ]

    static let missingRow = "content/dn/data/2024-10-31.csv: warning: unit \"so-noi-vu\" (Sở Nội vụ, content/dn/units.csv line 3) has no row in the current snapshot (2024-10-31), so it has no rank; add its row, or remove it from units.csv if it no longer takes part"

    @Test func ratioOfSumsPerGroupAndAggregates() throws {
        let site = TestSite(Self.files)
        let report = try site.build()
        let result = try site.result()
        let now = try #require(result.currentTotals)
        // Sở Nội vụ has no row at 31/10: it is not in the totals there.
        #expect(now.all.metrics[0...1] == [4200, 2100] && now.all.metrics[3] == nil)
        #expect(abs(now.all.metrics[2]! - 0.9) < 1e-12)   // the mean of 95 % and 85 %
        #expect(now.all.values[0] == 0.5)
        // Baseline: 1.610 of 4.000 = 40,25 %; now 50 %: +9,75 points, not a mean of the units' gains.
        #expect(abs(now.all.values[1]! - (0.5 - 1610.0 / 4000)) < 1e-12)
        #expect(abs(now.all.values[2]! - 0.9) < 1e-12)
        #expect(now.all.values[3] == nil)
        #expect(now.groups[0].metrics == [1200, 800, 0.95, nil])
        #expect(abs(now.groups[0].values[1]! - (800.0 / 1200 - 610.0 / 1241)) < 1e-12)
        #expect(now.groups[1].metrics == [3000, 1300, 0.85, nil])

        let totals = try leaderboardTotals(site, "dn")
        let all = try #require(totals["all"] as? [String: Any])
        #expect((all["metrics"] as? [String: Any])?["total"] as? Double == 4200)
        #expect((all["metrics"] as? [String: Any])?["index_766"] is NSNull)
        #expect((all["values"] as? [String: Any])?["rate"] as? Double == 0.5)
        let groups = try #require(totals["groups"] as? [String: Any])
        #expect(((groups["huyen"] as? [String: Any])?["metrics"] as? [String: Any])?["online"] as? Double == 1300)

        // The plan's figures: 114.251 against 4.000; 32 % against 40,3 %;
        // 60 % of the Sở against 49,2 %; 600 against 2.100; an index with no total.
        #expect(report.warnings.map(\.english) == [
            Self.missingRow,
            "content/dn/campaign.md:19:24: warning: the plan prints total = 114,251 on 16/07/2024 (Mục II.1), but the data files give 4,000 for the whole campaign (-96.5%); correct the data or the figure",
            "content/dn/campaign.md:20:23: warning: the plan prints rate = 32% on 16/07/2024 (Mục II.1), but the data files give 40.3% for the whole campaign (+8.3 percentage points); correct the data or the figure",
            "content/dn/campaign.md:21:23: warning: the plan prints rate = 60% on 16/07/2024, but the data files give 49.2% for group \"so-nganh\" (-10.8 percentage points); correct the data or the figure",
            "content/dn/campaign.md:22:25: warning: the plan prints online = 600 on 31/10/2024, but the data files give 2,100 for the whole campaign (+250%); correct the data or the figure",
            "content/dn/campaign.md:23:24: warning: the plan prints index = 80 on 31/10/2024, but the data files cannot give it for the whole campaign (a figure is missing, or a metric has `aggregate: none`); check the data or remove the figure",
        ])
    }

    @Test func figuresWithinHalfAPercentAreQuiet() throws {
        var files = Self.files
        files["dn/campaign.md"] = files["dn/campaign.md"]!
            .replacingOccurrences(of: "value: 114.251", with: "value: 4.019")   // 4.000 is 0,47 % below
            .replacingOccurrences(of: "value: \"32%\"", with: "value: \"40,7%\"")   // 40,25 %: 0,45 points
            .replacingOccurrences(of: "value: \"60%\"", with: "value: \"49%\"")
            .replacingOccurrences(of: "value: 600,", with: "value: 2.110,")
            .replacingOccurrences(of: "  - {id: index, value: 80, date: 2024-10-31}\n", with: "")
        let report = try TestSite(files).build()
        #expect(report.warnings.map(\.english) == [Self.missingRow])
    }

    @Test func aliasesMatchNamesAndCannotBeShared() {
        var files = Self.files
        files["dn/units.csv"] = """
            id,name,group,aliases
            so-giao-duc-va-dao-tao,Sở Giáo dục và Đào tạo,so-nganh,Sở GD&ĐT|Sở Nội vụ
            so-noi-vu,Sở Nội vụ,so-nganh,Sở GD&ĐT
            ubnd-huyen-cu-jut,UBND huyện Cư Jút,huyen,
            """
        #expect(TestSite(files).errors() == [
            "content/dn/units.csv:3:4: alias \"Sở GD&ĐT\" of unit \"so-noi-vu\" is also an alias of unit \"so-giao-duc-va-dao-tao\" (line 2); a name must point at one unit: remove it from one of them",
            "content/dn/units.csv:3:2: unit \"so-noi-vu\" is named \"Sở Nội vụ\", which is an alias of unit \"so-giao-duc-va-dao-tao\" (line 2); remove that alias",
        ])
    }

    @Test func badPlanFiguresAreErrors() {
        var files = Self.files
        files["dn/campaign.md"] = files["dn/campaign.md"]!
            .replacingOccurrences(of: "{id: total, value: 114.251, date: 2024-07-16", with: "{id: totl, value: 114.251, date: 2024-07-16")
            .replacingOccurrences(of: "{id: online, value: 600, date: 2024-10-31}", with: "{id: online, value: 600, date: 2024-08-01}")
            .replacingOccurrences(of: "value: \"60%\"", with: "value: \"sáu mươi\"")
        #expect(TestSite(files).errors() == [
            "content/dn/campaign.md:19:10: plan figure \"totl\" is not a metric or an indicator; expected one of: total, online, satisfaction, index_766, rate, gain, happy, index; did you mean `total`?",
            "content/dn/campaign.md:21:23: `value` of plan figure \"rate\" must be a number such as 114251, 114.251 or \"32%\"",
            "content/dn/campaign.md:22:36: plan figure \"online\" is dated 2024-08-01, which has no snapshot; use the date of a data file: 2024-07-16, 2024-10-31",
        ])
    }
}
