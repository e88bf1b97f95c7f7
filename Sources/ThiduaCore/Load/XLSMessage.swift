/// What reading an Excel 97–2003 (.xls) snapshot can tell the office, in
/// Vietnamese and in English. The diagnostic's location (the .xls file) is
/// put first by `Diagnostic`; these are the texts after it.
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

    public enum Language: String, Sendable { case vi, en }

    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (.notInstalled, .vi):
            return "tệp Excel 97–2003 (.xls) cần LibreOffice để đọc, nhưng máy này chưa cài; "
                + "cài bằng lệnh: sudo apt install libreoffice-calc-nogui — hoặc mở tệp trong Excel và lưu lại dạng \"Excel Workbook (.xlsx)\""
        case (.notInstalled, .en):
            return "an Excel 97–2003 workbook (.xls) is read through LibreOffice, which is not installed; "
                + "install it with: sudo apt install libreoffice-calc-nogui — or open the file in Excel and save it as \"Excel Workbook (.xlsx)\""
        case (.timedOut(let seconds), .vi):
            return "LibreOffice chưa chuyển xong tệp .xls sau \(seconds) giây và đã bị dừng; "
                + "hãy thử lại, hoặc mở tệp trong Excel và lưu lại dạng \"Excel Workbook (.xlsx)\""
        case (.timedOut(let seconds), .en):
            return "LibreOffice did not finish converting the .xls file within \(seconds) s and was stopped; "
                + "try again, or open the file in Excel and save it as \"Excel Workbook (.xlsx)\""
        case (.notConverted(let detail), .vi):
            return "LibreOffice không đọc được tệp .xls này (tệp hỏng hoặc có mật khẩu?)\(detail.isEmpty ? "" : ": \(detail)"); "
                + "hãy mở tệp trong Excel và lưu lại dạng \"Excel Workbook (.xlsx)\" không đặt mật khẩu"
        case (.notConverted(let detail), .en):
            return "LibreOffice could not read this .xls file (damaged, or protected by a password?)\(detail.isEmpty ? "" : ": \(detail)"); "
                + "open it in Excel and save it as \"Excel Workbook (.xlsx)\" without a password"
        case (.htmlTable, .vi):
            return "tệp mang đuôi .xls nhưng thực chất là trang web (HTML), kiểu tệp một số hệ thống xuất ra; "
                + "hãy mở tệp trong Excel và lưu lại dạng \"Excel Workbook (.xlsx)\" hoặc \"CSV UTF-8\" để số liệu được đọc đúng"
        case (.htmlTable, .en):
            return "the file has the .xls extension but is a web page (HTML), as some systems export; "
                + "open it in Excel and save it as \"Excel Workbook (.xlsx)\" or \"CSV UTF-8\" so that its figures are read exactly"
        case (.notAWorkbook, .vi):
            return "tệp mang đuôi .xls nhưng không phải sổ tính Excel; "
                + "hãy lưu lại từ Excel dạng \"Excel Workbook (.xlsx)\", hoặc \"CSV UTF-8\" với đuôi .csv"
        case (.notAWorkbook, .en):
            return "the file has the .xls extension but is not an Excel workbook; "
                + "save it from Excel as \"Excel Workbook (.xlsx)\", or as \"CSV UTF-8\" with the .csv extension"
        }
    }
}
