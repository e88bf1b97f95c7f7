import Foundation

/// Turns the `.xls` snapshots of a load into .xlsx bytes: Excel 97–2003
/// workbooks through the converter (all of a load's in one run), each
/// result kept in a cache folder outside the output (`.thidua-cache/xls/`
/// beside the content folder) under the SHA-256 of the converter's identity
/// and the file's bytes, so a build whose .xls files did not change runs no
/// converter. A workbook the converter could not read is remembered too
/// (`….failed`, holding what it said), so `thidua serve`, which loads on
/// every change, does not retry it until the file changes. The Model stage then reads the result as the .xlsx it is,
/// with its errors addressed to cells of the .xls file.
struct XLSImport {
    var cacheFolder: String
    var fileSystem: FileSystem
    var converter: XLSConverter

    /// What the bytes of a file named `.xls` are.
    enum Kind: Equatable {
        /// An OLE compound file: Excel 97–2003 (BIFF), possibly encrypted.
        case ole
        /// A zip: an .xlsx workbook saved with the .xls extension.
        case zip
        /// A web page, which some systems export as ".xls".
        case html
        case other
    }

    static func kind(_ data: Data) -> Kind {
        if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .ole }
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .zip }
        let head = String(decoding: data.prefix(1024), as: UTF8.self).lowercased()
        let trimmed = head.drop { $0 == "\u{FEFF}" || $0.isWhitespace }
        if trimmed.hasPrefix("<") && (head.contains("<html") || head.contains("<table") || head.contains("<!doctype")) {
            return .html
        }
        return .other
    }

    /// The cache folder for a content folder: `.thidua-cache/xls` beside it.
    static func folder(forContent content: String) -> String {
        var trimmed = content
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed.removeLast() }
        return joinPath(splitPath(trimmed).parent, ".thidua-cache", "xls")
    }

    /// The cache file name of a workbook's conversion.
    func name(_ data: Data) -> String {
        SHA256.hex(converter.identity + "\n" + SHA256.hex(data)) + ".xlsx"
    }

    /// The .xlsx bytes of every file, in order, or the diagnostics of those
    /// that have none; `used` names the cache files this load read or wrote.
    func xlsx(_ files: [(path: String, data: Data)]) -> (workbooks: [Data?], errors: [Diagnostic], used: Set<String>) {
        var workbooks = [Data?](repeating: nil, count: files.count)
        var errors: [Diagnostic] = []
        var used = Set<String>()
        var pending: [Int] = []
        for (i, file) in files.enumerated() {
            switch Self.kind(file.data) {
            case .zip:
                workbooks[i] = file.data
            case .html:
                errors.append(.error(SourceLocation(path: file.path), XLSMessage.htmlTable.message))
            case .other:
                errors.append(.error(SourceLocation(path: file.path), XLSMessage.notAWorkbook.message))
            case .ole:
                let name = name(file.data), cached = joinPath(cacheFolder, name)
                used.formUnion([name, name + ".failed"])
                if fileSystem.isFile(cached), let data = try? fileSystem.read(cached), !data.isEmpty {
                    workbooks[i] = data
                } else if let failure = try? fileSystem.read(cached + ".failed") {
                    errors.append(.error(SourceLocation(path: file.path),
                                         XLSMessage.notConverted(detail: String(decoding: failure, as: UTF8.self)).message))
                } else {
                    pending.append(i)
                }
            }
        }
        guard !pending.isEmpty else { return (workbooks, errors, used) }
        do {
            let results = try converter.convert(pending.map { files[$0].data })
            for (i, result) in zip(pending, results) {
                switch result {
                case .converted(let data):
                    workbooks[i] = data
                    store(data, as: name(files[i].data))
                case .failed(let detail):
                    store(Data(detail.utf8), as: name(files[i].data) + ".failed")
                    errors.append(.error(SourceLocation(path: files[i].path),
                                         XLSMessage.notConverted(detail: detail).message))
                }
            }
        } catch {
            let message = (error as? XLSConversionError)?.message ?? .notConverted(detail: "\(error)")
            for i in pending {
                errors.append(.error(SourceLocation(path: files[i].path), message.message))
            }
        }
        errors.sort { Array($0.location.path.utf8).lexicographicallyPrecedes(Array($1.location.path.utf8)) }
        return (workbooks, errors, used)
    }

    /// Keeps a conversion; a cache that cannot be written only costs the
    /// next build another conversion.
    private func store(_ data: Data, as name: String) {
        let temporary = joinPath(cacheFolder, "\(name).\(ProcessInfo.processInfo.processIdentifier).part")
        do {
            try fileSystem.write(data, to: temporary)
            try fileSystem.move(temporary, to: joinPath(cacheFolder, name))
        } catch {
            // Another build may have stored the same conversion first.
            try? fileSystem.remove(temporary)
        }
    }

    /// Removes the conversions no snapshot of the last build uses.
    func prune(keeping used: Set<String>) {
        guard fileSystem.isFolder(cacheFolder), let entries = try? fileSystem.list(cacheFolder) else { return }
        for entry in entries where !used.contains(entry.name) && !entry.name.hasSuffix(".part") {
            try? fileSystem.remove(joinPath(cacheFolder, entry.name))
        }
    }
}
