import Foundation
import Testing
import ZIPFoundation
@testable import ThiduaSupport
@testable import ThiduaLoad
@testable import ThiduaModel
@testable import ThiduaRank
@testable import ThiduaChart
@testable import ThiduaRender
@testable import ThiduaWrite
@testable import ThiduaCore

/// Damaged XML inside a workbook is an error naming the part (and the
/// cell, in a sheet), never a crash. The first two inputs stopped the
/// process while FoundationXML read the parts (SIGILL, SIGSEGV).
struct XLSXMalformedXMLTests {
    /// The fixture workbook with one part's bytes replaced.
    static func workbook(replacing name: String, with bytes: Data) throws -> Data {
        let valid = XLSXFixture(rows: XLSXFixture.rows([["unit", "total"], ["a", 1]])).data
        let source = try Archive(data: valid, accessMode: .read, pathEncoding: nil)
        let copy = try Archive(data: Data(), accessMode: .create, pathEncoding: nil)
        for entry in source {
            var data = Data()
            _ = try source.extract(entry) { data.append($0) }
            if entry.path == name { data = bytes }
            try copy.addEntry(with: entry.path, type: .file, uncompressedSize: Int64(data.count),
                              compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return copy.data!
    }

    static func message(_ data: Data) -> String? {
        do {
            _ = try XLSXReader.read(data, path: "data/2024-10-31.xlsx", sheet: nil)
            return nil
        } catch let diagnostic as Diagnostic {
            return diagnostic.english
        } catch {
            return "\(error)"
        }
    }

    static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
    static let ns = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""

    @Test func nonUTF8ByteInAnElementName() throws {
        var bytes = Data((Self.header + "<workbook \(Self.ns)><sheets").utf8)
        bytes.append(0xFF)
        bytes.append(contentsOf: Data("><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>".utf8))
        let data = try Self.workbook(replacing: "xl/workbook.xml", with: bytes)
        #expect(Self.message(data) == "data/2024-10-31.xlsx: the Excel workbook cannot be read: its part xl/workbook.xml is damaged (line 2, column 162: bytes that are not UTF-8 text (0xFF 0x3E 0x3C 0x73)); open it in Excel or LibreOffice and save it again as \"Excel Workbook (.xlsx)\"")
    }

    @Test func processingInstructionWithoutData() throws {
        let bytes = Data((Self.header + "<workbook \(Self.ns)><?xm?><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>").utf8)
        let data = try Self.workbook(replacing: "xl/workbook.xml", with: bytes)
        // A processing instruction is allowed there: the workbook reads.
        #expect(Self.message(data) == nil)
    }

    @Test func damagedSheetNamesThePartLineAndColumn() throws {
        let sheet = Self.header + "<worksheet \(Self.ns)><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>unit</t></is></c>"
            + "<c r=\"B1\" t=\"inlineStr\"><is><t>total</t></is></c></row><row r=\"2\"><c r=\"A2\"><v>1</x></c></row></sheetData></worksheet>"
        let data = try Self.workbook(replacing: "xl/worksheets/sheet1.xml", with: Data(sheet.utf8))
        #expect(Self.message(data) == "data/2024-10-31.xlsx: the Excel workbook cannot be read: its part xl/worksheets/sheet1.xml is damaged (line 2, column 310: Opening and ending tag mismatch: v line 2 and x); open it in Excel or LibreOffice and save it again as \"Excel Workbook (.xlsx)\"")
    }

    @Test func documentTypesAreRefused() throws {
        let parts = Self.header + "<!DOCTYPE sst [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
            + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>&b;</t></si></sst>"
        #expect(throws: XLSXFailure.self) { try XLSXParts.sharedStrings(Data(parts.utf8), part: "xl/sharedStrings.xml") }
    }

    @Test func emptyAndTruncatedPartsAreErrors() {
        for text in ["", "<", "<sst", "<sst><si><t>a</t></si>", "\u{FEFF}"] {
            #expect(throws: XLSXFailure.self, "\(text)") { try XLSXParts.sharedStrings(Data(text.utf8), part: "xl/sharedStrings.xml") }
        }
    }

    @Test func cdataAndEntitiesAreText() throws {
        let parts = "<sst><si><t>a&amp;b&#x1EA0;<![CDATA[<c>]]></t></si></sst>"
        #expect(try XLSXParts.sharedStrings(Data(parts.utf8), part: "xl/sharedStrings.xml") == ["a&bẠ<c>"])
    }

    /// A deflate stream that never ends made ZIPFoundation's extract loop
    /// forever at the end of the file (found by `make fuzz`, kept in
    /// Tests/FuzzRegressions/xlsx/).
    @Test func deflateStreamThatNeverEnds() throws {
        let data = try Data(contentsOf: FuzzRegressionTests.folder.appendingPathComponent("xlsx/deflate-stream-never-ends.xlsx"))
        #expect(Self.message(data) == "data/2024-10-31.xlsx: the Excel workbook cannot be read: its part xl/sharedStrings.xml is damaged (its zip data does not unpack); open it in Excel or LibreOffice and save it again as \"Excel Workbook (.xlsx)\"")
    }

    /// ZIPFoundation told zlib the last, shorter chunk was full size, so a
    /// damaged stream made libz read past it (AddressSanitizer, `make fuzz`).
    @Test func inflateStopsAtTheEntrysBytes() throws {
        let data = try Data(contentsOf: FuzzRegressionTests.folder.appendingPathComponent("xlsx/inflate-reads-past-last-chunk.xlsx"))
        #expect(Self.message(data)?.contains("is damaged (its zip data does not unpack)") == true)
    }

    /// A stored entry flagged with a data descriptor that would lie past the
    /// end of the file made ZIPFoundation trap while listing the entries
    /// (`make fuzz`); `ZIPBounds` refuses it first.
    @Test func dataDescriptorPastTheEnd() throws {
        let data = try Data(contentsOf: FuzzRegressionTests.folder.appendingPathComponent("xlsx/data-descriptor-past-the-end.xlsx"))
        #expect(Self.message(data) == "data/2024-10-31.xlsx: the file is not an Excel workbook (.xlsx); save it from Excel as \"Excel Workbook (.xlsx)\", or as \"CSV UTF-8\" with the .csv extension")
    }
}
