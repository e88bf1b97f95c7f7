import Foundation
import Testing
@testable import ThiduaSupport
@testable import ThiduaLoad
@testable import ThiduaModel
@testable import ThiduaRank
@testable import ThiduaChart
@testable import ThiduaRender
@testable import ThiduaWrite
@testable import ThiduaCore

/// Real Excel 97–2003 workbooks (.xls), made at test time by LibreOffice
/// from CSV texts, as an office saving a CSV "as Excel 97–2003" would.
enum SofficeFixture {
    /// Whether tests that need LibreOffice run: when it is installed, and
    /// always under `make test` (THIDUA_MAKE_TEST=1), where a missing soffice
    /// must fail them rather than skip them.
    static let enabled = LibreOffice().executable != nil
        || ProcessInfo.processInfo.environment["THIDUA_MAKE_TEST"] != nil

    static let skipReason: Comment =
        "LibreOffice (soffice) is not installed: apt install libreoffice-calc-nogui (make testdeps installs it; make test never skips these)"

    /// Converts every CSV (file name → text) in one LibreOffice run. Figures
    /// are read with Vietnamese conventions (locale 1066: `9.338` is 9338,
    /// `85,8%` is 0,858), so the workbook holds numeric cells, as Excel's would.
    static func xls(fromCSV files: [String: String]) throws -> [String: Data] {
        let fm = FileManager.default
        let folder = fm.temporaryDirectory.appendingPathComponent("thidua-test-xls-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out")
        try fm.createDirectory(at: output, withIntermediateDirectories: true)
        var arguments = ["-env:UserInstallation=" + folder.appendingPathComponent("profile").absoluteString,
                         "--headless", "--norestore", "--infilter=CSV:44,34,76,1,,1066",
                         "--convert-to", "xls:MS Excel 97", "--outdir", output.path]
        for (name, text) in files {
            let path = folder.appendingPathComponent(name + ".csv")
            try Data(text.utf8).write(to: path)
            arguments.append(path.path)
        }
        guard let soffice = LibreOffice().executable else { throw XLSConversionError.notInstalled }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: soffice)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        var workbooks: [String: Data] = [:]
        for name in files.keys {
            workbooks[name] = try Data(contentsOf: output.appendingPathComponent(name + ".xls"))
        }
        return workbooks
    }
}

/// Counts the runs of the converter it wraps.
final class CountingConverter: XLSConverter, @unchecked Sendable {
    let wrapped: XLSConverter
    private let lock = NSLock()
    private var count = 0

    init(_ wrapped: XLSConverter) { self.wrapped = wrapped }

    var runs: Int {
        lock.lock(); defer { lock.unlock() }
        return count
    }

    var identity: String { wrapped.identity }

    func convert(_ workbooks: [Data]) throws -> [XLSConversion] {
        lock.lock()
        count += 1
        lock.unlock()
        return try wrapped.convert(workbooks)
    }
}
