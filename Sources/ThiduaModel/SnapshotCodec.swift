import Foundation

/// A parsed `Snapshot` as bytes, for `SnapshotMemo`: every field in order,
/// little-endian, then a hash of all of it. `decode` checks every length
/// and the hash, and gives nil for anything that is not exactly what
/// `encode` wrote (a file cut short by a crash, another thidua's format),
/// so the data file is parsed again instead.
enum SnapshotCodec {
    private static let magic = Array("thidua-snapshot 1\n".utf8)

    static func encode(_ snapshot: Snapshot) -> Data {
        var out = MemoWriter(magic: magic)
        out.int(snapshot.date.year); out.int(snapshot.date.month); out.int(snapshot.date.day)
        out.text(snapshot.source.path); out.optional(snapshot.source.line); out.optional(snapshot.source.column)
        out.flag(snapshot.isSpreadsheet)
        out.int(snapshot.rows.count)
        for row in snapshot.rows {
            out.flag(row != nil)
            guard let row else { continue }
            out.int(row.count)
            for value in row { out.optional(value) }
        }
        out.int(snapshot.rowNumbers.count)
        for number in snapshot.rowNumbers { out.optional(number) }
        out.int(snapshot.columns.count)
        for column in snapshot.columns { out.optional(column) }
        return out.sealed()
    }

    static func decode(_ data: Data) -> Snapshot? {
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Snapshot? in
            guard var input = MemoReader(raw, magic: magic),
                  let year = input.int(), let month = input.int(), let day = input.int(),
                  let path = input.text(), let line = input.optional(), let column = input.optional(),
                  let spreadsheet = input.flag(), let rowCount = input.count() else { return nil }
            var rows: [[Double?]?] = []
            rows.reserveCapacity(rowCount)
            for _ in 0..<rowCount {
                guard let present = input.flag() else { return nil }
                guard present else { rows.append(nil); continue }
                guard let count = input.count() else { return nil }
                var row: [Double?] = []
                row.reserveCapacity(count)
                for _ in 0..<count {
                    guard let value = input.optionalDouble() else { return nil }
                    row.append(value)
                }
                rows.append(row)
            }
            guard let numberCount = input.count() else { return nil }
            var rowNumbers: [Int?] = []
            for _ in 0..<numberCount {
                guard let number = input.optional() else { return nil }
                rowNumbers.append(number)
            }
            guard let columnCount = input.count() else { return nil }
            var columns: [Int?] = []
            for _ in 0..<columnCount {
                guard let column = input.optional() else { return nil }
                columns.append(column)
            }
            guard input.atEnd else { return nil }
            var snapshot = Snapshot(date: Day(year: year, month: month, day: day),
                                    source: SourceLocation(path: path, line: line, column: column), rows: rows)
            snapshot.rowNumbers = rowNumbers
            snapshot.columns = columns
            snapshot.isSpreadsheet = spreadsheet
            return snapshot
        }
    }
}
