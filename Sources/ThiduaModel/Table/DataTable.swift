/// One cell of a data file, as the file holds it.
enum DataCell: Equatable, Sendable {
    /// Text as typed (CSV cells, Excel text cells); numbers in it are read
    /// with the cell rules of `CellNumber`.
    case text(String)
    /// A number stored as a number (Excel numeric and formula cells): its
    /// value is used as it is.
    case number(Double)
    /// An Excel error value such as `#DIV/0!` or `#N/A`.
    case error(String)
    /// A formula without a saved result (a file written by a program and
    /// never saved by Excel).
    case unsavedFormula

    static let empty = DataCell.text("")

    /// The cell as text: numbers without a trailing `.0`.
    var text: String {
        switch self {
        case .text(let text), .error(let text): return text
        case .unsavedFormula: return ""
        case .number(let value):
            if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
            return String(value)
        }
    }

    var isBlank: Bool {
        if case .text(let text) = self { return CellText.isAllWhitespace(text) }
        return false
    }
}

/// A rectangle of merged cells in a spreadsheet: the text is in its
/// top-left cell. Rows are file row numbers, columns 0-based.
struct MergedRange: Hashable, Sendable {
    var firstRow: Int
    var lastRow: Int
    var firstColumn: Int
    var lastColumn: Int

    func contains(row: Int, column: Int) -> Bool {
        (firstRow...lastRow).contains(row) && (firstColumn...lastColumn).contains(column)
    }

    var isHorizontal: Bool { lastColumn > firstColumn }
}

/// A data file read into rows of cells, whatever its format, keeping where
/// each row is in the file so every message can point at it: CSV files by
/// line (where the record starts), Excel sheets by row number. Blank rows
/// are left out.
struct DataTable: Sendable {
    enum Format: Sendable { case csv, xlsx }

    struct Row: Sendable {
        /// The CSV line where the record starts, or the Excel row number.
        var number: Int
        var cells: [DataCell]

        /// The cell at a 0-based column; empty beyond the end of the row.
        subscript(column: Int) -> DataCell {
            column < cells.count ? cells[column] : .empty
        }
    }

    var path: String
    var format: Format
    var rows: [Row]
    /// Merged cells (Excel only).
    var merges: [MergedRange] = []

    /// Location of a cell: its row's line (or Excel row) and its 1-based column.
    func location(row: Int, column: Int) -> SourceLocation {
        SourceLocation(path: path, line: row, column: column + 1)
    }

    /// `"cell C5: "` for a spreadsheet, so messages name the cell as Excel
    /// shows it; empty for CSV, where line and column say it all.
    func cellPrefix(row: Int, column: Int) -> MessageValue {
        format == .xlsx ? Message(.cellPrefix, ["cell": CellReference.name(row: row, column: column)]).messageValue : .text("")
    }
}

/// Excel cell references: `C5` is row 5, column index 2.
enum CellReference {
    /// Column letters of a 0-based column index: 0 → A, 25 → Z, 26 → AA.
    static func letters(_ column: Int) -> String {
        var n = column + 1
        var result = ""
        while n > 0 {
            let remainder = (n - 1) % 26
            result = String(UnicodeScalar(UInt8(65 + remainder))) + result
            n = (n - 1) / 26
        }
        return result
    }

    static func name(row: Int, column: Int) -> String { letters(column) + String(row) }

    /// Parses `C5` (or `$C$5`) into its row number and 0-based column; nil
    /// when malformed. A reference without digits (`C`) gives row nil.
    static func parse(_ text: String) -> (row: Int?, column: Int)? {
        var column = 0
        var digits = ""
        var sawLetter = false
        for c in text.uppercased() where c != "$" {
            if let ascii = c.asciiValue, (65...90).contains(ascii), digits.isEmpty {
                column = column * 26 + Int(ascii - 64)
                sawLetter = true
                if column > 20_000 { return nil }
            } else if c.isASCII && c.isNumber {
                digits.append(c)
            } else {
                return nil
            }
        }
        guard sawLetter else { return nil }
        if digits.isEmpty { return (nil, column - 1) }
        guard let row = Int(digits), row >= 1 else { return nil }
        return (row, column - 1)
    }

    /// Parses a range `A1:C2` (or a single cell `B4`).
    static func range(_ text: String) -> MergedRange? {
        let parts = text.split(separator: ":").map(String.init)
        guard (1...2).contains(parts.count),
              let start = parse(parts[0]), let startRow = start.row,
              let end = parse(parts.last!), let endRow = end.row
        else { return nil }
        return MergedRange(firstRow: min(startRow, endRow), lastRow: max(startRow, endRow),
                           firstColumn: min(start.column, end.column), lastColumn: max(start.column, end.column))
    }
}
