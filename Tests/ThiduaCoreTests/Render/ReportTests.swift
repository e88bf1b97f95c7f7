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

/// The official A4 report: pagination, the page SVG, the PDF.
struct ReportPaginatorTests {
    typealias Block = ReportPaginator.Block
    typealias Slice = ReportPaginator.Slice

    @Test func rowsFlowOverPagesUnderARepeatedHeadAndAreNeverSplit() {
        // Page 1 from 100, the others from 50, to 300: a head of 40 and rows of 30.
        let pages = ReportPaginator.paginate([Block(head: 40, rows: Array(repeating: 30, count: 12), gapAfter: 10)],
                                             firstTop: 100, top: 50, bottom: 300)
        // Page 1: 100 + 40 + 5 × 30 = 290; page 2: 50 + 40 + 7 × 30 = 300.
        #expect(pages == [[Slice(block: 0, rows: 0..<5, continued: false, y: 100)],
                          [Slice(block: 0, rows: 5..<12, continued: true, y: 50)]])
    }

    @Test func aBlockStartsOnANewPageWhenItsHeadAndThreeRowsDoNotFit() {
        let pages = ReportPaginator.paginate([Block(head: 100, rows: [], gapAfter: 10),
                                              Block(head: 40, rows: [30, 30, 30, 30], gapAfter: 10)],
                                             firstTop: 100, top: 50, bottom: 300)
        // After the note, y = 210: the head and one row (280) would fit, three (340) do not.
        #expect(pages == [[Slice(block: 0, rows: 0..<0, continued: false, y: 100)],
                          [Slice(block: 1, rows: 0..<4, continued: false, y: 50)]])
    }

    @Test func theLastRowNeverGoesOverAlone() {
        // Six rows fit on page 1 (100 + 40 + 6 × 25 = 290); the seventh, the
        // totals row, would be alone on page 2: the sixth goes with it.
        let pages = ReportPaginator.paginate([Block(head: 40, rows: Array(repeating: 25, count: 7), gapAfter: 10)],
                                             firstTop: 100, top: 50, bottom: 300)
        #expect(pages.map { $0.map(\.rows) } == [[0..<5], [5..<7]])
    }

    @Test func aRowTallerThanAPageIsPutOnAPageOfItsOwn() {
        let pages = ReportPaginator.paginate([Block(head: 40, rows: [30, 500, 30], gapAfter: 10)],
                                             firstTop: 100, top: 50, bottom: 300)
        #expect(pages.map { $0.map(\.rows) } == [[0..<1], [1..<2], [2..<3]])
    }
}

struct ReportTableLayoutTests {
    @Test func columnsShareTheWidthAndNamesWrapWithTheCardsAdvanceWidths() {
        let table = ReportTable(caption: nil, columns: [
            .init(name: "Hạng", align: .centre, wraps: false),
            .init(name: "Đơn vị", align: .left, wraps: true, share: 0.14),
            .init(name: "Tỷ lệ hồ sơ trực tuyến", note: "Chỉ tiêu ≥ 50,0%", align: .right, wraps: false),
        ], rows: [
            .init(cells: [["1"], ["Ủy ban nhân dân phường Phước Thới, quận Ô Môn, thành phố Cần Thơ"], ["78,9%", "✓ đạt"]]),
            .init(cells: [[], ["Cộng"], ["61,2%"]], total: true),
        ])
        let layout = ReportTableLayout(table, width: 200)
        #expect(layout.widths.reduce(0, +) == 200)
        #expect(layout.fontSize == 8)
        #expect(!layout.shortStatus)
        // Every line fits its column.
        for (r, row) in layout.cells.enumerated() {
            for (c, cell) in row.enumerated() {
                for line in cell.lines {
                    #expect(TextFit.width(line, size: 8, bold: table.rows[r].total) <= layout.widths[c] - 2 * ReportTableLayout.padX)
                }
            }
        }
        #expect(layout.cells[0][1].lines.count > 1)
        #expect(layout.rowHeights[0] == Double(layout.cells[0].map(\.lines.count).max()!) * 10 + 5)
        #expect(layout.rowHeights[1] == 15)
    }

