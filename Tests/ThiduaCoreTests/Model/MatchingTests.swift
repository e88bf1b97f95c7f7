import Testing
@testable import ThiduaSupport
@testable import ThiduaLoad
@testable import ThiduaModel
@testable import ThiduaRank
@testable import ThiduaChart
@testable import ThiduaRender
@testable import ThiduaWrite
@testable import ThiduaCore

/// Forgiving matching of headers and unit names; strict results: anything
/// ambiguous is an error naming the candidates.
struct MatchingTests {
    static let front = """
        title: "Khớp tên"
        period: {start: 2024-01-01, end: 2024-12-31}
        metrics:
          - {id: total, column: "Tổng số hồ sơ"}
          - {id: online, column: "Hồ sơ trực tuyến"}
        indicators:
          - {id: rate, formula: "online / total", format: percent}
        """

    static let units = """
        id,name
        so-cong-thuong,Sở Công Thương
        ubnd-huyen-dak-mil,UBND huyện Đắk Mil
        ubnd-huyen-krong-no,UBND huyện Krông Nô
        ubnd-thanh-pho-gia-nghia,UBND thành phố Gia Nghĩa

        """

    func site(_ csv: String, extra: String = "", units: String = MatchingTests.units) -> TestSite {
        TestSite(["c/campaign.md": campaignMD(Self.front + extra), "c/units.csv": units, "c/data/2024-06-30.csv": csv])
    }

    func values(_ csv: String, extra: String = "") throws -> [[Double?]?] {
        try site(csv, extra: extra).result().campaign.snapshots[0].rows
    }

    @Test func headersIgnoreCaseSpacesAndNormalisation() throws {
        let nfdTotal = "Tổng số hồ sơ".decomposedStringWithCanonicalMapping
        #expect(nfdTotal.unicodeScalars.count > "Tổng số hồ sơ".unicodeScalars.count)
        let csv = "UNIT ,  \(nfdTotal.uppercased()) ,hồ  SƠ trực tuyến\nso-cong-thuong,10,5\n"
        #expect(try values(csv)[0]! == [10, 5])
    }

