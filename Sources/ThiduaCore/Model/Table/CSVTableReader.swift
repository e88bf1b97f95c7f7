import CSV

/// Reads CSV text into a `DataTable` through CSV.swift, keeping the line
/// where each record starts.
enum CSVTableReader {
    static func read(_ text: String, path: String) throws -> DataTable {
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: false)
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
