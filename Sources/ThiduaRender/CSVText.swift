import Foundation

/// Writes CSV (RFC 4180: a field holding a comma, a quote or a line break is
/// quoted, quotes doubled; rows end in LF), UTF-8 with a BOM for Excel, row
/// by row into one byte buffer.
///
/// Reading CSV goes through CSV.swift; writing is this one small type
/// because CSV.swift's writer checks every field with Foundation's string
/// search, which took a third of a national build for `history.csv` alone.
struct CSVText {
    private(set) var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    mutating func row<Fields: Sequence>(_ fields: Fields) where Fields.Element == String {
        var first = true
        for field in fields {
            if !first { bytes.append(UInt8(ascii: ",")) }
            first = false
            self.field(field)
        }
        endRow()
    }

    /// One field, quoted when it needs to be; the caller writes the commas.
    /// Text that a spreadsheet would run as a formula gets a leading `'`
    /// (`isFormulaLike`).
    mutating func field(_ text: String) {
        if Self.isFormulaLike(text) { return field("'" + text) }
        let utf8 = text.utf8
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

    /// Whether Excel or LibreOffice would take the text for a formula when
    /// the file is opened (CSV injection): it starts with `=`, `+`, `-`,
    /// `@`, a tab or a carriage return, and is not simply a number such as
    /// `-0.28` or `-500`, which stays a number.
    static func isFormulaLike(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return false }
        switch first {
        case UInt8(ascii: "="), UInt8(ascii: "@"), 0x09, 0x0D:
            return true
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            let plain = text.utf8.dropFirst().allSatisfy {
                ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e")
                    || $0 == UInt8(ascii: "E") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+")
            }
            guard plain, let number = Double(text), number.isFinite else { return true }
            return false
        default:
            return false
        }
    }

    /// Bytes already written as fields (and commas) by `encoded`.
    mutating func raw(_ encoded: [UInt8]) { bytes.append(contentsOf: encoded) }

    /// A number as `JSONValue.number` spells it (`0.935`, `37051`), without
    /// making a string of it: history.csv writes a million of them.
    mutating func number(_ value: Double) {
        guard value.isFinite else { return bytes.append(contentsOf: "null".utf8) }
        if value == value.rounded(), abs(value) < 1e15 { return integer(Int(value)) }
        // The digits of `description`, handed over as bytes (`_writeASCII`).
        value.write(to: &self)
    }

    /// An integer in decimal, as `String(value)` spells it, digit by digit.
    mutating func integer(_ value: Int) { bytes.appendDecimal(value) }

    /// `1` or `0`: a flag, which needs neither quotes nor a formula guard.
    mutating func flag(_ value: Bool) { bytes.append(value ? UInt8(ascii: "1") : UInt8(ascii: "0")) }

    /// A comma, then the number if there is one.
    mutating func optionalInteger(_ value: Int?) {
        comma()
        if let value { integer(value) }
    }

    mutating func comma() { bytes.append(UInt8(ascii: ",")) }

    mutating func endRow() { bytes.append(0x0A) }

    /// Fields written once and repeated on many rows, each followed by a comma.
    static func encoded(_ fields: [String]) -> [UInt8] {
        var text = CSVText()
        text.bytes = []
        for field in fields {
            text.field(field)
            text.comma()
        }
        return text.bytes
    }

    var data: Data { Data(bytes) }

    static func document(_ rows: [[String]]) -> Data {
        var text = CSVText(capacity: rows.count * 64)
        for row in rows { text.row(row) }
        return text.data
    }
}

/// The standard library writes a number's digits (`Double.write(to:)`, the
/// digits of `description`) straight into the buffer: no string is made for
/// each of history.csv's 900,000 fractions.
extension CSVText: TextOutputStream {
    mutating func write(_ string: String) { bytes.append(contentsOf: string.utf8) }

    mutating func _writeASCII(_ buffer: UnsafeBufferPointer<UInt8>) { bytes.append(contentsOf: buffer) }
}
