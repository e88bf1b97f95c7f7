import Testing
@testable import ThiduaSupport
@testable import ThiduaLoad
@testable import ThiduaModel
@testable import ThiduaRank
@testable import ThiduaChart
@testable import ThiduaRender
@testable import ThiduaWrite
@testable import ThiduaCore

struct CellNumberTests {
    @Test(arguments: [
        ("18.775", 18775.0), ("2.614.507.177", 2_614_507_177), ("1,329", 1329), ("18 775", 18775),
        ("18\u{00A0}775", 18775), ("1329", 1329), ("0.9918", 0.9918), ("12,5", 12.5), ("1.234,5", 1234.5),
        ("1,234.5", 1234.5), ("97%", 0.97), ("93,5%", 0.935), ("100%", 1), ("0.500", 0.5), ("-3", -3),
        ("  42 ", 42), (".5", 0.5), ("1.5", 1.5),
        // Percentages are the double nearest the decimal, as a spreadsheet stores them (3.1 × 0.01 is not).
        ("3,1%", 0.031), ("0,7%", 0.007), ("12,3%", 0.123), ("1.234,5%", 12.345), ("-2,9%", -0.029),
    ])
    func reads(_ text: String, _ expected: Double) {
        #expect(CellNumber.read(text) == .value(expected))
    }

    @Test(arguments: ["abc", "12a", "1.23.4", "1..2", "1,2,3", "--1", "1.", "%", "12 34", "01.234"])
    func rejects(_ text: String) {
        #expect(CellNumber.read(text) == .invalid)
    }

    @Test func emptyIsMissing() {
        #expect(CellNumber.read("") == .empty)
        #expect(CellNumber.read("   ") == .empty)
    }
}
