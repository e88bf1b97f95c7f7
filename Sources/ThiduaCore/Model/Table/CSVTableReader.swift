import CSV

/// Reads CSV text into a `DataTable` through CSV.swift, keeping the line
/// where each record starts. A quote that never closes is an error at its
/// line; blank records at the end are not read (`CSVLayout`).
enum CSVTableReader {
    static func read(_ text: String, path: String) throws -> DataTable {
        let layout = CSVLayout(text)
        if let line = layout.unclosedQuoteLine {
            throw Diagnostic.error(SourceLocation(path: path, line: line),
                "a cell here starts with a quote (\") that is never closed, so the rest of the file would be read as that one cell; add the closing quote (a quote inside a quoted cell is written twice: \"\")")
        }
        let content = layout.contentLength == text.utf8.count
            ? text : String(decoding: text.utf8.prefix(layout.contentLength), as: UTF8.self)
        let reader: CSVReader
        do {
            reader = try CSVReader(string: content, hasHeaderRow: false)
        } catch {
            throw Diagnostic.error(SourceLocation(path: path, line: 1), "the CSV cannot be read (\(error))")
        }
        var line = 1
        var rows: [DataTable.Row] = []
        while let cells = reader.next() {
            let start = line
            // A quoted cell may hold line breaks: the next record starts that many lines later.
            line += 1 + cells.reduce(0) { $0 + CellText.lineBreaks($1) }
            if cells.allSatisfy(CellText.isEmptyTrimmingSpaces) { continue }
            rows.append(DataTable.Row(number: start, cells: cells.map(DataCell.text)))
        }
        if let error = reader.error {
            throw Diagnostic.error(SourceLocation(path: path, line: line), "the CSV cannot be read (\(error))")
        }
        guard !rows.isEmpty else {
            throw Diagnostic.error(SourceLocation(path: path, line: 1),
                "the file is empty; it needs a header row and one row per unit")
        }
        return DataTable(path: path, format: .csv, rows: rows)
    }
}

import Foundation
