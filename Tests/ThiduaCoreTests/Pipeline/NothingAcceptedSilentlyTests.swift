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

/// Input that used to be accepted without a word (issue: hardening II)
/// now gives an error or a warning at its file, line and column.
struct NothingAcceptedSilentlyTests {
    static let front = """
        title: "Thi đua Sở Công Thương Lạng Sơn"
        period: {start: 2024-06-30, end: 2024-12-31}
        groups:
          - {id: phong, name: "Các phòng"}
        metrics: [{id: total, column: "Tổng số hồ sơ"}, {id: online, column: "Hồ sơ trực tuyến"}]
        indicators:
          - {id: online_rate, formula: "online / total", format: percent}
        """
    static let roster = """
        id,name,group
        thuong-mai,Phòng Quản lý thương mại,phong
        moi-truong,Phòng Kỹ thuật an toàn môi trường,phong
        nang-luong,Phòng Quản lý năng lượng,phong
        cong-nghiep,Phòng Quản lý công nghiệp,phong

        """
    static let data = """
        unit,Tổng số hồ sơ,Hồ sơ trực tuyến
        thuong-mai,1.439,1.365
        moi-truong,569,528
        nang-luong,116,104
        cong-nghiep,98,88

        """

    func site(front: String = Self.front, data: String = Self.data) -> TestSite {
        TestSite(["ls/campaign.md": campaignMD(front), "ls/units.csv": Self.roster, "ls/data/2024-12-26.csv": data])
    }

