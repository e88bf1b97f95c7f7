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

/// Excel snapshots shaped like real exports give exactly the leaderboard of
/// the equivalent CSV files.
struct XLSXSnapshotTests {
    typealias Cell = XLSXFixture.Cell

    static let front = """
        title: "Chiến dịch cao điểm 60 ngày"
        period: {start: 2024-09-01, end: 2024-10-31}
        baseline: 2024-07-16
        groups:
          - {id: so-nganh, name: "Các Sở, Ban, ngành cấp tỉnh"}
          - {id: huyen, name: "UBND các huyện, thành phố"}
        metrics:
          - {id: total, name: "Tổng số hồ sơ", column: "Tổng số hồ sơ"}
          - {id: received_online, column: "Hồ sơ tiếp nhận trực tuyến"}
          - {id: processed_online, column: "Hồ sơ giải quyết trực tuyến"}
        indicators:
          - {id: received_rate, formula: "received_online / total", format: percent, target: ">= 50%"}
          - {id: processed_rate, formula: "processed_online / total", format: percent}
          - {id: received_gain, formula: "received_rate - baseline(received_rate)", format: points,
             target: {so-nganh: "20%", huyen: "10%"}}
        ranking: {by: [received_rate, processed_rate]}
        awards:
          - {id: bang-khen, name: "Bằng khen", require: all_targets}
        data:
          sheet: "Tổng hợp"
          name_prefixes: ["UBND", "Ủy ban nhân dân"]
        """

    static let units = """
        id,name,group
        so-cong-thuong,Sở Công Thương,so-nganh
        so-tu-phap,Sở Tư pháp,so-nganh
        so-noi-vu,Sở Nội vụ,so-nganh
        ubnd-huyen-dak-mil,UBND huyện Đắk Mil,huyen
        ubnd-huyen-krong-no,UBND huyện Krông Nô,huyen
        ubnd-huyen-dak-rlap,UBND huyện Đắk R'Lấp,huyen

        """

    static let baselineCSV = """
        unit,Tổng số hồ sơ,Hồ sơ tiếp nhận trực tuyến,Hồ sơ giải quyết trực tuyến
        so-cong-thuong,18.775,18.621,18.621
        so-tu-phap,2.549,552,552
        so-noi-vu,241,10,40
        ubnd-huyen-dak-mil,14.104,1.765,990
        ubnd-huyen-krong-no,10.566,2.602,1.074
        ubnd-huyen-dak-rlap,13.180,1.768,1.442

        """

    static let currentCSV = """
        unit,Tổng số hồ sơ,Hồ sơ tiếp nhận trực tuyến,Hồ sơ giải quyết trực tuyến
        so-cong-thuong,28.964,28.761,28.761
        so-tu-phap,3.921,1.404,1.399
        so-noi-vu,402,139,160
        ubnd-huyen-dak-mil,21.560,5.012,3.116
        ubnd-huyen-krong-no,16.002,5.977,3.020
        ubnd-huyen-dak-rlap,19.870,4.410,3.333

        """

    static func nfd(_ text: String) -> String { text.decomposedStringWithCanonicalMapping }