    @Test func diacriticsAreIgnoredOnlyWhenUnambiguous() throws {
        #expect(try values("unit,Tong so ho so,Ho so truc tuyen\nso-cong-thuong,10,5\n")[0]! == [10, 5])
        // Two headers that differ only by their diacritics: the exact one wins ...
        #expect(try values("unit,Tổng số hồ sơ,Tông sô hô sơ,Hồ sơ trực tuyến\nso-cong-thuong,10,99,5\n")[0]! == [10, 5])
        // ... and without an exact one, nothing is guessed.
        #expect(site("unit,Tống số hồ sơ,Tông sô hô sơ,Hồ sơ trực tuyến\nso-cong-thuong,10,99,5\n").errors() == [
            "content/c/data/2024-06-30.csv:1: metric \"total\": \"Tổng số hồ sơ\" could be any of the columns 2 (\"Tống số hồ sơ\"), 3 (\"Tông sô hô sơ\"); write the column's full header in `column:` in campaign.md, e.g. \"Tống số hồ sơ\"",
        ])
    }

    @Test func duplicateHeadersAreAnErrorNotTheFirstOne() {
        #expect(site("unit,Tổng số hồ sơ,Hồ sơ trực tuyến,hồ sơ trực tuyến\nso-cong-thuong,10,5,6\n").errors() == [
            "content/c/data/2024-06-30.csv:1: metric \"online\": \"Hồ sơ trực tuyến\" could be any of the columns 3 (\"Hồ sơ trực tuyến\"), 4 (\"hồ sơ trực tuyến\"); write the column's full header in `column:` in campaign.md, e.g. \"Hồ sơ trực tuyến\"",
        ])
    }

    @Test func titleRowsAboveTheHeaderAreSkipped() throws {
        let csv = "BÁO CÁO SỐ LIỆU,,\n(từ 01/01/2024),,\n\nunit,Tổng số hồ sơ,Hồ sơ trực tuyến\nso-cong-thuong,10,5\n"
        let snapshot = try site(csv).result().campaign.snapshots[0]
        #expect(snapshot.rows[0]! == [10, 5])
        #expect(snapshot.rowNumbers[0] == 5)
    }

    @Test func namesInsteadOfIDs() throws {
        let csv = """
            STT,Tên đơn vị,Tổng số hồ sơ,Hồ sơ trực tuyến
            1,SỞ CÔNG THƯƠNG,10,5
            2,UBND huyện Dak Mil,20,4
            3,Ủy ban nhân dân huyện Krông Nô,30,3
            4,Thành phố Gia Nghĩa,40,2
            ,Tổng cộng,100,14

            """
        let prefixes = "\ndata: {name_prefixes: [\"UBND huyện\", \"Ủy ban nhân dân huyện\", \"UBND\"]}"
        #expect(try values(csv, extra: prefixes).map { $0 ?? [] } == [[10, 5], [20, 4], [30, 3], [40, 2]])
        // Without the prefixes, "Ủy ban nhân dân huyện Krông Nô" is not a roster name.
        #expect(site(csv).errors() == [
            "content/c/data/2024-06-30.csv:4:2: unknown unit \"Ủy ban nhân dân huyện Krông Nô\" in column \"Tên đơn vị\": no unit of units.csv has this name; write the name as in units.csv (or declare prefixes to ignore with `data: {name_prefixes: [\"UBND xã\"]}`)",
            "content/c/data/2024-06-30.csv:5:2: unknown unit \"Thành phố Gia Nghĩa\" in column \"Tên đơn vị\": no unit of units.csv has this name; write the name as in units.csv (or declare prefixes to ignore with `data: {name_prefixes: [\"UBND xã\"]}`); did you mean `UBND thành phố Gia Nghĩa`?",
        ])
    }

    @Test func ambiguousNamesAreErrorsNamingTheCandidates() {
        let units = Self.units + "thi-tran-dak-mil,Thị trấn Đắk Mil\n"
        let site = TestSite([
            "c/campaign.md": campaignMD(Self.front + "\ndata: {name_prefixes: [\"UBND huyện\", \"Thị trấn\"]}"),
            "c/units.csv": units,
            "c/data/2024-06-30.csv": "name,Tổng số hồ sơ,Hồ sơ trực tuyến\nĐắk Mil,10,5\nSở Công Thương,1,1\nsở công thương,2,2\n",
        ])
        #expect(site.errors() == [
            "content/c/data/2024-06-30.csv:2:1: \"Đắk Mil\" in column \"name\" could be more than one unit of units.csv: ubnd-huyen-dak-mil (UBND huyện Đắk Mil), thi-tran-dak-mil (Thị trấn Đắk Mil); write the unit's name in full as in units.csv, or use a `unit` column with the ids",
            "content/c/data/2024-06-30.csv:4:1: unit \"so-cong-thuong\" already has a row on line 3; keep one row per unit",
        ])
    }

    @Test func namedNameColumn() throws {
        let csv = "STT,Cơ quan,Tổng số hồ sơ,Hồ sơ trực tuyến\n1,Sở Công Thương,10,5\n"
        #expect(try values(csv, extra: "\ndata: {name_column: \"Cơ quan\"}")[0]! == [10, 5])
        #expect(site(csv).errors() == [
            "content/c/data/2024-06-30.csv:1:1: the header has no `unit` column; the first column must be `unit` (the unit ids of units.csv), or `name` with the units' names as in units.csv",
        ])
        #expect(site(csv, extra: "\ndata: {name_column: \"Đơn vị\"}").errors() == [
            "content/c/data/2024-06-30.csv:1:1: the header has no `unit` column and no column \"Đơn vị\" (data.name_column in campaign.md); add a `unit` column with the ids of units.csv, or fix `name_column`",
        ])
    }

    @Test func twoMetricsCannotReadOneColumn() {
        let extra = "\n  - {id: rate_reported, column: \"tong so ho so\"}"
        let front = Self.front.replacingOccurrences(of: "indicators:", with: String(extra.dropFirst()) + "\nindicators:")
        let site = TestSite(["c/campaign.md": campaignMD(front), "c/units.csv": Self.units,
                             "c/data/2024-06-30.csv": "unit,Tổng số hồ sơ,Hồ sơ trực tuyến\nso-cong-thuong,10,5\n"])
        #expect(site.errors() == [
            "content/c/data/2024-06-30.csv:1: metric \"rate_reported\" (column \"tong so ho so\") would read column 2 (\"Tổng số hồ sơ\"), which already holds metric \"total\"; give each metric its own column in campaign.md",
        ])
    }

    @Test func textKeys() {
        #expect(TextKey.exact("  Hồ  sơ\u{00A0}TRỰC tuyến ") == "hồ sơ trực tuyến")
        #expect(TextKey.exact("Đắk R’Lấp") == TextKey.exact("Đắk R'Lấp"))
        #expect(TextKey.folded("Đắk R'Lấp") == "dak r'lap")
        #expect(TextKey.joined("Tiếp nhận / Trực tuyến") == "tiếp nhận trực tuyến")
        #expect(TextKey.joined("Tiếp nhận - Trực tuyến") == "tiếp nhận trực tuyến")
    }
}
