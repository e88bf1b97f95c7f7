import Foundation

/// Reads one snapshot, `data/YYYY-MM-DD.csv` or `.xlsx`, against the roster
/// and metrics. Both formats become a `DataTable` first, so the header,
/// unit and number rules are the same for both.
enum SnapshotReader {
    static func read(_ file: DataFile, units: [Unit], metrics: [Metric], options: DataOptions,
                     log: inout DiagnosticLog) -> Snapshot? {
        guard let date = Day(iso: file.stem) else {
            log.error(SourceLocation(path: file.path),
                "a snapshot's file name must be its date, YYYY-MM-DD.csv or YYYY-MM-DD.xlsx (e.g. 2024-07-16.csv)")
            return nil
        }
        let table: DataTable
        let header: HeaderLayout
        let nameColumns = options.nameColumns
        do {
            switch file.content {
            case .csv(let text): table = try CSVTableReader.read(text, path: file.path)
            case .xlsx(let data): table = try XLSXReader.read(data, path: file.path, sheet: options.sheet)
            }
            let unitNames = Set((DataOptions.unitColumns + nameColumns).map(TextKey.exact))
            let wanted = unitNames.union(metrics.flatMap { [TextKey.exact($0.column), TextKey.exact($0.id)] })
            header = try HeaderLayout.locate(table, declaredRow: options.headerRow, wanted: wanted, unitNames: unitNames)
        } catch let diagnostic as Diagnostic {
            log.append(diagnostic)
            return nil
        } catch {
            log.error(SourceLocation(path: file.path), "\(error)")
            return nil
        }
        let headerLocation = SourceLocation(path: file.path, line: header.rowNumber)
        let rowWord = table.format == .csv ? "line" : "row"
        let errorsBefore = log.errorCount

        // The unit column: ids, or else names. `column` gives nil when no
        // header has any of the names, `.some(nil)` when one is ambiguous (logged).
        func column(_ names: [String], what: String) -> Int?? {
            for name in names {
                switch ColumnMatcher.find(name, in: header) {
                case .found(let index): return .some(index)
                case .missing: continue
                case .ambiguous(let candidates):
                    log.error(headerLocation,
                        "the header has more than one \(what) column: \(ColumnMatcher.describe(candidates, in: header, format: table.format)); keep one")
                    return .some(nil)
                }
            }
            return nil
        }
        var byName = false
        var unitColumn: Int
        if let found = column(DataOptions.unitColumns, what: "`unit`") {
            guard let found else { return nil }
            unitColumn = found
        } else if let found = column(nameColumns, what: "unit name") {
            guard let found else { return nil }
            unitColumn = found
            byName = true
        } else {
            // Say which row was taken, unless it is plainly the header: the first row, with several cells.
            let plainHeader = header.rowNumber == table.rows[0].number
                && table.rows[0].cells.filter { !$0.isBlank }.count > 1
            let rowHint = plainHeader ? "" : options.headerRow != nil
                ? " (the header is row \(header.rowNumber), from `data.header_row` in campaign.md)"
                : " (row \(header.rowNumber) was taken as the header; name the right row with `data: {header_row: N}` in campaign.md)"
            log.error(SourceLocation(path: file.path, line: header.rowNumber, column: 1), (options.nameColumn.map {
                "the header has no `unit` column and no column \"\($0)\" (data.name_column in campaign.md); add a `unit` column with the ids of units.csv, or fix `name_column`"
            } ?? "the header has no `unit` column; the first column must be `unit` (the unit ids of units.csv), or `name` with the units' names as in units.csv") + rowHint)
            return nil
        }

        // Metric columns: by `column`, else by id.
        var columns: [Int?] = []
        var owners: [Int: String] = [unitColumn: byName ? "the unit names" : "the unit ids"]
        for metric in metrics {
            var match = ColumnMatcher.find(metric.column, in: header)
            if match == .missing && metric.column != metric.id { match = ColumnMatcher.find(metric.id, in: header) }
            switch match {
            case .found(let index):
                if let owner = owners[index] {
                    log.error(headerLocation,
                        "metric \"\(metric.id)\" (column \"\(metric.column)\") would read column \(ColumnMatcher.describe([index], in: header, format: table.format)), which already holds \(owner); give each metric its own column in campaign.md")
                }
                owners[index] = "metric \"\(metric.id)\""
                columns.append(index)
            case .missing:
                columns.append(nil)
                if !metric.optional {
                    log.error(headerLocation,
                        "metric \"\(metric.id)\" has no column \"\(metric.column)\" in the header; add the column or fix `column:` in campaign.md")
                }
            case .ambiguous(let candidates):
                columns.append(nil)
                log.error(headerLocation,
                    "metric \"\(metric.id)\": \"\(metric.column)\" could be any of the columns \(ColumnMatcher.describe(candidates, in: header, format: table.format)); write the column's full header in `column:` in campaign.md, e.g. \"\(header.display(candidates[0]))\"")
            }
        }
        if log.errorCount > errorsBefore { return nil }

        let unitIndex = Dictionary(uniqueKeysWithValues: units.enumerated().map { ($1.id, $0) })
        let matcher = byName ? UnitMatcher(units: units, prefixes: options.namePrefixes) : nil
        let unitHeader = header.display(unitColumn)
        var rows = [[Double?]?](repeating: nil, count: units.count)
        var rowNumbers = [Int?](repeating: nil, count: units.count)
        var isMetricColumn = [Bool](repeating: false, count: (columns.compactMap { $0 }.max() ?? -1) + 1)
        for case let column? in columns { isMetricColumn[column] = true }
        for record in table.rows[header.dataStart...] {
            let label = CellText.trimmed(record[unitColumn].text)
            // Locations are only needed for messages: most rows have none.
            var idLocation: SourceLocation { table.location(row: record.number, column: unitColumn) }
            var prefix: String { table.cellPrefix(row: record.number, column: unitColumn) }
            if isTotalRow(record, isMetricColumn: isMetricColumn) { continue }
            var hasFigures: Bool { columns.contains { $0.map { !record[$0].isBlank } ?? false } }
            var found: Int?
            if let matcher, !label.isEmpty {
                switch matcher.find(label) {
                case .unit(let index): found = index
                case .ambiguous(let candidates):
                    log.error(idLocation, prefix
                        + "\"\(label)\" in column \"\(unitHeader)\" could be more than one unit of units.csv: \(candidates.map { "\(units[$0].id) (\(units[$0].name))" }.joined(separator: ", ")); write the unit's name in full as in units.csv, or use a `unit` column with the ids")
                    continue
                case .unknown: break
                }
            } else {
                found = unitIndex[label]
            }
            guard let index = found else {
                // A row with neither a unit nor figures is a section heading or a note.
                if !hasFigures { continue }
                if label.isEmpty {
                    log.error(idLocation, prefix + (byName ? "the row has no unit name" : "the row has no unit id"))
                } else if byName {
                    log.error(idLocation, prefix
                        + "unknown unit \"\(label)\" in column \"\(unitHeader)\": no unit of units.csv has this name; write the name as in units.csv"
                        + (options.namePrefixes.isEmpty ? " (or declare prefixes to ignore with `data: {name_prefixes: [\"UBND huyện\"]}`)" : ""))
                } else {
                    log.error(idLocation, prefix + "unknown unit \"\(label)\"; every unit in a snapshot must be listed in units.csv")
                }
                continue
            }
            if let earlier = rowNumbers[index] {
                log.error(idLocation, prefix
                    + "unit \"\(units[index].id)\" already has a row on \(rowWord) \(earlier); keep one row per unit")
                continue
            }
            rowNumbers[index] = record.number
            var values: [Double?] = []
            values.reserveCapacity(metrics.count)
            for (m, column) in columns.enumerated() {
                // Only messages need the metric: no copy of it per cell.
                var metric: Metric { metrics[m] }
                guard let column else {
                    values.append(nil)
                    continue
                }
                var location: SourceLocation { table.location(row: record.number, column: column) }
                var cellPrefix: String { table.cellPrefix(row: record.number, column: column) }
                switch record[column] {
                case .number(let value):
                    values.append(value)
                case .error(let code):
                    values.append(nil)
                    log.warning(location, cellPrefix
                        + "the Excel error \(code) in column \"\(header.display(column))\" (\(metric.id)) is read as no data; fix the formula, or leave the cell empty")
                case .unsavedFormula:
                    values.append(nil)
                    log.warning(location, cellPrefix
                        + "the formula in column \"\(header.display(column))\" (\(metric.id)) has no saved result (the file was not saved by Excel) and is read as no data; open the file in Excel and save it again")
                case .text(let raw):
                    switch CellNumber.read(raw) {
                    case .empty: values.append(nil)
                    case .value(let value): values.append(value)
                    case .invalid:
                        values.append(nil)
                        log.error(location, cellPrefix
                            + "\"\(raw)\" in column \"\(header.display(column))\" (\(metric.id)) is not a number; write e.g. 18.775, 0,5 or 93,5% (leave the cell empty when there is no data)")
                    case .outOfRange:
                        values.append(nil)
                        log.error(location, cellPrefix
                            + "the number in column \"\(header.display(column))\" (\(metric.id)) has \(raw.filter(\.isNumber).count) digits: too large for any figure (it would read as infinity); check the cell")
                    }
                }
                if let value = values.last ?? nil, value < 0, !metric.allowNegative {
                    log.warning(location, cellPrefix
                        + "\(value.rounded() == value && value > -1e15 ? String(Int(value)) : String(value)) in column \"\(header.display(column))\" (\(metric.id)) is negative, which a count or an amount cannot be; correct the cell, or add `allow_negative: true` to metric \"\(metric.id)\" if the figure can be below zero")
                }
            }
            rows[index] = values
        }
        return Snapshot(date: date, source: SourceLocation(path: file.path), rows: rows,
                        rowNumbers: rowNumbers, columns: columns, isSpreadsheet: table.format == .xlsx)
    }

    /// A "Tổng cộng" row: a cell outside the metric columns says total
    /// (`TotalRow`). `isMetricColumn` is indexed by column.
    static func isTotalRow(_ row: DataTable.Row, isMetricColumn: [Bool]) -> Bool {
        for (column, cell) in row.cells.enumerated() {
            if column < isMetricColumn.count && isMetricColumn[column] { continue }
            if case .text(let text) = cell, TotalRow.isLabel(text) { return true }
        }
        return false
    }
}
