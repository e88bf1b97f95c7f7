import Foundation

/// Reads one worksheet part (`xl/worksheets/sheetN.xml`) into rows of
/// cells and its merged ranges. Cells hold what Excel stored: shared and
/// inline strings as text, numbers and cached formula results as numbers
/// (or text for string formulas), error values as errors.
final class XLSXSheetParser {
    private let sharedStrings: [String]
    private(set) var rows: [DataTable.Row] = []
    private(set) var merges: [MergedRange] = []
    private(set) var failure: XLSXFailure?

    private var rowNumber = 0
    private var cells: [DataCell] = []
    private var column = -1
    private var cellType = "n"
    private var cellReference = ""
    private var value = ""
    private var inlineText = ""
    private var capturing: Capture = .none
    private var phoneticDepth = 0
    private var hasValue = false
    private var hasFormula = false

    private enum Capture { case none, value, inlineText }

    init(sharedStrings: [String]) {
        self.sharedStrings = sharedStrings
    }

    static func parse(_ data: Data, sharedStrings: [String], part: String) throws -> (rows: [DataTable.Row], merges: [MergedRange]) {
        let parser = XLSXSheetParser(sharedStrings: sharedStrings)
        try XLSXParts.read(data, part: part) { event in
            switch event {
            case .start(let name, let attributes): parser.start(name, attributes: attributes)
            case .end(let name): parser.end(name)
            case .text(let text): parser.text(text)
            }
        }
        if let failure = parser.failure { throw failure }
        return (parser.rows, parser.merges)
    }

    private func start(_ elementName: String, attributes: [String: String]) {
        switch XLSXParts.localName(elementName) {
        case "row":
            rowNumber = attributes["r"].flatMap { Int($0) } ?? rowNumber + 1
            cells = []
            column = -1
        case "c":
            cellReference = attributes["r"] ?? ""
            if let parsed = CellReference.parse(cellReference) {
                column = parsed.column
            } else {
                column += 1
            }
            cellType = attributes["t"] ?? "n"
            value = ""
            inlineText = ""
            hasValue = false
            hasFormula = false
        case "v":
            capturing = .value
            hasValue = true
        case "is":
            hasValue = true
        case "f":
            hasFormula = true
        case "rPh":
            phoneticDepth += 1
        case "t":
            if cellType == "inlineStr" && phoneticDepth == 0 { capturing = .inlineText }
        case "mergeCell":
            if let ref = attributes["ref"], let range = CellReference.range(ref) { merges.append(range) }
        default:
            break
        }
    }

    private func end(_ elementName: String) {
        switch XLSXParts.localName(elementName) {
        case "v", "t":
            capturing = .none
        case "rPh":
            phoneticDepth -= 1
        case "c":
            guard hasValue || hasFormula, column >= 0, column < 16_384 else { return }
            let cell = hasValue ? makeCell() : .unsavedFormula
            if cell.isBlank { return }
            if cells.count <= column { cells.append(contentsOf: repeatElement(DataCell.empty, count: column + 1 - cells.count)) }
            cells[column] = cell
        case "row":
            if !cells.allSatisfy(\.isBlank) { rows.append(DataTable.Row(number: rowNumber, cells: cells)) }
        default:
            break
        }
    }

    private func text(_ string: String) {
        switch capturing {
        case .value: value += string
        case .inlineText: inlineText += string
        case .none: break
        }
    }

    private func makeCell() -> DataCell {
        switch cellType {
        case "s":
            guard let index = Int(value.trimmingCharacters(in: .whitespaces)), sharedStrings.indices.contains(index) else {
                if failure == nil {
                    failure = XLSXFailure(.xlsxMissingSharedString, ["cell": cellReference, "index": String(value)])
                }
                return .empty
            }
            return .text(sharedStrings[index])
        case "inlineStr":
            return .text(XLSXParts.unescape(inlineText))
        case "str", "d":
            return .text(XLSXParts.unescape(value))
        case "b":
            return .text(value == "1" ? "TRUE" : "FALSE")
        case "e":
            return .error(value)
        default:
            let text = value.trimmingCharacters(in: .whitespaces)
            if text.isEmpty { return .empty }
            if let number = Double(text), number.isFinite { return .number(number) }
            return .text(text)
        }
    }
}
