import Foundation

/// Writes CSV (RFC 4180: a field holding a comma, a quote or a line break is
/// quoted, quotes doubled; rows end in LF), UTF-8 with a BOM for Excel.
///
/// Reading CSV goes through CSV.swift; writing is this one small function
/// because CSV.swift's writer checks every field with Foundation's string
/// search, which took a third of a national build for `history.csv` alone.
enum CSVText {
    static func document(_ rows: [[String]]) -> Data {
        var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]
        bytes.reserveCapacity(rows.count * 64)
        for row in rows {
            for (i, field) in row.enumerated() {
                if i > 0 { bytes.append(UInt8(ascii: ",")) }
                let utf8 = field.utf8
                if utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) {
                    bytes.append(0x22)
                    for byte in utf8 {
                        bytes.append(byte)
                        if byte == 0x22 { bytes.append(0x22) }
                    }
                    bytes.append(0x22)
                } else {
                    bytes.append(contentsOf: utf8)
                }
            }
            bytes.append(0x0A)
        }
        return Data(bytes)
    }
}