    @Test func aTableTooWideForTheStatusInWordsShowsMarksAfterTheValues() {
        let columns = [ReportTable.Column(name: "Đơn vị", align: .left, wraps: true, share: 0.14)]
            + (1...12).map { ReportTable.Column(name: "Chỉ số \($0)", align: .right, wraps: false) }
        let table = ReportTable(caption: nil, columns: columns, rows: [
            .init(cells: [["Sở Y tế"]] + Array(repeating: ["100,0%", "✗ chưa đạt"], count: 12)),
        ])
        // The words would fit at 6 pt only: marks at a larger size instead.
        let layout = ReportTableLayout(table, width: 496)
        #expect(layout.shortStatus)
        #expect(layout.cells[0][1].lines == ["100,0% ✗"])
        #expect(layout.fontSize == 7)
        #expect(layout.widths.reduce(0, +) == 496)
    }

    @Test func aUnitEveryValueOfAColumnCarriesIsSaidOnceInItsHeader() {
        var columns = ["Đơn vị", "Mức tăng", "Mức tăng khác", "Tỷ lệ"].map { ReportTable.Column(name: $0, align: .right, wraps: false) }
        columns[1].note = "Chỉ tiêu ≥ 20,0 điểm phần trăm"
        let table = ReportTable(caption: nil, columns: columns, rows: [
            .init(cells: [["Sở Y tế"], ["+1,7 điểm phần trăm", "✗ chưa đạt"], ["+0,5 điểm phần trăm"], ["93,5%"]]),
            .init(cells: [["Sở Nội vụ"], ["0,0 điểm phần trăm", "✗ chưa đạt"], ["—"], ["12,3%"]]),
            .init(cells: [["Cộng"], ["+8,7 điểm phần trăm"], [], []], total: true),
        ])
        let shown = CampaignPages.unitsInHeaders(table, unit: " điểm phần trăm")
        #expect(shown.columns.map(\.name) == ["Đơn vị", "Mức tăng (điểm phần trăm)", "Mức tăng khác", "Tỷ lệ"])
        #expect(shown.columns[1].note == "Chỉ tiêu ≥ 20,0")
        #expect(shown.rows.map { $0.cells[1] } == [["+1,7", "✗ chưa đạt"], ["0,0", "✗ chưa đạt"], ["+8,7"]])
        // "—" does not carry the unit: the column keeps it in its cells.
        #expect(shown.rows[0].cells[2] == ["+0,5 điểm phần trăm"])
    }
}

struct ReportDocumentTests {
    /// A campaign of `count` units in one table, with the plan's number.
    static func site(units count: Int, document: String = "Số: 74/KH-UBND ngày 05/4/2024") -> TestSite {
        let ids = (1...count).map { String(format: "u%02d", $0) }
        return TestSite([
            "x/campaign.md": campaignMD("""
                title: "Thi đua “Thực hiện dịch vụ công trực tuyến” năm 2024"
                issuer: "Ủy ban nhân dân thành phố Cần Thơ"
                document: "\(document)"
                period: {start: 2024-01-01, end: 2024-12-31}
                sample: true
                metrics: [{id: total, column: "Tổng"}, {id: online, column: "Trực tuyến"}]
                indicators:
                  - {id: rate, name: "Tỷ lệ hồ sơ trực tuyến", formula: "online / total", format: percent, target: ">= 50%"}
                """),
            "x/units.csv": "id,name\n" + ids.enumerated().map { i, id in
                "\(id),\(i % 7 == 0 ? "Ủy ban nhân dân phường Phước Thới, quận Ô Môn số \(i + 1)" : "Phường số \(i + 1)")"
            }.joined(separator: "\n") + "\n",
            "x/data/2024-06-30.csv": "unit,Tổng,Trực tuyến\n" + ids.enumerated().map { i, id in
                "\(id),1000,\(300 + 7 * i)"
            }.joined(separator: "\n") + "\n",
        ])
    }