    @Test func aFigureOfFourHundredDigitsIsAnErrorAtItsCell() {
        let nines = String(repeating: "9", count: 400)
        let data = Self.data.replacingOccurrences(of: "moi-truong,569,", with: "moi-truong,\(nines),")
        #expect(site(data: data).errors() == [
            "content/ls/data/2024-12-26.csv:3:2: the number in column \"Tổng số hồ sơ\" (total) has 400 digits: too large for any figure (it would read as infinity); check the cell",
        ])
        #expect(CellNumber.read(nines) == .outOfRange)
        #expect(CellNumber.read("-" + nines) == .outOfRange)
        #expect(CellNumber.read("1e308") == .invalid)
    }

    @Test func anUnclosedQuoteIsAnErrorAtItsLine() {
        // Before: CSV.swift read the rest of the file as one cell; 3 of 4 units vanished with only "no row" warnings.
        let data = Self.data.replacingOccurrences(of: "moi-truong,569,", with: "moi-truong,\"569,")
        #expect(site(data: data).errors() == [
            "content/ls/data/2024-12-26.csv:3: a cell here starts with a quote (\") that is never closed, so the rest of the file would be read as that one cell; add the closing quote (a quote inside a quoted cell is written twice: \"\")",
        ])
    }

    @Test func aNegativeCountIsWarnedUnlessTheMetricAllowsIt() throws {
        let data = Self.data.replacingOccurrences(of: "cong-nghiep,98,", with: "cong-nghiep,-500,")
        #expect(site(data: data).messages() == [
            "content/ls/data/2024-12-26.csv:5:2: warning: -500 in column \"Tổng số hồ sơ\" (total) is negative, which a count or an amount cannot be; correct the cell, or add `allow_negative: true` to metric \"total\" if the figure can be below zero",
        ])
        let allowing = Self.front.replacingOccurrences(of: "{id: total, column: \"Tổng số hồ sơ\"}",
                                                       with: "{id: total, column: \"Tổng số hồ sơ\", allow_negative: true}")
        #expect(site(front: allowing, data: data).messages() == [])
    }

    @Test func dividingByAConstantZeroIsAnError() {
        for (formula, column) in [("online / 0", 42), ("online / (2 - 2)", 42), ("online / -0", 42)] {
            let front = Self.front.replacingOccurrences(of: "\"online / total\"", with: "\"\(formula)\"")
            #expect(site(front: front).errors() == [
                "content/ls/campaign.md:8:\(column): in the formula of \"online_rate\": this divides by zero, so the formula has no value for any unit; divide by a figure, e.g. online / total",
            ], "\(formula)")
        }
        let halves = Self.front.replacingOccurrences(of: "\"online / total\"", with: "\"online / 0.5 / total\"")
        #expect(site(front: halves).errors() == [])
    }

    @Test func aConditionDividingByZeroIsAnError() throws {
        let names = FormulaParser.Names(metrics: ["total", "online"], earlierIndicators: [], laterIndicators: [], hasBaseline: false)
        #expect(throws: ShownFailure(offset: 9, message: "this divides by zero, so the condition has no value for any unit; divide by a figure, e.g. online / total")) {
            do { _ = try FormulaParser.parseCondition("online / 0 >= 1", names: names) } catch let failure as FormulaParser.Failure { throw failure.shown }
        }
    }

    @Test func contentWithNoCampaignKeepsThePublishedSite() throws {
        let site = site()
        _ = try site.build()
        let before = site.fs.snapshot.filter { $0.key.hasPrefix("public/") }
        for path in ["content/ls/campaign.md", "content/ls/units.csv", "content/ls/data/2024-12-26.csv"] {
            try site.fs.remove(path)
        }
        try site.fs.write(Data("ghi chú\n".utf8), to: "content/.../note.txt")
        #expect(site.errors() == [
            "content: no campaign to publish: no folder here has a campaign.md; the site in public/ is kept. Check --content, or pass --allow-empty to publish a site with no campaign",
        ])
        #expect(site.fs.snapshot.filter { $0.key.hasPrefix("public/") } == before)
        var options = site.options
        options.allowEmpty = true
        let report = try Pipeline.build(options, fileSystem: site.fs)
        #expect(report.campaigns == 0)
        #expect(site.fs.text("public/ls/index.html") == nil)
    }

    @Test func droppingACampaignNeedsAllowRemoval() throws {
        let site = TestSite([
            "ls/campaign.md": campaignMD(Self.front), "ls/units.csv": Self.roster, "ls/data/2024-12-26.csv": Self.data,
            "ls2/campaign.md": campaignMD(Self.front), "ls2/units.csv": Self.roster, "ls2/data/2024-12-26.csv": Self.data,
        ])
        _ = try site.build()
        for path in ["content/ls2/campaign.md", "content/ls2/units.csv", "content/ls2/data/2024-12-26.csv"] {
            try site.fs.remove(path)
        }
        #expect(site.errors() == [
            "content: the site in public/ has the campaign(s) \"ls2\", which the content no longer has; building would remove their pages. Restore the campaign folder(s), or pass --allow-removal to remove them",
        ])
        #expect(site.fs.text("public/ls2/index.html") != nil)
        var options = site.options
        options.allowRemoval = true
        _ = try Pipeline.build(options, fileSystem: site.fs)
        #expect(site.fs.text("public/ls2/index.html") == nil)
        #expect(site.fs.text("public/ls/index.html") != nil)
    }

    @Test func anUnchangedBuildStillReportsAnAddedODS() throws {
        let site = site()
        #expect(try site.build().warnings.isEmpty)
        try site.fs.write(Data([0x50, 0x4B, 0x03, 0x04]), to: "content/ls/data/2025-01-31.ods")
        let report = try site.build()
        let check = try Pipeline.check(site.options, fileSystem: site.fs)
        #expect(report.warnings.map(\.english) == [
            "content/ls/data/2025-01-31.ods: warning: not a .csv, .xlsx or .xls file; ignored (snapshots are data/YYYY-MM-DD.csv, .xlsx or .xls)",
        ])
        #expect(check.map(\.english) == report.warnings.map(\.english))
        // And a build after that one, with nothing changed, repeats it.
        let again = try site.build()
        #expect(again.unchanged)
        #expect(again.warnings.map(\.english) == report.warnings.map(\.english))
    }
}
