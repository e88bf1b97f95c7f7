import Foundation

/// The GNU build ID the linker wrote into this executable (a hash of its
/// contents: two builds of different code differ, two builds of the same
/// code agree), read from the ELF notes of `/proc/self/exe`; nil where there
/// is none. It names thidua in the key of everything thidua made, so that a
/// changed thidua makes its pages again even when copied in with its old
/// size and modification time.
func buildID(executable: String = "/proc/self/exe") -> String? {
    guard let file = FileHandle(forReadingAtPath: executable) else { return nil }
    defer { try? file.close() }
    func read(_ offset: UInt64, _ count: Int) -> Data? {
        guard (try? file.seek(toOffset: offset)) != nil, let data = try? file.read(upToCount: count), data.count == count else {
            return nil
        }
        return data
    }
    func integer<T: FixedWidthInteger>(_ data: Data, _ offset: Int, _: T.Type) -> Int {
        Int(data.withUnsafeBytes { T(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: T.self)) })
    }
    // A 64-bit little-endian ELF file: its program headers list the note segments.
    guard let header = read(0, 64), header.starts(with: [0x7F, 0x45, 0x4C, 0x46, 2, 1]) else { return nil }
    let tableOffset = integer(header, 32, UInt64.self), entrySize = integer(header, 54, UInt16.self)
    let entries = integer(header, 56, UInt16.self)
    guard entrySize >= 56, entries < 4_096, let table = read(UInt64(tableOffset), entrySize * entries) else { return nil }
    for i in 0..<entries {
        let entry = i * entrySize
        guard integer(table, entry, UInt32.self) == 4 else { continue }  // PT_NOTE
        let offset = integer(table, entry + 8, UInt64.self), size = integer(table, entry + 32, UInt64.self)
        guard size < 1 << 20, let notes = read(UInt64(offset), size) else { continue }
        // Each note: name size, description size, type, then the name and the description, each padded to 4 bytes.
        var at = 0
        while at + 12 <= notes.count {
            let nameSize = integer(notes, at, UInt32.self), descriptionSize = integer(notes, at + 4, UInt32.self)
            let type = integer(notes, at + 8, UInt32.self)
            let description = at + 12 + (nameSize + 3) / 4 * 4
            guard description + descriptionSize <= notes.count else { break }
            // NT_GNU_BUILD_ID, owned by "GNU".
            if type == 3, nameSize == 4, notes[at + 12 ..< at + 16].elementsEqual([0x47, 0x4E, 0x55, 0]), descriptionSize > 0 {
                return notes[description ..< description + descriptionSize].map { String(format: "%02x", $0) }.joined()
            }
            at = description + (descriptionSize + 3) / 4 * 4
        }
    }
    return nil
}
