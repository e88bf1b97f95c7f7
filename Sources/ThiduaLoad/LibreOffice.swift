import Foundation

/// Converts .xls workbooks with LibreOffice in headless mode:
/// `soffice --headless --infilter="MS Excel 97" --convert-to xlsx`, in a
/// temporary folder of its own with a private LibreOffice profile (so that
/// builds running at the same time, or an open LibreOffice window, do not
/// clash), under coreutils' `timeout`, which stops soffice and the process
/// it starts. The input filter is forced: without it LibreOffice imports any
/// unreadable file as plain text and "succeeds".
public struct LibreOffice: XLSConverter {
    /// Seconds one run may take, for all its workbooks; a first run on a
    /// slow disk takes about 12 s.
    public var timeoutSeconds: Int
    /// Where `soffice` and `timeout` are looked for (`$PATH`).
    public var searchPath: String

    public init(timeoutSeconds: Int = 180, searchPath: String? = nil) {
        self.timeoutSeconds = timeoutSeconds
        self.searchPath = searchPath ?? ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    }

    public var identity: String { "soffice --infilter=MS Excel 97 --convert-to xlsx" }

    /// The `soffice` program on the search path, if LibreOffice is installed.
    public var executable: String? { find("soffice") ?? find("libreoffice") }

    public func convert(_ workbooks: [Data]) throws -> [XLSConversion] {
        guard !workbooks.isEmpty else { return [] }
        guard let soffice = executable else { throw XLSConversionError.notInstalled }
        let fm = FileManager.default
        let folder = fm.temporaryDirectory.appendingPathComponent("thidua-xls-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in"), output = folder.appendingPathComponent("out")
        let log = folder.appendingPathComponent("soffice.log")
        do {
            try fm.createDirectory(at: input, withIntermediateDirectories: true)
            try fm.createDirectory(at: output, withIntermediateDirectories: true)
            for (i, data) in workbooks.enumerated() {
                try data.write(to: input.appendingPathComponent("\(i + 1).xls"))
            }
            try Data().write(to: log)
        } catch {
            throw XLSConversionError.failed(detail: "\(folder.path): \(error.localizedDescription)")
        }
        var arguments = [soffice, "-env:UserInstallation=" + folder.appendingPathComponent("profile").absoluteString,
                         "--headless", "--norestore", "--nolockcheck", "--infilter=MS Excel 97",
                         "--convert-to", "xlsx", "--outdir", output.path]
        arguments += workbooks.indices.map { input.appendingPathComponent("\($0 + 1).xls").path }
        let process = Process()
        if let timeout = find("timeout") {
            process.executableURL = URL(fileURLWithPath: timeout)
            process.arguments = ["--kill-after=10", "\(timeoutSeconds)"] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: soffice)
            process.arguments = Array(arguments.dropFirst())
        }
        process.currentDirectoryURL = folder
        process.standardInput = FileHandle.nullDevice
        let logHandle = try? FileHandle(forWritingTo: log)
        process.standardOutput = logHandle
        process.standardError = logHandle
        do {
            try process.run()
        } catch {
            throw XLSConversionError.failed(detail: "\(soffice): \(error.localizedDescription)")
        }
        process.waitUntilExit()
        try? logHandle?.close()
        // timeout(1) exits 124 when it stopped the program, 137 when it had to kill it.
        if process.terminationStatus == 124 || process.terminationStatus == 137 {
            throw XLSConversionError.timedOut(seconds: timeoutSeconds)
        }
        // A workbook soffice cannot load just gets no output ("Error: source file could not be
        // loaded", status 0); only a failed run has something more to say.
        var detail = ""
        if process.terminationStatus != 0 {
            let said = ((try? String(contentsOf: log, encoding: .utf8)) ?? "")
                .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty && !$0.hasPrefix("convert ") && !$0.contains("javaldx") }
            detail = said.last ?? "soffice exited with status \(process.terminationStatus)"
        }
        return workbooks.indices.map { i in
            if let data = try? Data(contentsOf: output.appendingPathComponent("\(i + 1).xlsx")), !data.isEmpty {
                return .converted(data)
            }
            return .failed(detail: detail)
        }
    }

    private func find(_ program: String) -> String? {
        for folder in searchPath.split(separator: ":") where !folder.isEmpty {
            let path = joinPath(String(folder), program)
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }
}
