/// What reading an Excel 97–2003 (.xls) snapshot can tell the office. The
/// diagnostic's location (the .xls file) is put first by `Diagnostic`.
public enum XLSMessage: Equatable, Sendable {
    /// No LibreOffice on this computer.
    case notInstalled
    /// LibreOffice did not finish within the time allowed.
    case timedOut(seconds: Int)
    /// LibreOffice ran but wrote no workbook for this file.
    case notConverted(detail: String)
    /// The file is a web page saved with the .xls extension.
    case htmlTable
    /// The file is neither an Excel 97–2003 workbook nor a .xlsx one.
    case notAWorkbook

    /// The message of the catalogue (`xls…` keys of `i18n/messages.<lang>.yml`).
    public var message: Message {
        switch self {
        case .notInstalled: return Message(.xlsNotInstalled)
        case .timedOut(let seconds): return Message(.xlsTimedOut, ["seconds": seconds])
        case .notConverted(let detail): return Message(.xlsNotConverted, ["detail": detail.isEmpty ? "" : ": " + detail])
        case .htmlTable: return Message(.xlsHTMLTable)
        case .notAWorkbook: return Message(.xlsNotAWorkbook)
        }
    }
}