    /// Appendix 2 as the provincial system exports it: title rows, a
    /// two-row header (cells merged down, a merged group title over the
    /// online columns), NFD headers, numbers stored as text with dotted
    /// grouping, a section heading row, a total row of formulas, a rate
    /// column with a #DIV/0! error, styled empty cells.
    static var baselineXLSX: XLSXFixture {
        XLSXFixture("Tổng hợp", rows: [
            (1, [.shared("UBND TỈNH ĐẮK NÔNG")]),
            (2, [.shared("TỶ LỆ HỒ SƠ TIẾP NHẬN, XỬ LÝ TRỰC TUYẾN"), .blank, .blank, .blank, .blank, .blank, .blank]),
            (3, [.shared("(Số liệu thống kê từ ngày 01/01/2024 đến ngày 16/7/2024)")]),
            (4, [.blank, .blank, .blank]),
            (5, [.shared("STT"), .shared("unit"), .shared(nfd("Tên đơn vị, địa phương")), .shared(nfd("Tổng số hồ sơ")),
                 .shared(nfd("Số hồ sơ trực tuyến")), .blank, .shared(nfd("Tỷ lệ"))]),
            (6, [.blank, .blank, .blank, .blank,
                 .shared(nfd("Hồ sơ tiếp nhận trực tuyến")), .shared(nfd(" Hồ sơ giải quyết  trực tuyến ")), .blank]),
            (7, [.shared("A"), nil, .shared("Các Sở, Ban, ngành cấp tỉnh")]),
            (8, [.number(1), .shared("so-cong-thuong"), .shared("Sở Công thương"), .shared("18.775"), .shared("18.621"),
                 .number(18621), .formula("E8/D8", 0.9917976031957390)]),
            (9, [.number(2), .shared("so-tu-phap"), .shared("Sở Tư pháp"), .inline("2.549"), .number(552), .number(552),
                 .formula("E9/D9", 0.21655551196547666)]),
            (10, [.number(3), .shared("so-noi-vu"), .shared("Sở Nội vụ"), .number(241), .number(10), .formula("2*20", 40),
                  .shared("17%")]),
            (11, [.shared("B"), nil, .shared("UBND các huyện, thành phố")]),
            (12, [.number(1), .shared("ubnd-huyen-dak-mil"), .shared("UBND huyện Đắk Mil"), .shared("14.104"),
                  .shared("1.765"), .shared("990"), .error("#DIV/0!")]),
            (13, [.number(2), .shared("ubnd-huyen-krong-no"), .shared("UBND huyện Krông Nô"), .shared("10.566"),
                  .shared("2.602"), .shared("1.074"), .blank]),
            (14, [.number(3), .shared("ubnd-huyen-dak-rlap"), .shared("UBND huyện Đắk R’Lấp"), .shared("13.180"),
                  .shared("1.768"), .shared("1.442"), nil]),
            (15, [nil, nil, .shared("Tổng cộng"), .formula("SUM(D8:D14)", 59415), .formula("SUM(E8:E14)", 25318),
                  .formula("SUM(F8:F14)", 22719)]),
        ], merges: ["A2:G2", "A3:G3", "A5:A6", "B5:B6", "C5:C6", "D5:D6", "E5:F5", "G5:G6", "C7:G7", "C11:G11"])
    }

    /// A later export of another shape: an instructions sheet first, a
    /// group title row above a one-row header, unit names instead of ids
    /// (other case, NFD, "Ủy ban nhân dân huyện" for "UBND huyện"),
    /// inline strings and numeric cells, no `r` attributes.
    static var currentXLSX: XLSXFixture {
        XLSXFixture(sheets: [
            .init(name: "Hướng dẫn", rows: XLSXFixture.rows([["Số liệu lũy kế từ 01/01/2024"]])),
            .init(name: nfd("Tổng hợp"), rows: [
                (1, [.inline("BÁO CÁO SỐ LIỆU DỊCH VỤ CÔNG TRỰC TUYẾN ĐẾN NGÀY 31/10/2024")]),
                (3, [nil, nil, .inline("Hồ sơ (lũy kế)"), .blank, .blank]),
                (4, [.inline("STT"), .inline("Tên đơn vị"), .inline("TỔNG SỐ HỒ SƠ"),
                     .inline(nfd("Hồ sơ tiếp nhận trực tuyến")), .inline("Hồ sơ giải quyết trực tuyến")]),
                (5, [.number(1), .inline(nfd("SỞ CÔNG THƯƠNG")), .number(28964), .number(28761), .number(28761)]),
                (6, [.number(2), .inline("Sở Tư pháp"), .inline("3.921"), .inline("1.404"), .inline("1.399")]),
                (7, [.number(3), .inline("Sở Nội vụ"), .inline("402"), .inline("139"), .inline("160")]),
                (8, [.number(4), .inline("Ủy ban nhân dân huyện Đắk Mil"), .inline("21.560"), .inline("5.012"), .number(3116)]),
                (9, [.number(5), .inline("UBND huyện Krông Nô"), .inline("16.002"), .inline("5.977"), .inline("3.020")]),
                (10, [.number(6), .inline("UBND huyện Đắk R'Lấp"), .formula("19000+870", 19870), .inline("4.410"),
                      .inline("3.333")]),
            ], merges: ["A1:E1", "C3:E3"]),
        ])
    }

    func site(csv: Bool) -> TestSite {
        var files = ["c/campaign.md": campaignMD(Self.front), "c/units.csv": Self.units]
        var binary: [String: Data] = [:]
        if csv {
            files["c/data/2024-07-16.csv"] = Self.baselineCSV
            files["c/data/2024-10-31.csv"] = Self.currentCSV
        } else {
            binary["c/data/2024-07-16.xlsx"] = Self.baselineXLSX.data
            binary["c/data/2024-10-31.xlsx"] = Self.currentXLSX.data
        }
        return TestSite(files, binary: binary)
    }

