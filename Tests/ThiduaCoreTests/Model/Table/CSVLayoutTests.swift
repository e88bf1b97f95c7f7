import Testing
@testable import ThiduaSupport
@testable import ThiduaLoad
@testable import ThiduaModel
@testable import ThiduaRank
@testable import ThiduaChart
@testable import ThiduaRender
@testable import ThiduaWrite
@testable import ThiduaCore

/// `CSVLayout` follows CSV.swift's quote rules byte by byte.
struct CSVLayoutTests {
    @Test func closedQuotesAndEscapedQuotes() {
        let text = "unit,name\na,\"Phòng \"\"A\"\", Lạng Sơn\"\nb,\"hai\ndòng\"\n"
        let layout = CSVLayout(text)
        #expect(layout.unclosedQuoteLine == nil)
        #expect(layout.contentLength == text.utf8.count)
    }

    @Test func anUnclosedQuoteIsFoundAtTheLineWhereItOpens() {
        #expect(CSVLayout("unit,total\na,1\nb,\"2\nc,3\n").unclosedQuoteLine == 3)
        #expect(CSVLayout("unit,total\r\na,1\r\nb,\"2,3\r\n").unclosedQuoteLine == 3)
        // A cell spanning lines moves the count on.
        #expect(CSVLayout("a,\"x\ny\"\nb,\"2\n").unclosedQuoteLine == 3)
        // A quote inside an unquoted cell opens nothing (CSV.swift keeps it as text).
        #expect(CSVLayout("a,5\"\nb,6\n").unclosedQuoteLine == nil)
        // A quote that closes at the very end of the file is closed.
        #expect(CSVLayout("a,\"5\"").unclosedQuoteLine == nil)
    }

    @Test func blankRecordsAtTheEndAreLeftOut() {
        let rows = "unit,total\na,1\n"
        #expect(CSVLayout(rows + ",,\n , \t,\n\n\r\n,").contentLength == rows.utf8.count)
        // A quoted empty cell is something: the record is kept.
        #expect(CSVLayout(rows + ",\"\"\n,,\n").contentLength == (rows + ",\"\"\n").utf8.count)
        // A record without a final line break still counts.
        #expect(CSVLayout("unit,total\na,1").contentLength == 14)
    }

    @Test func blankRecordsInTheMiddleStay() throws {
        let table = try CSVTableReader.read("unit,total\n,,\na,1\n,,\n,,\n", path: "d.csv")
        #expect(table.rows.map(\.number) == [1, 3])
    }
}
