import Foundation

/// A snapshot file `data/YYYY-MM-DD.csv`, `.xlsx` or `.xls`, as loaded: CSV
/// as its bytes, an Excel workbook as its .xlsx bytes (an .xls is converted
/// to .xlsx by Load). The Model stage decodes a CSV as UTF-8 (`csvText`) or
/// unpacks a workbook only when it parses the snapshot, which it does not
/// for a file its memo holds, nor any when the whole site is as it was: a
/// year of weekly files is not checked byte by byte on every build.
public struct DataFile: Sendable {
    public enum Content: Sendable {
        case csv(Data)
        case xlsx(Data)
    }

    public var path: String
    public var content: Content

    public init(path: String, content: Content) {
        self.path = path
        self.content = content
    }

    /// The text of this CSV snapshot's `bytes` (its `.csv` content): UTF-8
    /// without a byte-order mark; throws the diagnostic of
    /// `SourceFile.decode` (UTF-16, or the first line that is not UTF-8).
    public func csvText(_ bytes: Data) throws -> String {
        try SourceFile.decode(bytes, path: path).text
    }

    /// The extensions read as snapshots, lower case.
    public static let extensions = ["csv", "xlsx", "xls"]

    /// The file name without its extension (the snapshot's date).
    public var stem: String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), Self.extensions.contains(name[name.index(after: dot)...].lowercased())
        else { return name }
        return String(name[..<dot])
    }
}
