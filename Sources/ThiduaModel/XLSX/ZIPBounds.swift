import Foundation

/// Checks that every offset and size in a zip's directory points inside the
/// file, before the bytes are handed to ZIPFoundation: its in-memory reader
/// stops the process (a range trap) when a damaged file seeks past the end,
/// and a damaged upload must be an error message, never a crash.
enum ZIPBounds {
    static func check(_ data: Data) -> Bool { dataRanges(data) != nil }

    /// The byte range of each entry's stored (compressed) data, by name as
    /// UTF-8; nil when any offset or size points outside the file. Parts are
    /// unpacked from these ranges (`ZIPInflate`), never past their end.
    static func dataRanges(_ data: Data) -> [String: Range<Int>]? {
        let bytes = [UInt8](data)
        func u16(_ at: Int) -> Int? {
            guard at >= 0, at + 2 <= bytes.count else { return nil }
            return Int(bytes[at]) | Int(bytes[at + 1]) << 8
        }
        func u32(_ at: Int) -> Int? {
            guard let low = u16(at), let high = u16(at + 2) else { return nil }
            return low | high << 16
        }
        // End of central directory: signature 0x06054b50 within the last 64 KiB + 22 bytes.
        var end: Int?
        var at = bytes.count - 22
        while at >= max(0, bytes.count - 22 - 65_535) {
            if u32(at) == 0x0605_4B50 { end = at; break }
            at -= 1
        }
        guard let eocd = end, let count = u16(eocd + 10), let size = u32(eocd + 12), let start = u32(eocd + 16),
              start + size <= eocd else { return nil }
        // Zip64 archives keep their real offsets elsewhere; sheet exports never need them.
        if size == 0xFFFF_FFFF || start == 0xFFFF_FFFF || count == 0xFFFF { return nil }
        var ranges: [String: Range<Int>] = [:]
        var entry = start
        for _ in 0..<count {
            guard u32(entry) == 0x0201_4B50, let compressed = u32(entry + 20), let nameLength = u16(entry + 28),
                  let extraLength = u16(entry + 30), let commentLength = u16(entry + 32), let local = u32(entry + 42),
                  let localName = u16(local + 26), let localExtra = u16(local + 28), u32(local) == 0x0403_4B50
            else { return nil }
            let dataStart = local + 30 + localName + localExtra
            guard dataStart + compressed <= bytes.count, entry + 46 + nameLength <= bytes.count,
                  let flags = u16(entry + 8), let method = u16(entry + 10), let uncompressed = u32(entry + 24),
                  ![compressed, uncompressed, local].contains(0xFFFF_FFFF) else { return nil }
            // ZIPFoundation reads a data descriptor after the data, placed by the
            // uncompressed size when the entry is stored; past the end it traps.
            if flags & 0x08 != 0, dataStart + (method == 0 ? uncompressed : compressed) + 16 > bytes.count { return nil }
            let name = String(decoding: bytes[(entry + 46)..<(entry + 46 + nameLength)], as: UTF8.self)
            ranges[name] = data.startIndex + dataStart..<data.startIndex + dataStart + compressed
            entry += 46 + nameLength + extraLength + commentLength
            guard entry <= eocd else { return nil }
        }
        return ranges
    }
}
