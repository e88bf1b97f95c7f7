import Foundation

/// The Load stage: reads the content and theme folders through the
/// file-system seam into a `SourceTree`. It parses nothing but UTF-8 (the
/// plan, roster, awards and theme): snapshots are kept as bytes, for the
/// Model stage to decode only those it parses (`DataFile.text`), and Excel
/// 97–2003 ones (.xls) are first converted to .xlsx bytes (`XLSImport`).
public enum ContentLoader {
    /// Files larger than this are refused before they are read, so a wrong
    /// file (a video, a database dump) fails fast instead of exhausting memory.
    public static let maximumFileSize = 100 * 1024 * 1024

    public static func load(contentPath: String, themePath: String, fileSystem fs: FileSystem,
                            xlsConverter: XLSConverter = LibreOffice()) throws -> SourceTree {
        var log = DiagnosticLog()
        // (campaign, snapshot) of every .xls, converted together once all folders are read.
        var xlsFiles: [(campaign: Int, snapshot: Int, path: String, data: Data)] = []
        guard fs.isFolder(contentPath) else {
            throw BuildFailure([.error(SourceLocation(path: contentPath),
                .contentNotFound)])
        }
        let sitePath = joinPath(contentPath, "site.yml")
        guard fs.isFile(sitePath) else {
            throw BuildFailure([.error(SourceLocation(path: sitePath),
                .siteYmlMissing)])
        }
        let site = try decode(fs, sitePath, within: contentPath)

        var campaigns: [CampaignSource] = []
        for entry in try fs.list(contentPath) where entry.isFolder && !entry.name.hasPrefix(".") {
            let folder = joinPath(contentPath, entry.name)
            try requireReadableName(entry, at: folder)
            let planPath = joinPath(folder, "campaign.md")
            guard fs.isFile(planPath) else {
                log.warning(SourceLocation(path: folder), .folderWithoutPlan)
                continue
            }
            let rosterPath = joinPath(folder, "units.csv")
            let grantsPath = joinPath(folder, "awards.csv")
            let dataPath = joinPath(folder, "data")
            var snapshots: [DataFile] = []
            if fs.isFolder(dataPath) {
                // "~$…" files are the lock files Excel keeps beside an open workbook.
                let entries = try fs.list(dataPath).filter { !$0.isFolder && !$0.name.hasPrefix(".") && !$0.name.hasPrefix("~$") }
                for entry in entries { try requireReadableName(entry, at: joinPath(dataPath, entry.name)) }
                let files = entries.map { (path: joinPath(dataPath, $0.name), kind: DataKind(fileName: $0.name)) }
                // A year of weekly files is read on every core; the first file that
                // cannot be read, in folder order, is the error. (CSV text is decoded
                // by the Model stage, for the files it parses: `DataFile.text`.)
                let contents = Parallel.map(files) { file in
                    Result { () throws -> DataFile.Content? in
                        switch file.kind {
                        case .csv: return .csv(try read(fs, file.path, within: contentPath))
                        case .xlsx, .xls: return .xlsx(try read(fs, file.path, within: contentPath))
                        case nil: return nil
                        }
                    }
                }
                for (file, content) in zip(files, contents) {
                    guard let content = try content.get() else {
                        log.warning(SourceLocation(path: file.path), .notSnapshotFile)
                        continue
                    }
                    if file.kind == .xls, case .xlsx(let data) = content {
                        // Converted to .xlsx together once every folder is read.
                        xlsFiles.append((campaigns.count, snapshots.count, file.path, data))
                        snapshots.append(DataFile(path: file.path, content: .xlsx(Data())))
                    } else {
                        snapshots.append(DataFile(path: file.path, content: content))
                    }
                }
            }
            campaigns.append(CampaignSource(
                slug: entry.name, folderPath: folder, plan: try decode(fs, planPath, within: contentPath),
                roster: fs.isFile(rosterPath) ? try decode(fs, rosterPath, within: contentPath) : nil,
                grants: fs.isFile(grantsPath) ? try decode(fs, grantsPath, within: contentPath) : nil,
                snapshots: snapshots))
        }
        if !xlsFiles.isEmpty || fs.isFolder(XLSImport.folder(forContent: contentPath)) {
            let xls = XLSImport(cacheFolder: XLSImport.folder(forContent: contentPath), fileSystem: fs, converter: xlsConverter)
            let converted = xls.xlsx(xlsFiles.map { ($0.path, $0.data) })
            xls.prune(keeping: converted.used)
            if !converted.errors.isEmpty { throw BuildFailure(log.entries + converted.errors) }
            for (file, workbook) in zip(xlsFiles, converted.workbooks) {
                campaigns[file.campaign].snapshots[file.snapshot].content = .xlsx(workbook ?? Data())
            }
        }
        return SourceTree(
            contentPath: contentPath, site: site, campaigns: campaigns,
            theme: try loadTheme(themePath, fs), warnings: log.entries)
    }

