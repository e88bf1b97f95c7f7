import CSV

/// A CSV file read through CSV.swift, keeping the file line where each
/// record starts so errors can point at it. Blank lines are skipped.
struct CSVTable {
    struct Record {
        var line: Int
        var cells: [String]
    }

    var path: String
    var header: [String]
    var headerLine: Int
    var records: [Record]

    static func read(_ file: SourceFile) throws -> CSVTable {
        let reader: CSVReader
        do {
            reader = try CSVReader(string: file.text, hasHeaderRow: false)
        } catch {
            throw Diagnostic.error(SourceLocation(path: file.path, line: 1), "the CSV cannot be read (\(error))")
        }
        var line = 1
        var header: [String]?
        var headerLine = 1
        var records: [Record] = []
        while let cells = reader.next() {
            let start = line
            // A quoted cell may hold line breaks: the next record starts that many lines later.
            line += 1 + cells.reduce(0) { $0 + $1.filter { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }.count }
            if cells.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            if header == nil {
                header = cells.map { $0.trimmingCharacters(in: .whitespaces) }
                headerLine = start
            } else {
                records.append(Record(line: start, cells: cells))
            }
        }
        if let error = reader.error {
            throw Diagnostic.error(SourceLocation(path: file.path, line: line), "the CSV cannot be read (\(error))")
        }
        guard let header else {
            throw Diagnostic.error(SourceLocation(path: file.path, line: 1),
                "the file is empty; it needs a header row and one row per unit")
        }
        return CSVTable(path: file.path, header: header, headerLine: headerLine, records: records)
    }

    /// Location of a cell: its record's line and its 1-based column number.
    func location(line: Int, column index: Int) -> SourceLocation {
        SourceLocation(path: path, line: line, column: index + 1)
    }

    /// 0-based index of the first header cell equal to one of the names
    /// (compared ignoring case and surrounding spaces).
    func column(named names: [String]) -> Int? {
        let wanted = names.map { $0.lowercased() }
        return header.firstIndex { wanted.contains($0.lowercased()) }
    }
}

import Foundation
