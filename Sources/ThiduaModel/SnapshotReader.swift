import Foundation

/// Reads one snapshot, `data/YYYY-MM-DD.csv` or `.xlsx`, against the roster
/// and metrics. Both formats become a `DataTable` first, so the header,
/// unit and number rules are the same for both.
enum SnapshotReader {
    static func read(_ file: DataFile, units: [Unit], metrics: [Metric], options: DataOptions,
                     log: inout DiagnosticLog) -> Snapshot? {
        guard let date = Day(iso: file.stem) else {
            log.error(SourceLocation(path: file.path),
                .snapshotFileName)
            return nil
        }
        let table: DataTable
        let header: HeaderLayout
        let nameColumns = options.nameColumns
        do {
            switch file.content {
            case .csv(let bytes): table = try CSVTableReader.read(file.csvText(bytes), path: file.path)
            case .xlsx(let data): table = try XLSXReader.read(data, path: file.path, sheet: options.sheet)
            }
            let unitNames = Set((DataOptions.unitColumns + nameColumns).map(TextKey.exact))
            let wanted = unitNames.union(metrics.flatMap { [TextKey.exact($0.column), TextKey.exact($0.id)] })
            header = try HeaderLayout.locate(table, declaredRow: options.headerRow, wanted: wanted, unitNames: unitNames)
        } catch let diagnostic as Diagnostic {
            log.append(diagnostic)
            return nil
        } catch {
            log.error(SourceLocation(path: file.path), .unexpectedError, ["error": "\(error)"])
            return nil
        }
        let headerLocation = SourceLocation(path: file.path, line: header.rowNumber)
        let rowWord: MessageKey = table.format == .csv ? .wordLine : .wordRow
        let errorsBefore = log.errorCount

        // The unit column: ids, or else names. `column` gives nil when no
        // header has any of the names, `.some(nil)` when one is ambiguous (logged).
        func column(_ names: [String], what: MessageKey) -> Int?? {
            for name in names {
                switch ColumnMatcher.find(name, in: header) {
                case .found(let index): return .some(index)
                case .missing: continue
                case .ambiguous(let candidates):
                    log.error(headerLocation,
                        .headerColumnTwice, ["what": what, "value": ColumnMatcher.describe(candidates, in: header, format: table.format)])
                    return .some(nil)
                }
            }
            return nil
        }
        var byName = false
        var unitColumn: Int
        if let found = column(DataOptions.unitColumns, what: .columnWhatUnit) {
            guard let found else { return nil }
            unitColumn = found
        } else if let found = column(nameColumns, what: .columnWhatUnitName) {
            guard let found else { return nil }
            unitColumn = found
            byName = true
        } else {
            // Say which row was taken, unless it is plainly the header: the first row, with several cells.
            let plainHeader = header.rowNumber == table.rows[0].number
                && table.rows[0].cells.filter { !$0.isBlank }.count > 1
            let row = String(header.rowNumber)
            let rowHint: MessageValue = plainHeader ? .text("") : options.headerRow != nil
                ? Message(.headerRowDeclared, ["row": row]).messageValue
                : Message(.headerRowTaken, ["row": row]).messageValue
            let columns = header.columns.map(\.display).filter { !$0.isEmpty }
            log.error(SourceLocation(path: file.path, line: header.rowNumber, column: 1), options.nameColumn.map {
                Message(.noUnitOrNameColumn, ["name": $0, "hint": rowHint, "suggestion": Message.didYouMean($0, among: columns)])
            } ?? Message(.noUnitColumn, ["hint": rowHint, "suggestion": Message.didYouMean("unit", among: columns)]))
            return nil
        }

        // Metric columns: by `column`, else by id.
        var columns: [Int?] = []
        var owners: [Int: Message] = [unitColumn: Message(byName ? .ownerUnitNames : .ownerUnitIds)]
        for metric in metrics {
            var match = ColumnMatcher.find(metric.column, in: header)
            if match == .missing && metric.column != metric.id { match = ColumnMatcher.find(metric.id, in: header) }
            switch match {
            case .found(let index):
                if let owner = owners[index] {
                    log.error(headerLocation,
                        .metricColumnTaken, ["id": metric.id, "column": metric.column, "value": ColumnMatcher.describe([index], in: header, format: table.format), "owner": owner])
                }
                owners[index] = Message(.ownerMetric, ["id": metric.id])
                columns.append(index)
            case .missing:
                columns.append(nil)
                if !metric.optional {
                    log.error(headerLocation,
                        .metricHasNoColumn, ["id": metric.id, "column": metric.column,
                            "suggestion": Message.didYouMean(metric.column, among: header.columns.map(\.display))])
                }
            case .ambiguous(let candidates):
                columns.append(nil)
                log.error(headerLocation,
                    .metricColumnAmbiguous, ["id": metric.id, "column": metric.column, "value": ColumnMatcher.describe(candidates, in: header, format: table.format), "value2": header.display(candidates[0])])
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
            var prefix: MessageValue { table.cellPrefix(row: record.number, column: unitColumn) }
            if isTotalRow(record, isMetricColumn: isMetricColumn) { continue }
            var hasFigures: Bool { columns.contains { $0.map { !record[$0].isBlank } ?? false } }
            var found: Int?
            if let matcher, !label.isEmpty {
                switch matcher.find(label) {
                case .unit(let index): found = index
                case .ambiguous(let candidates):
                    log.error(idLocation, .unitNameAmbiguous, ["cell": prefix, "label": label, "column": unitHeader,
                        "units": candidates.map { Message(.unitIdName, ["id": units[$0].id, "name": units[$0].name]) }])
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
                    log.error(idLocation, byName ? .rowHasNoUnitName : .rowHasNoUnitId, ["cell": prefix])
                } else if byName {
                    log.error(idLocation, options.namePrefixes.isEmpty ? .unknownUnitNameNoPrefixes : .unknownUnitName, [
                        "cell": prefix, "label": label, "column": unitHeader,
                        "suggestion": Message.didYouMean(label, among: units.map(\.name))])
                } else {
                    log.error(idLocation, .unknownUnitId, ["cell": prefix, "label": label,
                        "suggestion": Message.didYouMean(label, among: units.map(\.id))])
                }
                continue
            }
            if let earlier = rowNumbers[index] {
                log.error(idLocation, .unitRowTwice, ["cell": prefix, "id": units[index].id, "row": rowWord, "earlier": String(earlier)])
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
                var cellPrefix: MessageValue { table.cellPrefix(row: record.number, column: column) }
                switch record[column] {
                case .number(let value):
                    values.append(value)
                case .error(let code):
                    values.append(nil)
                    log.warning(location, .excelErrorCell, ["cell": cellPrefix, "code": code, "column": header.display(column), "metric": metric.id])
                case .unsavedFormula:
                    values.append(nil)
                    log.warning(location, .unsavedFormula, ["cell": cellPrefix, "column": header.display(column), "metric": metric.id])
                case .text(let raw):
                    switch CellNumber.read(raw) {
                    case .empty: values.append(nil)
                    case .value(let value): values.append(value)
                    case .invalid:
                        values.append(nil)
                        log.error(location, .cellNotNumber, ["cell": cellPrefix, "text": raw, "column": header.display(column), "metric": metric.id])
                    case .outOfRange:
                        values.append(nil)
                        log.error(location, .cellNumberTooLarge, ["cell": cellPrefix, "column": header.display(column), "metric": metric.id,
                            "digits": raw.filter(\.isNumber).count])
                    }
                }
                if let value = values.last ?? nil, value < 0, !metric.allowNegative {
                    log.warning(location, .cellNegative, ["cell": cellPrefix, "value": MessageValue.number(value),
                        "column": header.display(column), "metric": metric.id])
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