    static func document(_ site: TestSite) throws -> ReportDocument {
        let analysis = try site.analyse()
        let pages = CampaignPages(context: PageContext(settings: analysis.site.settings, strings: analysis.strings),
                                  result: analysis.results[0], charts: analysis.charts[0])
        return ReportDocument(pages.officialReport { analysis.charts[0].groupBars[$0.id] })
    }

    /// At a snapshot where nobody is ranked (Đắk Nông's baseline: a gain needs
    /// two snapshots), every rank is "—" and the report says why.
    @Test func aReportWhereNobodyIsRankedSaysWhy() throws {
        let site = TestSite([
            "x/campaign.md": campaignMD("""
                title: "Chiến dịch cao điểm 60 ngày"
                period: {start: 2024-07-16, end: 2024-10-31}
                baseline: 2024-07-16
                metrics: [{id: total, column: "Tổng"}, {id: online, column: "Trực tuyến"}]
                indicators:
                  - {id: gain, name: "Tỷ lệ trực tuyến của hồ sơ phát sinh từ 16/7/2024", formula: "(online - baseline(online)) / (total - baseline(total))", format: percent, target: ">= 50%"}
                ranking: {by: gain}
                """),
            "x/units.csv": "id,name\nyte,Sở Y tế\ntuphap,Sở Tư pháp\n",
            "x/data/2024-07-16.csv": "unit,Tổng,Trực tuyến\nyte,1000,300\ntuphap,1000,123\n",
        ])
        let document = try Self.document(site)
        #expect(document.report.tables[0].rows.filter { !$0.total }.map { $0.cells[0] } == [["—"], ["—"]])
        #expect(document.report.notes.first == "Ở kỳ này chưa đơn vị nào có đủ số liệu để xếp hạng; bảng vẫn ghi số liệu của từng đơn vị.")
        #expect(document.report.charts.map(\.title) == ["Tỷ lệ trực tuyến của hồ sơ phát sinh từ 16/7/2024 của các đơn vị (kỳ này chưa xếp hạng)"])
    }

    @Test func aTableOfManyIndicatorsIsPrintedOnLandscapePages() throws {
        // Đắk Nông's plan ranks by 15 figures; here 14 rates, each with its target.
        let indicators = (1...14).map {
            "  - {id: r\($0), name: \"Tỷ lệ hồ sơ trực tuyến số \($0) (lũy kế từ 01/01/2024)\", formula: \"online / total\", format: percent, target: \">= 50%\"}"
        }.joined(separator: "\n")
        let site = TestSite([
            "x/campaign.md": campaignMD("""
                title: "Chiến dịch cao điểm 60 ngày"
                issuer: "Sở Thông tin và Truyền thông tỉnh Đắk Nông"
                period: {start: 2024-07-16, end: 2024-10-31}
                metrics: [{id: total, column: "Tổng"}, {id: online, column: "Trực tuyến"}]
                indicators:
                \(indicators)
                """),
            "x/units.csv": "id,name\nyte,Sở Y tế\ntuphap,Sở Tư pháp\n",
            "x/data/2024-10-31.csv": "unit,Tổng,Trực tuyến\nyte,1000,935\ntuphap,1000,123\n",
        ])
        let document = try Self.document(site)
        #expect(document.paper == .landscape)
        #expect(document.contentWidth == 743)
        #expect(document.tables[0].fontSize >= ReportTableLayout.wordsSize)
        let pages = document.laidOut()
        #expect(pages.width == 842 && pages.height == 595)
        #expect(pages.svg[0].hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"842pt\" height=\"595pt\" "))
        #expect(pages.svg.allSatisfy { $0.contains(">Trang ") && $0.contains(">Số liệu đến ngày 31/10/2024</text>") })
    }

