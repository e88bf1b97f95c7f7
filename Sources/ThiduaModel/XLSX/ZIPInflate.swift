import Foundation
import ZIPFoundation

/// Unpacks one entry of a workbook from its own stored bytes (the range
/// `ZIPBounds` found). ZIPFoundation's `Archive.extract` keeps reading past
/// the entry until the deflate stream ends, and at the end of the file
/// loops forever on a damaged stream that never ends (found by `make fuzz`).
/// Its inflate loop also tells zlib every chunk is `bufferSize` bytes long,
/// so the last chunk is padded to that size here: zlib must never read past
/// the buffer (a SEGV in libz, also found by `make fuzz`).
enum ZIPInflate {
    static func unpack(_ stored: Data, entry: Entry, part: String) throws -> Data {
        let damaged = XLSXFailure(.xlsxPartNotUnpacking, ["part": part])
        let declared = Int(entry.uncompressedSize)
        var bytes = Data()
        if entry.isCompressed {
            _ = try Data.decompress(size: Int64(stored.count), bufferSize: 1 << 16, skipCRC32: true,
                provider: { position, size in
                    let start = stored.startIndex + Int(position)
                    // The stream needs more than the entry holds: it is cut or damaged.
                    guard start < stored.endIndex else { throw damaged }
                    var chunk = Data(stored[start..<min(start + size, stored.endIndex)])
                    if chunk.count < size { chunk.append(Data(count: size - chunk.count)) }
                    return chunk
                },
                consumer: { chunk in
                    bytes.append(chunk)
                    // More than the directory declares (and checked against the size limit): refuse, not fill memory.
                    if bytes.count > declared { throw damaged }
                })
        } else {
            bytes = Data(stored)
        }
        guard bytes.crc32(checksum: 0) == entry.checksum else { throw damaged }
        return bytes
    }
}
