import Foundation
import ZIPFoundation

/// Reads a sheet of an Excel workbook (.xlsx) held in memory into a
/// `DataTable`: the first visible sheet, or the one named by `data.sheet`.
/// Nothing is converted or written; the zip is opened from the bytes.
enum XLSXReader {
    /// Parts larger than this when unpacked are refused (a damaged or
    /// hostile file), far above any real export.
    static let maximumPartSize: UInt64 = 256 << 20

    static func read(_ data: Data, path: String, sheet wanted: String?) throws -> DataTable {
        let fileLocation = SourceLocation(path: path)
        if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            throw Diagnostic.error(fileLocation,
                .xlsxIsXlsOrEncrypted)
        }
        let notAWorkbook = Diagnostic.error(fileLocation,
            .xlsxNotWorkbook)
        guard data.starts(with: [0x50, 0x4B]), let ranges = ZIPBounds.dataRanges(data) else { throw notAWorkbook }
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read, pathEncoding: nil)
        } catch {
            throw notAWorkbook
        }
        do {
            func part(_ name: String) throws -> Data? {
                guard let entry = archive[name] else { return nil }
                guard entry.type == .file, UInt64(entry.uncompressedSize) <= maximumPartSize else {
                    throw XLSXFailure(.xlsxPartTooLarge, ["part": name])
                }
                guard let stored = ranges[name] else { throw XLSXFailure(.xlsxPartMissing, ["part": name]) }
                return try ZIPInflate.unpack(data[stored], entry: entry, part: name)
            }
            // The workbook part is named by the package relationships; xl/workbook.xml by convention.
            var workbookPath = "xl/workbook.xml"
            if let rels = try part("_rels/.rels"),
               let office = try XLSXParts.relationships(rels, part: "_rels/.rels").values.first(where: { $0.type.hasSuffix("/officeDocument") }) {
                workbookPath = resolve(office.target, base: "")
            }
            guard let workbook = try part(workbookPath) else {
                throw XLSXFailure(.xlsxNoWorkbook, ["part": workbookPath])
            }
            let folder = workbookPath.split(separator: "/").dropLast().joined(separator: "/")
            let relsPath = joinPath(folder, "_rels", String(workbookPath.split(separator: "/").last!) + ".rels")
            let targets = try part(relsPath).map { try XLSXParts.relationships($0, part: relsPath) } ?? [:]
            let sheets: [(name: String, id: String, hidden: Bool)] = try XLSXParts.elements("sheet", in: workbook, part: workbookPath).compactMap { attributes in
                guard let name = attributes["name"],
                      let id = attributes.first(where: { $0.key == "r:id" || $0.key.hasSuffix(":id") })?.value
                else { return nil }
                return (name, id, attributes["state"].map { $0 != "visible" } ?? false)
            }
            guard !sheets.isEmpty else { throw XLSXFailure(.xlsxNoSheet) }
            let chosen: (name: String, id: String, hidden: Bool)
            if let wanted {
                let key = TextKey.exact(wanted)
                guard let match = sheets.first(where: { $0.name == wanted }) ?? sheets.first(where: { TextKey.exact($0.name) == key }) else {
                    throw Diagnostic.error(fileLocation,
                        .xlsxNoSuchSheet, ["wanted": wanted, "sheets": sheets.map { "\"\($0.name)\"" }, "suggestion": Message.didYouMean(wanted, among: sheets.map(\.name))])
                }
                chosen = match
            } else {
                // The first sheet a person sees: hidden sheets are skipped.
                chosen = sheets.first { !$0.hidden } ?? sheets[0]
            }
            guard let target = targets[chosen.id]?.target else {
                throw XLSXFailure(.xlsxSheetNoPart, ["sheet": chosen.name])
            }
            let sheetPath = resolve(target, base: folder)
            guard let sheetData = try part(sheetPath) else {
                throw XLSXFailure(.xlsxSheetMissingPart, ["sheet": chosen.name, "part": sheetPath])
            }
            let stringsPath = joinPath(folder, "sharedStrings.xml")
            let strings = try part(stringsPath).map { try XLSXParts.sharedStrings($0, part: stringsPath) }
                ?? sharedStringsFromRelationships(targets, folder: folder, part: part) ?? []
            let (rows, merges) = try XLSXSheetParser.parse(sheetData, sharedStrings: strings, part: sheetPath)
            guard !rows.isEmpty else {
                throw Diagnostic.error(fileLocation, sheets.count > 1 && wanted == nil ? .sheetEmptyFirstOfSeveral : .sheetEmpty,
                                       ["sheet": chosen.name])
            }
            return DataTable(path: path, format: .xlsx, rows: rows, merges: merges)
        } catch let failure as XLSXFailure {
            throw Diagnostic.error(fileLocation,
                .xlsxDamaged, ["message": failure.message])
        } catch let diagnostic as Diagnostic {
            throw diagnostic
        } catch {
            throw Diagnostic.error(fileLocation,
                .xlsxUnreadable, ["error": "\(error)"])
        }
    }

    private static func sharedStringsFromRelationships(
        _ targets: [String: (type: String, target: String)], folder: String,
        part: (String) throws -> Data?
    ) throws -> [String]? {
        guard let target = targets.values.first(where: { $0.type.hasSuffix("/sharedStrings") })?.target else { return nil }
        let path = resolve(target, base: folder)
        guard let data = try part(path) else { return nil }
        return try XLSXParts.sharedStrings(data, part: path)
    }

    /// A relationship target as a package path: absolute (`/xl/…`) or
    /// relative to the folder of the part that names it.
    static func resolve(_ target: String, base: String) -> String {
        var parts: [Substring] = target.hasPrefix("/") ? [] : base.split(separator: "/")
        for piece in target.split(separator: "/") {
            if piece == ".." { _ = parts.popLast() } else if piece != "." { parts.append(piece) }
        }
        return parts.joined(separator: "/")
    }
}
