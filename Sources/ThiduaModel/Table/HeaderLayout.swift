/// Where the header of a data table is and what each column is called.
///
/// Real exports put title rows above the header, and spreadsheets often
/// have a two-row header: a merged group title over sub-headers, with the
/// other header cells merged down over both rows. The header row is the
/// row `data.header_row` names, or else the first row with a cell that
/// names the unit column (or, when no row does, a metric column). The
/// header then takes in:
/// - rows below it covered by merged cells that start in the header, and
///   rows of sub-headers below a merged group title (their unit cell is
///   empty, the cells under the title are text, not figures); at most
///   `maximumRows` rows in all, and taller merges (a notes column merged
///   down the table) do not count;
/// - rows just above it holding a merged group title that does not cover
///   the unit column (a title merged across the whole table does).
/// Each column is then known by its texts from top to bottom (merged cells
/// give their text to every column they span): `parts`.
struct HeaderLayout {
    struct Column {
        var index: Int
        /// Distinct non-empty header texts of the column, top to bottom.
        var parts: [String]

        /// How messages show the column: its texts joined by " / ".
        var display: String { parts.joined(separator: " / ") }
    }

    /// The row number (CSV line or Excel row) where the header starts,
    /// for messages about the header as a whole.
    var rowNumber: Int
    var columns: [Column]
    /// Index into `DataTable.rows` of the first row after the header.
    var dataStart: Int

    /// A header spans at most this many rows.
    static let maximumRows = 4

    func display(_ column: Int) -> String {
        column < columns.count ? columns[column].display : ""
    }

    /// Finds the header. `wanted` are the exact keys (`TextKey.exact`) of
    /// every column a snapshot may name (unit, id, name, metric columns and
    /// ids); `unitNames` those of the unit column alone.
    static func locate(_ table: DataTable, declaredRow: Int?, wanted: Set<String>,
                       unitNames: Set<String>) throws -> HeaderLayout {
        let rows = table.rows
        let wantedFolded = Set(wanted.map(TextKey.folded))
        let unitFolded = Set(unitNames.map(TextKey.folded))
        func names(_ cell: DataCell, _ exact: Set<String>, _ folded: Set<String>) -> Bool {
            let text = cell.text
            return exact.contains(TextKey.exact(text)) || folded.contains(TextKey.folded(text))
        }

        var top: Int
        if let declaredRow {
            guard let index = rows.firstIndex(where: { $0.number == declaredRow }) else {
                let last = rows.last?.number ?? 0
                throw Diagnostic.error(SourceLocation(path: table.path, line: declaredRow),
                    declaredRow > last ? .headerRowBeyondData : .headerRowEmpty, ["row": String(declaredRow), "last": String(last)])
            }
            top = index
        } else {
            top = rows.firstIndex { $0.cells.contains { names($0, unitNames, unitFolded) } }
                ?? rows.firstIndex { $0.cells.contains { names($0, wanted, wantedFolded) } } ?? 0
        }
        let headerIndex = top
        let headerRowNumber = rows[top].number
        let unitColumn = rows[top].cells.firstIndex { names($0, unitNames, unitFolded) }
        let merges = table.merges

        // Group titles just above the header row.
        if let unitColumn {
            while top > 0, rows[top - 1].number == rows[top].number - 1 {
                let titles = merges.filter { $0.firstRow == rows[top - 1].number && $0.isHorizontal }
                guard !titles.isEmpty, !titles.contains(where: { $0.contains(row: $0.firstRow, column: unitColumn) })
                else { break }
                top -= 1
            }
        }
        // Rows of the header below it. Merges taller than a header can be
        // (a notes column merged down the table) do not count.
        var bottom = headerIndex
        let headerMerges = merges.filter { $0.lastRow - $0.firstRow < Self.maximumRows }
        while bottom + 1 < rows.count, rows[bottom + 1].number - rows[top].number < Self.maximumRows {
            let next = rows[bottom + 1]
            let band = rows[top].number...rows[bottom].number
            let started = headerMerges.filter { band.contains($0.firstRow) }
            if started.contains(where: { $0.lastRow >= next.number && $0.firstRow < next.number }) {
                bottom += 1
                continue
            }
            // Sub-headers: text (not figures) under a group title, with no unit.
            let groupTitles = headerMerges.filter { $0.firstRow == rows[bottom].number && $0.isHorizontal }
            let underTitles = next.cells.indices.filter { column in
                !next[column].isBlank && groupTitles.contains { $0.contains(row: $0.firstRow, column: column) }
            }
            if let unitColumn, next.number == rows[bottom].number + 1, next[unitColumn].isBlank, !underTitles.isEmpty,
               underTitles.allSatisfy({ column in
                   if case .text(let text) = next[column] { return CellNumber.read(text) == .invalid }
                   return false
               }) {
                bottom += 1
                continue
            }
            break
        }

        // Each column's texts, merged cells filled from their top-left cell.
        let band = rows[top...bottom]
        let bandNumbers = band.first!.number...band.last!.number
        let bandMerges = merges.filter { bandNumbers.contains($0.firstRow) }
        let width = band.map(\.cells.count).max() ?? 0
        var columns: [Column] = []
        for column in 0..<max(width, (bandMerges.map(\.lastColumn).max() ?? -1) + 1) {
            var parts: [String] = []
            var keys: Set<String> = []
            for row in band {
                var text = row[column].text
                if let merge = bandMerges.first(where: { $0.contains(row: row.number, column: column) }),
                   let origin = band.first(where: { $0.number == merge.firstRow }) {
                    text = origin[merge.firstColumn].text
                }
                let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
                if !trimmed.isEmpty, keys.insert(TextKey.exact(trimmed)).inserted { parts.append(trimmed) }
            }
            columns.append(Column(index: column, parts: parts))
        }
        return HeaderLayout(rowNumber: headerRowNumber, columns: columns, dataStart: bottom + 1)
    }
}

import Foundation