    @Test func sixtyUnitsFillThreePagesOfTableWithTheHeaderOnEach() throws {
        let document = try Self.document(Self.site(units: 60))
        #expect(document.paper == .portrait)
        let table = document.tables[0]
        #expect(table.table.rows.count == 61)                // 60 units and the totals row
        #expect(table.fontSize == 8)
        // A row is a value and its status in words: two lines of 10 pt and 5 pt of padding.
        #expect(Set(table.rowHeights.dropLast()) == [25])
        #expect(table.rowHeights.last == 15)                 // the totals row: one line
        #expect(table.headerHeight == 25)
        let tableSlices = document.pages.map { $0.filter { $0.block == 0 } }
        // Page 1 under the heading, from y 191,2 to 790: the header and 22
        // rows (766,2; a 23rd would end at 791,2); page 2 under the banner and
        // running head, from 86: the header and 27 rows (786).
        #expect(tableSlices.map { $0.map(\.rows) } == [[0..<22], [22..<49], [49..<61], [], [], []])
        #expect(tableSlices.flatMap { $0 }.map { ($0.y * 10).rounded() / 10 } == [191.2, 86, 86])
        #expect(tableSlices.flatMap { $0 }.map(\.continued) == [false, true, true])
        // No slice runs past the foot of the page.
        for page in document.pages {
            for slice in page {
                let block = document.blocks[slice.block]
                #expect(slice.y + block.head + block.rows[slice.rows].reduce(0, +) <= document.bottom)
            }
        }
        let pages = document.laidOut().svg
        #expect(pages.count == 6)
        for (p, svg) in pages.enumerated() {
            #expect(svg.contains(">Trang \(p + 1)/6</text>"))
            #expect(svg.contains(">Số liệu đến ngày 30/06/2024</text>"))
            #expect(svg.contains(">Số liệu minh hoạ — không phải kết quả chính thức.</text>"))
        }
        // The header row on the three pages of the table; then the ranked bars.
        for p in 0..<3 {
            #expect(pages[p].contains("font-weight=\"bold\" text-anchor=\"middle\" fill=\"#000000\">Hạng</text>"))
            #expect(pages[p].contains(">Chỉ tiêu ≥ 50,0%</text>"))
        }
        #expect(!pages[3].contains(">Hạng</text>"))
        #expect(pages[0].contains(">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</text>"))
        #expect(!pages[1].contains("CỘNG HÒA"))
        #expect(pages[2].contains(">Phường số 60</text>"))
        #expect(pages[2].contains("font-weight=\"bold\" fill=\"#000000\">Toàn thành phố</text>"))
    }

    @Test func thePlanNumberIsQuotedOnlyWhenThePlanHasOne() throws {
        let numbered = try Self.document(Self.site(units: 3)).laidOut().svg[0]
        #expect(numbered.contains(">(Theo Kế hoạch số 74/KH-UBND ngày 05/4/2024)</text>"))
        let unnumbered = try Self.document(Self.site(units: 3, document: "Số: /KH-UBND")).laidOut().svg[0]
        #expect(!unnumbered.contains("Theo Kế hoạch"))
        #expect(!unnumbered.contains("KH-UBND"))
        #expect(DocumentReference("Số: 74/KH-UBND ngày 05/4/2024").numbered == "74/KH-UBND ngày 05/4/2024")
        #expect(DocumentReference("Số: …/KH-UBND").numbered == nil)
        #expect(DocumentReference("Kế hoạch năm 2024").numbered == nil)
    }

