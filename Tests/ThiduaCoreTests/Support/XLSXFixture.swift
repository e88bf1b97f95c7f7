import Foundation
import ZIPFoundation

/// Real-shaped Excel workbooks built in memory for tests: the XML parts
/// are written here by hand, the way Excel and the provincial systems
/// write them, and zipped with ZIPFoundation.
struct XLSXFixture {
    /// A cell as Excel stores it.
    enum Cell {
        /// Text in the shared-string table (what Excel writes for typed text).
        case shared(String)
        /// Text inline in the sheet (what many exporters write).
        case inline(String)
        case number(Double)
        /// A formula with its cached numeric result.
        case formula(String, Double)
        /// A formula whose cached result is text.
        case formulaText(String, String)
        case error(String)
        /// A formula without a saved result, as programs that never ran Excel write it.
        case unsavedFormula(String)
        /// A styled cell with no value (borders in exports).
        case blank
    }

    struct Sheet {
        var name: String
        var hidden = false
        /// Row number → cells from column A.
        var rows: [(Int, [Cell?])]
        var merges: [String] = []
    }

    var sheets: [Sheet]
    /// Write element names with an `x:` namespace prefix, as some exporters do.
    var prefixed = false
    /// Leave out the `r` attributes of rows and cells (allowed, and done by some writers).
    var omitReferences = false

    /// A one-sheet workbook.
    init(_ name: String = "Sheet1", rows: [(Int, [Cell?])], merges: [String] = [],
         prefixed: Bool = false, omitReferences: Bool = false) {
        sheets = [Sheet(name: name, rows: rows, merges: merges)]
        self.prefixed = prefixed
        self.omitReferences = omitReferences
    }

    init(sheets: [Sheet]) { self.sheets = sheets }

    /// Rows of plain values: strings become shared strings, numbers numbers.
    static func rows(_ values: [[Any?]], from first: Int = 1) -> [(Int, [Cell?])] {
        values.enumerated().map { offset, row in
            (first + offset, row.map { value -> Cell? in
                switch value {
                case let text as String: return .shared(text)
                case let number as Int: return .number(Double(number))
                case let number as Double: return .number(number)
                case let cell as Cell: return cell
                default: return nil
                }
            })
        }
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    var data: Data {
        var shared: [String] = []
        var sharedIndex: [String: Int] = [:]
        func index(_ text: String) -> Int {
            if let i = sharedIndex[text] { return i }
            shared.append(text)
            sharedIndex[text] = shared.count - 1
            return shared.count - 1
        }
        let ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let p = prefixed ? "x:" : ""
        let xmlns = prefixed ? "xmlns:x=\"\(ns)\"" : "xmlns=\"\(ns)\""
        var parts: [(String, String)] = []
        for (number, sheet) in sheets.enumerated() {
            var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<\(p)worksheet \(xmlns) xmlns:r=\"\(rel)\">"
            xml += "<\(p)dimension ref=\"A1\"/><\(p)sheetData>"
            for (row, cells) in sheet.rows {
                xml += omitReferences ? "<\(p)row>" : "<\(p)row r=\"\(row)\" spans=\"1:\(cells.count)\">"
                for (column, cell) in cells.enumerated() {
                    guard let cell else {
                        // Without references a cell's place is its position: keep the gap.
                        if omitReferences { xml += "<\(p)c/>" }
                        continue
                    }
                    var letters = ""
                    var n = column + 1
                    while n > 0 { letters = String(UnicodeScalar(UInt8(65 + (n - 1) % 26))) + letters; n = (n - 1) / 26 }
                    let r = omitReferences ? "" : " r=\"\(letters)\(row)\""
                    switch cell {
                    case .shared(let text): xml += "<\(p)c\(r) s=\"1\" t=\"s\"><\(p)v>\(index(text))</\(p)v></\(p)c>"
                    case .inline(let text):
                        xml += "<\(p)c\(r) t=\"inlineStr\"><\(p)is><\(p)t xml:space=\"preserve\">\(Self.escape(text))</\(p)t></\(p)is></\(p)c>"
                    case .number(let value): xml += "<\(p)c\(r) s=\"2\"><\(p)v>\(value == value.rounded() ? String(Int64(value)) : String(value))</\(p)v></\(p)c>"
                    case .formula(let formula, let value):
                        xml += "<\(p)c\(r)><\(p)f>\(Self.escape(formula))</\(p)f><\(p)v>\(value)</\(p)v></\(p)c>"
                    case .formulaText(let formula, let text):
                        xml += "<\(p)c\(r) t=\"str\"><\(p)f>\(Self.escape(formula))</\(p)f><\(p)v>\(Self.escape(text))</\(p)v></\(p)c>"
                    case .error(let code): xml += "<\(p)c\(r) t=\"e\"><\(p)f>C5/0</\(p)f><\(p)v>\(code)</\(p)v></\(p)c>"
                    case .unsavedFormula(let formula): xml += "<\(p)c\(r)><\(p)f>\(Self.escape(formula))</\(p)f></\(p)c>"
                    case .blank: xml += "<\(p)c\(r) s=\"3\"/>"
                    }
                }
                xml += "</\(p)row>"
            }
            xml += "</\(p)sheetData>"
            if !sheet.merges.isEmpty {
                xml += "<\(p)mergeCells count=\"\(sheet.merges.count)\">"
                    + sheet.merges.map { "<\(p)mergeCell ref=\"\($0)\"/>" }.joined() + "</\(p)mergeCells>"
            }
            xml += "<\(p)pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/></\(p)worksheet>"
            parts.append(("xl/worksheets/sheet\(number + 1).xml", xml))
        }
        let sst = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<\(p)sst \(xmlns) count=\"\(shared.count)\" uniqueCount=\"\(shared.count)\">"
            + shared.map { "<\(p)si><\(p)t xml:space=\"preserve\">\(Self.escape($0))</\(p)t></\(p)si>" }.joined() + "</\(p)sst>"
        let workbook = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<\(p)workbook \(xmlns) xmlns:r=\"\(rel)\"><\(p)sheets>"
            + sheets.enumerated().map { "<\(p)sheet name=\"\(Self.escape($1.name))\" sheetId=\"\($0 + 1)\"\($1.hidden ? " state=\"hidden\"" : "") r:id=\"rId\($0 + 1)\"/>" }.joined()
            + "</\(p)sheets></\(p)workbook>"
        let workbookRels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + sheets.indices.map { "<Relationship Id=\"rId\($0 + 1)\" Type=\"\(rel)/worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>" }.joined()
            + "<Relationship Id=\"rId\(sheets.count + 1)\" Type=\"\(rel)/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>"
        let rootRels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"\(rel)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"
        let contentTypes = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>"
        parts = [("[Content_Types].xml", contentTypes), ("_rels/.rels", rootRels), ("xl/workbook.xml", workbook),
                 ("xl/_rels/workbook.xml.rels", workbookRels)] + parts + [("xl/sharedStrings.xml", sst)]
        let archive = try! Archive(data: Data(), accessMode: .create, pathEncoding: nil)
        for (path, text) in parts {
            let bytes = Data(text.utf8)
            try! archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count),
                                  modificationDate: Date(timeIntervalSince1970: 1_700_000_000),
                                  compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data!
    }
}