    @Test func excelExportsGiveTheLeaderboardOfTheEquivalentCSV() throws {
        let fromCSV = site(csv: true), fromXLSX = site(csv: false)
        #expect(fromCSV.messages() == [])
        #expect(fromXLSX.messages() == [])
        let csvJSON = try #require(fromCSV.text("c/data/leaderboard.json"))
        let xlsxJSON = try #require(fromXLSX.text("c/data/leaderboard.json"))
        #expect(xlsxJSON == csvJSON)
        #expect(fromXLSX.text("c/data/leaderboard.csv") == fromCSV.text("c/data/leaderboard.csv"))
        let result = try fromXLSX.result()
        #expect(result.order == ["so-cong-thuong", "ubnd-huyen-krong-no", "so-tu-phap", "so-noi-vu",
                                 "ubnd-huyen-dak-mil", "ubnd-huyen-dak-rlap"])
        let snapshots = result.campaign.snapshots
        #expect(snapshots[0].rows[0]! == [18775, 18621, 18621])
        #expect(snapshots[0].rowNumbers == [8, 9, 10, 12, 13, 14])
        #expect(snapshots[0].columns == [3, 4, 5])
        #expect(snapshots[1].rows[3]! == [21560, 5012, 3116])
        #expect(snapshots[1].rowNumbers == [5, 6, 7, 8, 9, 10])
    }

    @Test func namespacePrefixesAndMissingReferencesReadTheSame() throws {
        var prefixed = Self.baselineXLSX
        prefixed.prefixed = true
        var unreferenced = Self.baselineXLSX
        unreferenced.omitReferences = true
        let a = try read(Self.baselineXLSX.data)
        for other in [try read(prefixed.data), try read(unreferenced.data)] {
            #expect(a.rows.map(\.number) == other.rows.map(\.number))
            #expect(a.rows.map(\.cells) == other.rows.map(\.cells))
            #expect(a.merges == other.merges)
        }
        #expect(a.rows[0].cells == [.text("UBND TỈNH ĐẮK NÔNG")])
        #expect(a.rows.map(\.number) == [1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15])
        #expect(a.rows[6].cells.last == .number(0.9917976031957390))
        #expect(a.rows[10].cells.last == .error("#DIV/0!"))
    }

    func read(_ data: Data, sheet: String? = nil) throws -> DataTable {
        try XLSXReader.read(data, path: "x.xlsx", sheet: sheet)
    }

    @Test func headerOfMergedCellsIsReadColumnByColumn() throws {
        let table = try read(Self.baselineXLSX.data)
        let header = try HeaderLayout.locate(table, declaredRow: nil, wanted: ["unit"], unitNames: ["unit"])
        #expect(header.rowNumber == 5)
        #expect(header.columns.map(\.parts) == [
            ["STT"], ["unit"], [Self.nfd("Tên đơn vị, địa phương")], [Self.nfd("Tổng số hồ sơ")],
            [Self.nfd("Số hồ sơ trực tuyến"), Self.nfd("Hồ sơ tiếp nhận trực tuyến")],
            [Self.nfd("Số hồ sơ trực tuyến"), Self.nfd("Hồ sơ giải quyết  trực tuyến")], [Self.nfd("Tỷ lệ")],
        ])
        #expect(table.rows[header.dataStart].number == 7)
        // A group title row above the header joins it; a title across the whole table does not.
        let current = try read(Self.currentXLSX.data, sheet: "Tổng hợp")
        let wanted: Set<String> = ["unit", "id", "name", "tên đơn vị", "đơn vị"]
        let currentHeader = try HeaderLayout.locate(current, declaredRow: nil, wanted: wanted, unitNames: wanted)
        #expect(currentHeader.rowNumber == 4)
        #expect(currentHeader.columns.map(\.display) == [
            "STT", "Tên đơn vị", "Hồ sơ (lũy kế) / TỔNG SỐ HỒ SƠ",
            "Hồ sơ (lũy kế) / " + Self.nfd("Hồ sơ tiếp nhận trực tuyến"), "Hồ sơ (lũy kế) / Hồ sơ giải quyết trực tuyến",
        ])
    }

    /// The baseline workbook alone, with the campaign changed.
    func messages(_ replace: String = "", with new: String = "", xlsx: XLSXFixture? = nil) -> [String] {
        TestSite(["c/campaign.md": campaignMD(Self.front.replacingOccurrences(of: replace, with: new)),
                  "c/units.csv": Self.units],
                 binary: ["c/data/2024-07-16.xlsx": (xlsx ?? Self.baselineXLSX).data]).messages()
    }

    @Test func errorsNameTheExcelRowColumnAndCell() {
        var fixture = Self.baselineXLSX
        fixture.sheets[0].rows[8].1[3] = .shared("hai nghìn")
        fixture.sheets[0].rows[12].1[1] = .shared("ubnd-huyen-dak-glong")
        fixture.sheets[0].rows[13].1[1] = .shared("so-tu-phap")
        #expect(messages(xlsx: fixture) == [
            "content/c/data/2024-07-16.xlsx:9:4: cell D9: \"hai nghìn\" in column \"Tổng số hồ sơ\" (total) is not a number; write e.g. 18.775, 0,5 or 93,5% (leave the cell empty when there is no data)",
            "content/c/data/2024-07-16.xlsx:13:2: cell B13: unknown unit \"ubnd-huyen-dak-glong\"; every unit in a snapshot must be listed in units.csv; did you mean `ubnd-huyen-dak-rlap`?",
            "content/c/data/2024-07-16.xlsx:14:2: cell B14: unit \"so-tu-phap\" already has a row on row 9; keep one row per unit",
        ])
    }

    @Test func theSheetIsTheFirstOrTheNamedOne() {
        #expect(messages("sheet: \"Tổng hợp\"", with: "sheet: \"Phụ lục 2\"") == [
            "content/c/data/2024-07-16.xlsx: the workbook has no sheet named \"Phụ lục 2\" (data.sheet in campaign.md); its sheets are: \"Tổng hợp\"",
        ])
        #expect(messages("  sheet: \"Tổng hợp\"\n", with: "") == [])
        // The first visible sheet: a hidden one before it is skipped.
        var hiddenFirst = Self.baselineXLSX
        hiddenFirst.sheets.insert(.init(name: "Dữ liệu ẩn", hidden: true, rows: XLSXFixture.rows([["x"]])), at: 0)
        #expect(messages("  sheet: \"Tổng hợp\"\n", with: "", xlsx: hiddenFirst) == [])
        #expect(messages("sheet: \"Tổng hợp\"", with: "sheet: \" tổng HỢP \"") == [])
    }

    @Test func declaredHeaderRow() {
        #expect(messages("  sheet: \"Tổng hợp\"\n", with: "  header_row: 5\n") == [])
        #expect(messages("  sheet: \"Tổng hợp\"\n", with: "  header_row: 4\n") == [
            "content/c/data/2024-07-16.xlsx:4: `data.header_row` in campaign.md is 4, but that row is empty; give the row that holds the column names",
        ])
        #expect(messages("  sheet: \"Tổng hợp\"\n", with: "  header_row: 3\n") == [
            "content/c/data/2024-07-16.xlsx:3:1: the header has no `unit` column; the first column must be `unit` (the unit ids of units.csv), or `name` with the units' names as in units.csv (the header is row 3, from `data.header_row` in campaign.md)",
        ])
    }

    @Test func aTitleRowTakenForTheHeaderIsNamed() {
        // A title that reads like a metric header is not taken for the header: the unit column decides.
        var fixture = Self.baselineXLSX
        fixture.sheets[0].rows[0].1 = [.shared("Tổng số hồ sơ")]
        #expect(messages(xlsx: fixture) == [])
        // Without a unit column, the first row naming a metric is taken, and the message says so.
        fixture.sheets[0].rows[4].1[1] = .shared("mã đơn vị")
        #expect(messages(xlsx: fixture) == [
            "content/c/data/2024-07-16.xlsx:1:1: the header has no `unit` column; the first column must be `unit` (the unit ids of units.csv), or `name` with the units' names as in units.csv (row 1 was taken as the header; name the right row with `data: {header_row: N}` in campaign.md)",
        ])
        fixture.sheets[0].rows[0].1 = [.shared("UBND TỈNH ĐẮK NÔNG")]
        #expect(messages(xlsx: fixture) == [
            "content/c/data/2024-07-16.xlsx:5:1: the header has no `unit` column; the first column must be `unit` (the unit ids of units.csv), or `name` with the units' names as in units.csv (row 5 was taken as the header; name the right row with `data: {header_row: N}` in campaign.md)",
        ])
    }

    @Test func notAWorkbook() {
        let site = TestSite(["c/campaign.md": campaignMD(Self.front), "c/units.csv": Self.units],
                            binary: ["c/data/2024-07-16.xlsx": Data("unit,total\n".utf8),
                                     "c/data/2024-10-31.xlsx": Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]),
                                     "c/data/~$2024-10-31.xlsx": Data([0x00])])
        #expect(site.errors() == [
            "content/c/data/2024-07-16.xlsx: the file is not an Excel workbook (.xlsx); save it from Excel as \"Excel Workbook (.xlsx)\", or as \"CSV UTF-8\" with the .csv extension",
            "content/c/data/2024-10-31.xlsx: the file is an Excel 97–2003 workbook (.xls) or is protected by a password; open it in Excel and save it as \"Excel Workbook (.xlsx)\" without a password",
        ])
    }

    @Test func excelErrorsAndUnsavedFormulasAreWarnings() throws {
        var fixture = Self.baselineXLSX
        fixture.sheets[0].rows[9].1[5] = .error("#N/A")
        fixture.sheets[0].rows[11].1[3] = .unsavedFormula("SUM(D12:D12)")
        // Swift compares strings by canonical equivalence: the NFD header equals this NFC text.
        #expect(messages(xlsx: fixture) == [
            "content/c/data/2024-07-16.xlsx:10:6: warning: cell F10: the Excel error #N/A in column \"Số hồ sơ trực tuyến / Hồ sơ giải quyết  trực tuyến\" (processed_online) is read as no data; fix the formula, or leave the cell empty",
            "content/c/data/2024-07-16.xlsx:12:4: warning: cell D12: the formula in column \"Tổng số hồ sơ\" (total) has no saved result (the file was not saved by Excel) and is read as no data; open the file in Excel and save it again",
        ])
    }

    /// Sub-headers under a group title without cells merged down, the same
    /// sub-header under two titles, and a notes column merged down the table.
    static let groupedFront = """
        title: "Nhóm cột"
        period: {start: 2024-01-01, end: 2024-12-31}
        metrics:
          - {id: total, column: "Tổng số hồ sơ"}
          - {id: received, column: "Tiếp nhận - Trực tuyến"}
          - {id: processed, column: "giải quyết / trực tuyến"}
        indicators:
          - {id: rate, formula: "received / total", format: percent}
        """

    static let grouped = XLSXFixture("Sheet1", rows: [
        (1, [.shared("unit"), .shared("Tổng số hồ sơ"), .shared("Tiếp nhận"), .blank, .shared("Giải quyết"), .blank,
             .shared("Ghi chú")]),
        (2, [nil, nil, .shared("Trực tuyến"), .shared("Tỷ lệ"), .shared("Trực tuyến"), .shared("Tỷ lệ")]),
        (3, [.shared("a"), .number(10), .number(4), .number(0.4), .number(3), .number(0.3)]),
        (4, [.shared("b"), .number(20), .number(5), .number(0.25), .number(5), .number(0.25)]),
        (5, [.shared("c"), .number(30), .number(6), .number(0.2), .number(9), .number(0.3)]),
        (6, [.shared("d"), .number(40), .number(8), .number(0.2), .number(8), .number(0.2)]),
    ], merges: ["C1:D1", "E1:F1", "G1:G8"])

    func groupedSite(_ front: String = XLSXSnapshotTests.groupedFront) -> TestSite {
        TestSite(["c/campaign.md": campaignMD(front), "c/units.csv": "id,name\na,A\nb,B\nc,C\nd,D\n"],
                 binary: ["c/data/2024-06-30.xlsx": Self.grouped.data])
    }

    @Test func subHeadersAreKnownByTheirGroupTitle() throws {
        let snapshot = try groupedSite().result().campaign.snapshots[0]
        #expect(snapshot.columns == [1, 2, 4])
        #expect(snapshot.rows.map { $0! } == [[10, 4, 3], [20, 5, 5], [30, 6, 9], [40, 8, 8]])
        #expect(snapshot.rowNumbers == [3, 4, 5, 6])
        let ambiguous = Self.groupedFront.replacingOccurrences(of: "\"Tiếp nhận - Trực tuyến\"", with: "\"trực tuyến\"")
        #expect(groupedSite(ambiguous).errors() == [
            "content/c/data/2024-06-30.xlsx:1: metric \"received\": \"trực tuyến\" could be any of the columns C (\"Tiếp nhận / Trực tuyến\"), E (\"Giải quyết / Trực tuyến\"); write the column's full header in `column:` in campaign.md, e.g. \"Tiếp nhận / Trực tuyến\"",
        ])
        let title = Self.groupedFront.replacingOccurrences(of: "\"Tiếp nhận - Trực tuyến\"", with: "\"Tiếp nhận\"")
        #expect(groupedSite(title).errors() == [
            "content/c/data/2024-06-30.xlsx:1: metric \"received\": \"Tiếp nhận\" could be any of the columns C (\"Tiếp nhận / Trực tuyến\"), D (\"Tiếp nhận / Tỷ lệ\"); write the column's full header in `column:` in campaign.md, e.g. \"Tiếp nhận / Trực tuyến\"",
        ])
    }
}
