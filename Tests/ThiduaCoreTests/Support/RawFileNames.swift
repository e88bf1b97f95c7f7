import Foundation

/// Makes an empty file, or a folder, at `folder` followed by the names
/// `parts`, given by their bytes: bytes that need not be UTF-8, as an
/// archive made on Windows unpacks (`Latin1.bao` is "Báo" in Latin-1).
/// Whether it was made.
func makeEntry(in folder: String, _ parts: [UInt8]..., isFolder: Bool = false) -> Bool {
    let path = (Array(folder.utf8) + parts.flatMap { [0x2F] + $0 }).map { CChar(bitPattern: $0) } + [0]
    if isFolder { return mkdir(path, 0o755) == 0 }
    let fd = open(path, O_CREAT | O_WRONLY, 0o644)
    guard fd >= 0 else { return false }
    close(fd)
    return true
}

/// Vietnamese words as Latin-1 bytes, which are not UTF-8.
enum Latin1 {
    /// "Báo".
    static let bao: [UInt8] = [0x42, 0xE1, 0x6F]
    /// "Báo cáo".
    static let baoCao: [UInt8] = [0x42, 0xE1, 0x6F, 0x20, 0x63, 0xE1, 0x6F]
    /// "Sá".
    static let sa: [UInt8] = [0x53, 0xE1]
}
