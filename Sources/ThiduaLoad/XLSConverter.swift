import Foundation

/// Turns Excel 97–2003 workbooks (.xls, BIFF8 in an OLE container) into
/// .xlsx bytes, which the Model stage reads like any .xlsx snapshot. The
/// disk build uses `LibreOffice`; the conversion is the one step of Load
/// that runs another program.
public protocol XLSConverter: Sendable {
    /// Names the conversion (program and filter): a cached result is used
    /// only when it came from the same conversion.
    var identity: String { get }

    /// Converts every workbook in one run, in order: the .xlsx bytes, or
    /// nil for a workbook the converter could not read (its `detail` says why
    /// when it can). Throws `XLSConversionError` when nothing could run.
    func convert(_ workbooks: [Data]) throws -> [XLSConversion]
}

/// One workbook's result.
public enum XLSConversion: Equatable, Sendable {
    case converted(Data)
    case failed(detail: String)
}

/// Why a conversion run could not happen at all.
public enum XLSConversionError: Error, Equatable, Sendable {
    case notInstalled
    case timedOut(seconds: Int)
    /// The program could not be started or stopped with an error.
    case failed(detail: String)

    var message: XLSMessage {
        switch self {
        case .notInstalled: return .notInstalled
        case .timedOut(let seconds): return .timedOut(seconds: seconds)
        case .failed(let detail): return .notConverted(detail: detail)
        }
    }
}