    /// What a data folder's file holds, by its extension; nil for a file that is no snapshot.
    private enum DataKind {
        case csv, xlsx, xls

        init?(fileName: String) {
            let name = fileName.lowercased()
            if name.hasSuffix(".csv") { self = .csv } else if name.hasSuffix(".xlsx") { self = .xlsx }
            else if name.hasSuffix(".xls") { self = .xls } else { return nil }
        }
    }

    /// A content entry whose name is not UTF-8 cannot be opened by the name
    /// it was listed under: said as such, rather than "file not found".
    private static func requireReadableName(_ entry: FolderEntry, at path: String) throws {
        guard entry.nameIsExact else { throw BuildFailure([.error(SourceLocation(path: path), .fileNameNotUTF8)]) }
    }

    static func loadTheme(_ path: String, _ fs: FileSystem) throws -> ThemeSource {
        guard fs.isFolder(path) else {
            throw BuildFailure([.error(SourceLocation(path: path),
                .themeNotFound)])
        }
        var templates: [String: SourceFile] = [:]
        var strings: [String: SourceFile] = [:]
        var assets: [String: Data] = [:]
        let templatesPath = joinPath(path, "templates")
        if fs.isFolder(templatesPath) {
            for file in try fs.list(templatesPath) where file.name.hasSuffix(".mustache") {
                templates[String(file.name.dropLast(".mustache".count))] = try decode(fs, joinPath(templatesPath, file.name), within: path)
            }
        }
        let i18nPath = joinPath(path, "i18n")
        if fs.isFolder(i18nPath) {
            for file in try fs.list(i18nPath) where file.name.hasSuffix(".yml") {
                strings[String(file.name.dropLast(".yml".count))] = try decode(fs, joinPath(i18nPath, file.name), within: path)
            }
        }
        let assetsPath = joinPath(path, "assets")
        if fs.isFolder(assetsPath) {
            try collect(assetsPath, prefix: "", fs, into: &assets)
        }
        return ThemeSource(path: path, templates: templates, strings: strings, assets: assets)
    }

    private static func collect(_ folder: String, prefix: String, _ fs: FileSystem, into assets: inout [String: Data]) throws {
        for entry in try fs.list(folder) where !entry.name.hasPrefix(".") {
            let path = joinPath(folder, entry.name)
            let relative = prefix.isEmpty ? entry.name : prefix + "/" + entry.name
            if entry.isFolder {
                try collect(path, prefix: relative, fs, into: &assets)
            } else {
                assets[relative] = try read(fs, path, within: folder)
            }
        }
    }

    /// Refuses a file that is too large, or that is a symbolic link leading
    /// outside the folder it belongs to (the content or the theme folder).
    private static func admit(_ fs: FileSystem, _ path: String, within root: String) throws {
        if let size = fs.size(path), size > maximumFileSize {
            throw BuildFailure([.error(SourceLocation(path: path),
                .fileTooLarge, ["value": size / 1024 / 1024, "value2": maximumFileSize / 1024 / 1024])])
        }
        let resolved = fs.resolvedPath(path), folder = fs.resolvedPath(root)
        guard resolved == folder || resolved.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/") else {
            throw BuildFailure([.error(SourceLocation(path: path),
                .fileLinksOutside, ["resolved": resolved, "root": root])])
        }
    }

    private static func read(_ fs: FileSystem, _ path: String, within root: String) throws -> Data {
        try admit(fs, path, within: root)
        do {
            return try fs.read(path)
        } catch let error as FileSystemError {
            throw BuildFailure([.error(SourceLocation(path: error.path), error.message)])
        }
    }

    private static func decode(_ fs: FileSystem, _ path: String, within root: String) throws -> SourceFile {
        try admit(fs, path, within: root)
        do {
            return try SourceFile.decode(fs.read(path), path: path)
        } catch let diagnostic as Diagnostic {
            throw BuildFailure([diagnostic])
        } catch let error as FileSystemError {
            throw BuildFailure([.error(SourceLocation(path: error.path), error.message)])
        }
    }
}