    @Test func theIssuerBreaksBeforeItsLevelOfGovernment() {
        #expect(ReportDocument.issuerLines("ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ").lines == ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ CẦN THƠ"])
        #expect(ReportDocument.issuerLines("SỞ CÔNG THƯƠNG TỈNH LẠNG SƠN").lines == ["SỞ CÔNG THƯƠNG", "TỈNH LẠNG SƠN"])
        #expect(ReportDocument.issuerLines("ỦY BAN NHÂN DÂN XÃ CHI LĂNG, TỈNH BẮC NINH").lines
                == ["ỦY BAN NHÂN DÂN XÃ CHI LĂNG,", "TỈNH BẮC NINH"])
    }

    @Test func pageOneMatchesTheGoldenFile() throws {
        let site = OpenDataTests.site
        _ = try site.build()
        let analysis = try site.analyse()
        let pages = CampaignPages(context: PageContext(settings: analysis.site.settings, strings: analysis.strings),
                                  result: analysis.results[0], charts: analysis.charts[0])
        let sources = pages.reportSources()
        #expect(sources.map(\.path) == ["dak-nong/bao-cao/2024-07-16.pdf", "dak-nong/bao-cao/2024-10-31.pdf"])
        try Golden.assert(sources[1].pages[0], named: "report-page-1.svg")
    }

    @Test func thePDFIsA4WithItsTextAndTheSameBytesEveryTime() throws {
        let site = OpenDataTests.site
        _ = try site.build()
        let pdf = try site.fs.read("public/dak-nong/bao-cao/2024-10-31.pdf")
        let text = String(decoding: pdf, as: UTF8.self)
        #expect(text.hasPrefix("%PDF-1.5"))
        #expect(text.contains("/MediaBox [ 0 0 595 842 ]"))
        // Fonts are embedded TrueType subsets (text stays text), no Type 3 glyphs.
        #expect(text.contains("/FontFile2"))
        #expect(!text.contains("/Type3"))
        // The data date as the creation date (cairo would write the build's time).
        #expect(text.contains("/CreationDate (20241031000000Z)"))
        // Rendered again from the same pages: the same bytes.
        let analysis = try site.analyse()
        let source = CampaignPages(context: PageContext(settings: analysis.site.settings, strings: analysis.strings),
                                   result: analysis.results[0], charts: analysis.charts[0]).reportSources()[1]
        #expect(try ReportCache.pdf(source) == pdf)
    }

    /// With page keys, a report is keyed by what it is made of
    /// (`ReportKeys`) and modelled only when its PDF is not cached: on two
    /// example campaigns, one figure of one row changed at a time (raised
    /// ten times, set to zero) in every snapshot, every report whose pages
    /// change has another key; the keyed reports draw the unkeyed pages.
    @Test(arguments: ["can-tho-2024", "dak-nong-2024"])
    func everyReportWhosePagesChangeHasAnotherKey(_ folder: String) throws {
        func reports(_ files: [String: String]) throws -> [(digest: String, pages: [String])] {
            let analysis = try TestSite(files).analyse()
            return try Pipeline.render(analysis, reuse: PageReuse(previous: [:], toolIdentity: "t")).reports.map { ($0.key ?? "", $0.pages) }
        }
        let files = try TestSite.exampleFiles(folder)
        let base = try reports(files)
        let analysis = try TestSite(files).analyse()
        let unkeyed = CampaignPages(context: PageContext(settings: analysis.site.settings, strings: analysis.strings),
                                    result: analysis.results[0], charts: analysis.charts[0]).reportSources()
        #expect(unkeyed.map(\.pages) == base.map(\.pages) && unkeyed.allSatisfy { $0.key == nil } && base.allSatisfy { $0.digest.count == 64 })
        var changedPages = 0, keptKeys = 0
        for path in files.keys.filter({ $0.contains("/data/") }).sorted() {
            let lines = try #require(files[path]).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            for (row, times) in [(1, true), (lines.count / 2, false)] where row >= 1 && row < lines.count - 1 {
                var cells = lines[row].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                guard let k = cells.indices.last(where: { Int(cells[$0]) != nil }) else { continue }
                cells[k] = times ? String(Int(cells[k])! * 10 + 10) : "0"
                var changed = lines
                changed[row] = cells.joined(separator: ",")
                var modified = files
                modified[path] = changed.joined(separator: "\n")
                for (s, (before, after)) in zip(base, try reports(modified)).enumerated() {
                    if before.pages != after.pages {
                        changedPages += 1
                        #expect(before.digest != after.digest, "\(path) row \(row): report \(s)'s pages changed, its key did not")
                    } else if before.digest == after.digest {
                        keptKeys += 1
                    }
                }
            }
        }
        // Not vacuous: pages changed, and keys stayed where they did not.
        #expect(changedPages > 0 && keptKeys > 0)
    }

    /// A rebuild renders only the reports whose PDF changes: a report
    /// whose key the cache knows is taken as it is, and one with a new key
    /// whose model is unchanged (a figure the report does not show as it
    /// was) finds its PDF under its model's name.
    @Test func aRebuildRendersTheReportsThatChangeAndNoOther() throws {
        // The reports of the first build, against the same paths after the second.
        let folder = "can-tho-2024"
        let site = TestSite(try TestSite.exampleFiles(folder))
        let paths = try site.build().reportsRendered
        let before = Dictionary(uniqueKeysWithValues: try paths.map { ($0, try site.fs.read("public/" + $0)) })
        let (first, second, rebuilt) = try RankMemoTests.rebuildKeepsOneEntryPerSnapshot(folder, memo: ".thidua-cache/standings/")
        #expect(first.reportsRendered == paths && paths.count == 6)
        // The raised count shows in no report (its rates round alike): the
        // latest report's key is new, its model is not, and its PDF is found
        // by the model's name.
        let changed = try paths.filter { try rebuilt.fs.read("public/" + $0) != before[$0] }
        #expect(changed.isEmpty && second.reportsRendered.isEmpty && second.reportsReused == paths.count)
    }

    /// A new week changes every report's key (the frame names the data
    /// files), so every report is modelled; the past ones find their PDF
    /// by their model's name and are not rendered, even after rebuilds that
    /// took every report by its key.
    @Test func aNewWeekRendersItsOwnReportAndNotThePastOnes() throws {
        let folder = "lang-son-2024"
        let files = try TestSite.exampleFiles(folder)
        let site = TestSite(files)
        _ = try site.build()
        // A change no report shows (a unit page's template): every report taken by its key.
        let template = "themes/default/templates/unit.mustache"
        try site.fs.write(Data((try #require(site.fs.text(template)) + "{{! một chú thích }}\n").utf8), to: template)
        let second = try site.build()
        #expect(second.reportsRendered.isEmpty && second.reportsReused == 7 && !second.pagesRendered.isEmpty)
        let latest = try #require(files.keys.filter { $0.contains("/data/") }.sorted().last)
        try site.fs.write(Data(try RankMemoTests.raised(try #require(files[latest])).utf8), to: "content/\(folder)/data/2025-01-31.csv")
        let third = try site.build()
        #expect(third.reportsRendered.contains("\(folder)/bao-cao/2025-01-31.pdf"))
        #expect(!third.reportsRendered.contains { $0.hasSuffix("2024-06-30.pdf") })
        #expect(third.reportsReused >= 5)
    }

    @Test func theHomeAndEachPeriodLinkTheirReport() throws {
        let site = OpenDataTests.site
        _ = try site.build()
        #expect(site.text("dak-nong/index.html")?.contains(
            "<p class=\"report-link\"><a href=\"/thidua/dak-nong/bao-cao/2024-10-31.pdf\" type=\"application/pdf\">") == true)
        #expect(site.text("dak-nong/ky/2024-07-16/index.html")?.contains(
            "<a href=\"/thidua/dak-nong/bao-cao/2024-07-16.pdf\" type=\"application/pdf\">Báo cáo kết quả thi đua số liệu đến ngày 16/07/2024") == true)
    }
}
