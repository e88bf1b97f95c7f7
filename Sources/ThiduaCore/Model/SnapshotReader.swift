import Foundation

/// Reads one `data/YYYY-MM-DD.csv` snapshot against the roster and metrics.
enum SnapshotReader {
    static func read(_ file: SourceFile, units: [Unit], metrics: [Metric], log: inout DiagnosticLog) -> Snapshot? {
        let name = String(file.path.split(separator: "/").last ?? "")
        let stem = name.lowercased().hasSuffix(".csv") ? String(name.dropLast(4)) : name
        guard let date = Day(iso: stem) else {
            log.error(SourceLocation(path: file.path),
                "a snapshot's file name must be its date, YYYY-MM-DD.csv (e.g. 2024-07-16.csv)")
            return nil
        }
        let table: CSVTable
        do {
            table = try CSVTable.read(file)
        } catch let diagnostic as Diagnostic {
            log.append(diagnostic)
            return nil
        } catch {
            log.error(SourceLocation(path: file.path), "\(error)")
            return nil
        }
        let headerLine = table.headerLine
        guard let unitColumn = table.column(named: ["unit", "id"]) else {
            log.error(SourceLocation(path: file.path, line: headerLine, column: 1),
                "the header has no `unit` column; the first column must be `unit` (the unit ids of units.csv)")
            return nil
        }
        var columns: [Int] = []
        var missing = false
        for metric in metrics {
            if let index = table.column(named: [metric.column]) ?? table.column(named: [metric.id]) {
                columns.append(index)
            } else {
                missing = true
                log.error(SourceLocation(path: file.path, line: headerLine),
                    "metric \"\(metric.id)\" has no column \"\(metric.column)\" in the header; add the column or fix `column:` in campaign.md")
            }
        }
        if missing { return nil }

        let unitIndex = Dictionary(uniqueKeysWithValues: units.enumerated().map { ($1.id, $0) })
        var rows = [[Double?]?](repeating: nil, count: units.count)
        var rowLines: [Int: Int] = [:]
        for record in table.records {
            let id = unitColumn < record.cells.count ? record.cells[unitColumn].trimmingCharacters(in: .whitespaces) : ""
            let idLocation = table.location(line: record.line, column: unitColumn)
            guard let index = unitIndex[id] else {
                log.error(idLocation, id.isEmpty
                    ? "the row has no unit id"
                    : "unknown unit \"\(id)\"; every unit in a snapshot must be listed in units.csv")
                continue
            }
            if let earlier = rowLines[index] {
                log.error(idLocation, "unit \"\(id)\" already has a row on line \(earlier); keep one row per unit")
                continue
            }
            rowLines[index] = record.line
            var values: [Double?] = []
            for (metric, column) in zip(metrics, columns) {
                let raw = column < record.cells.count ? record.cells[column] : ""
                switch CellNumber.read(raw) {
                case .empty: values.append(nil)
                case .value(let value): values.append(value)
                case .invalid:
                    values.append(nil)
                    log.error(table.location(line: record.line, column: column),
                        "\"\(raw)\" in column \"\(table.header[column])\" (\(metric.id)) is not a number; write e.g. 18.775, 0,5 or 93,5% (leave the cell empty when there is no data)")
                }
            }
            rows[index] = values
        }
        return Snapshot(date: date, source: SourceLocation(path: file.path), rows: rows)
    }
}
