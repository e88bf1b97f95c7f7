import Foundation

/// A text file read from the content or theme folder, decoded as UTF-8
/// with any byte-order mark removed. `path` is the path as the office
/// would type it (the content folder joined with the relative path).
public struct SourceFile: Hashable, Sendable {
    public var path: String
    public var text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    public var location: SourceLocation { SourceLocation(path: path) }

    /// Decodes bytes as UTF-8 text without a BOM; throws a diagnostic for any
    /// other encoding (Excel's "CSV (Windows-1258)", UTF-16, …).
    public static func decode(_ data: Data, path: String) throws -> SourceFile {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw Diagnostic.error(
                SourceLocation(path: path),
                .fileIsUTF16)
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let line = bytes.prefix { _ in true }.split(separator: 0x0A, omittingEmptySubsequences: false)
                .firstIndex { String(validating: $0, as: UTF8.self) == nil }.map { $0 + 1 }
            throw Diagnostic.error(
                SourceLocation(path: path, line: line),
                .fileNotUTF8)
        }
        return SourceFile(path: path, text: text)
    }
}
