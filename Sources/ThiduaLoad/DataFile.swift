import Foundation

/// A snapshot file `data/YYYY-MM-DD.csv`, `.xlsx` or `.xls`, as loaded: CSV
/// as UTF-8 text, an Excel workbook as its .xlsx bytes (the Model stage
/// unpacks it in memory; an .xls is converted to .xlsx by Load).
public struct DataFile: Sendable {
    public enum Content: Sendable {
        case csv(String)
        case xlsx(Data)
    }

    public var path: String
    public var content: Content

    public init(path: String, content: Content) {
        self.path = path
        self.content = content
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
