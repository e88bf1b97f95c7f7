import Foundation

/// A parsed `Snapshot` as bytes, for `SnapshotMemo`: every field in order,
/// little-endian, then a hash of all of it. `decode` checks every length
/// and the hash, and gives nil for anything that is not exactly what
/// `encode` wrote (a file cut short by a crash, another thidua's format),
/// so the data file is parsed again instead.
enum SnapshotCodec {
    private static let magic = Array("thidua-snapshot 1\n".utf8)

    static func encode(_ snapshot: Snapshot) -> Data {
        var out = Writer()
        out.bytes = magic
        out.int(snapshot.date.year); out.int(snapshot.date.month); out.int(snapshot.date.day)
        out.text(snapshot.source.path); out.optional(snapshot.source.line); out.optional(snapshot.source.column)
        out.bytes.append(snapshot.isSpreadsheet ? 1 : 0)
        out.int(snapshot.rows.count)
        for row in snapshot.rows {
            guard let row else { out.bytes.append(0); continue }
            out.bytes.append(1)
            out.int(row.count)
            for value in row {
                if let value {
                    out.bytes.append(1)
                    out.word(value.bitPattern)
                } else {
                    out.bytes.append(0)
                }
            }
        }
        out.int(snapshot.rowNumbers.count)
        for number in snapshot.rowNumbers { out.optional(number) }
        out.int(snapshot.columns.count)
        for column in snapshot.columns { out.optional(column) }
        var hash = ContentHash()
        out.bytes.withUnsafeBytes { hash.combine(bytes: $0) }
        out.word(hash.value)
        return Data(out.bytes)
    }

    static func decode(_ data: Data) -> Snapshot? {
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Snapshot? in
            guard raw.count >= magic.count + 8, raw.prefix(magic.count).elementsEqual(magic) else { return nil }
            var hash = ContentHash()
            hash.combine(bytes: UnsafeRawBufferPointer(rebasing: raw.dropLast(8)))
            guard hash.value == raw.loadUnaligned(fromByteOffset: raw.count - 8, as: UInt64.self).littleEndian else { return nil }
            var input = Reader(raw: UnsafeRawBufferPointer(rebasing: raw.dropLast(8)), offset: magic.count)
            guard let year = input.int(), let month = input.int(), let day = input.int(),
                  let path = input.text(), let line = input.optional(), let column = input.optional(),
                  let spreadsheet = input.byte(), spreadsheet <= 1, let rowCount = input.count() else { return nil }
            var rows: [[Double?]?] = []
            rows.reserveCapacity(rowCount)
            for _ in 0..<rowCount {
                guard let present = input.byte(), present <= 1 else { return nil }
                guard present == 1 else { rows.append(nil); continue }
                guard let count = input.count() else { return nil }
                var row: [Double?] = []
                row.reserveCapacity(count)
                for _ in 0..<count {
                    guard let there = input.byte(), there <= 1 else { return nil }
                    if there == 1 {
                        guard let bits = input.word() else { return nil }
                        row.append(Double(bitPattern: bits))
                    } else {
                        row.append(nil)
                    }
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
            guard input.offset == input.raw.count else { return nil }
            var snapshot = Snapshot(date: Day(year: year, month: month, day: day),
                                    source: SourceLocation(path: path, line: line, column: column), rows: rows)
            snapshot.rowNumbers = rowNumbers
            snapshot.columns = columns
            snapshot.isSpreadsheet = spreadsheet == 1
            return snapshot
        }
    }

    private struct Writer {
        var bytes: [UInt8] = []

        mutating func word(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { bytes += $0 } }
        mutating func int(_ value: Int) { word(UInt64(bitPattern: Int64(value))) }
        mutating func text(_ text: String) {
            int(text.utf8.count)
            bytes += text.utf8
        }
        mutating func optional(_ value: Int?) {
            if let value {
                bytes.append(1)
                int(value)
            } else {
                bytes.append(0)
            }
        }
    }

    private struct Reader {
        let raw: UnsafeRawBufferPointer
        var offset: Int

        mutating func byte() -> UInt8? {
            guard offset < raw.count else { return nil }
            defer { offset += 1 }
            return raw[offset]
        }

        mutating func word() -> UInt64? {
            guard offset + 8 <= raw.count else { return nil }
            defer { offset += 8 }
            return raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self).littleEndian
        }

        mutating func int() -> Int? { word().map { Int(Int64(bitPattern: $0)) } }

        /// A count of items that each take at least a byte: never more than the bytes left.
        mutating func count() -> Int? {
            guard let count = int(), count >= 0, count <= raw.count - offset else { return nil }
            return count
        }

        mutating func text() -> String? {
            guard let count = count() else { return nil }
            defer { offset += count }
            return String(decoding: UnsafeRawBufferPointer(rebasing: raw[offset..<offset + count]), as: UTF8.self)
        }

        /// An optional integer: `.some(nil)` for an absent one, nil when the bytes end or are wrong.
        mutating func optional() -> Int?? {
            guard let flag = byte(), flag <= 1 else { return nil }
            guard flag == 1 else { return .some(nil) }
            guard let value = int() else { return nil }
            return .some(value)
        }
    }
}
