import CSV

/// Reads CSV text into a `DataTable` through CSV.swift, keeping the line
/// where each record starts. A quote that never closes is an error at its
/// line; blank records at the end are not read (`CSVLayout`).
enum CSVTableReader {
    static func read(_ text: String, path: String) throws -> DataTable {
        let layout = CSVLayout(text)
        if let line = layout.unclosedQuoteLine {
            throw Diagnostic.error(SourceLocation(path: path, line: line),
                .csvUnclosedQuote)
        }
        let content = layout.contentLength == text.utf8.count
            ? text : String(decoding: text.utf8.prefix(layout.contentLength), as: UTF8.self)
        let reader: CSVReader
        do {
            reader = try CSVReader(string: content, hasHeaderRow: false)
        } catch {
            throw Diagnostic.error(SourceLocation(path: path, line: 1), .csvCannotRead, ["error": "\(error)"])
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
            throw Diagnostic.error(SourceLocation(path: path, line: line), .csvCannotRead, ["error": "\(error)"])
        }
        guard !rows.isEmpty else {
            throw Diagnostic.error(SourceLocation(path: path, line: 1),
                .csvEmpty)
        }
        return DataTable(path: path, format: .csv, rows: rows)
    }
}

import Foundation
