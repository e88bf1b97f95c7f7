import Foundation

/// The byte format of the build's memo files (`SnapshotCodec`,
/// `StandingsCodec`): a magic line, every field in order, little-endian,
/// then a hash of all of it. A reader checks every length and the hash,
/// so anything that is not exactly what was written (a file cut short by
/// a crash, another thidua's format) reads as nil and is made again.
package struct MemoWriter {
    package private(set) var bytes: [UInt8]

    /// Starts a file with its magic line.
    package init(magic: [UInt8]) { bytes = magic }

    package mutating func byte(_ value: UInt8) { bytes.append(value) }
    package mutating func flag(_ value: Bool) { bytes.append(value ? 1 : 0) }
    package mutating func word(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { bytes += $0 } }
    package mutating func int(_ value: Int) { word(UInt64(bitPattern: Int64(value))) }
    package mutating func double(_ value: Double) { word(value.bitPattern) }

    package mutating func text(_ text: String) {
        int(text.utf8.count)
        bytes += text.utf8
    }

    package mutating func optional(_ value: Int?) {
        flag(value != nil)
        if let value { int(value) }
    }

    package mutating func optional(_ value: Double?) {
        flag(value != nil)
        if let value { double(value) }
    }

    /// The bytes with their hash appended: what a `MemoReader` accepts.
    package func sealed() -> Data {
        var hash = ContentHash()
        bytes.withUnsafeBytes { hash.combine(bytes: $0) }
        var out = self
        out.word(hash.value)
        return Data(out.bytes)
    }
}

/// Reads what a `MemoWriter` sealed; every read is nil past the end.
package struct MemoReader {
    package let raw: UnsafeRawBufferPointer
    package private(set) var offset: Int

    /// A reader after the magic line, or nil when the magic or the hash
    /// is not the one written.
    package init?(_ raw: UnsafeRawBufferPointer, magic: [UInt8]) {
        guard raw.count >= magic.count + 8, raw.prefix(magic.count).elementsEqual(magic) else { return nil }
        var hash = ContentHash()
        hash.combine(bytes: UnsafeRawBufferPointer(rebasing: raw.dropLast(8)))
        guard hash.value == raw.loadUnaligned(fromByteOffset: raw.count - 8, as: UInt64.self).littleEndian else { return nil }
        self.raw = UnsafeRawBufferPointer(rebasing: raw.dropLast(8))
        offset = magic.count
    }

    /// Whether every byte was read.
    package var atEnd: Bool { offset == raw.count }

    package mutating func byte() -> UInt8? {
        guard offset < raw.count else { return nil }
        defer { offset += 1 }
        return raw[offset]
    }

    package mutating func flag() -> Bool? {
        guard let byte = byte(), byte <= 1 else { return nil }
        return byte == 1
    }

    package mutating func word() -> UInt64? {
        guard offset + 8 <= raw.count else { return nil }
        defer { offset += 8 }
        return raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self).littleEndian
    }

    package mutating func int() -> Int? { word().map { Int(Int64(bitPattern: $0)) } }
    package mutating func double() -> Double? { word().map(Double.init(bitPattern:)) }

    /// A count of items that each take at least a byte: never more than the bytes left.
    package mutating func count() -> Int? {
        guard let count = int(), count >= 0, count <= raw.count - offset else { return nil }
        return count
    }

    package mutating func text() -> String? {
        guard let count = count() else { return nil }
        defer { offset += count }
        return String(decoding: UnsafeRawBufferPointer(rebasing: raw[offset..<offset + count]), as: UTF8.self)
    }

    /// An optional integer: `.some(nil)` for an absent one, nil when the bytes end or are wrong.
    package mutating func optional() -> Int?? {
        guard let present = flag() else { return nil }
        guard present else { return .some(nil) }
        guard let value = int() else { return nil }
        return .some(value)
    }

    /// An optional number: `.some(nil)` for an absent one, nil when the bytes end or are wrong.
    package mutating func optionalDouble() -> Double?? {
        guard let present = flag() else { return nil }
        guard present else { return .some(nil) }
        guard let value = double() else { return nil }
        return .some(value)
    }
}
