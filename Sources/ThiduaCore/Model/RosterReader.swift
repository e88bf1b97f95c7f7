/// Reads `units.csv`: columns `id` (or `unit`), `name`, and `group` when the
/// campaign has groups.
enum RosterReader {
    /// Unit ids that would collide with the campaign's own page folders.
    static let reservedIDs: Set<String> = ["data", "ke-hoach", "chi-so", "khen-thuong", "nhom", "embed", "assets"]

    static func read(_ file: SourceFile, groups: [Group], log: inout DiagnosticLog) -> [Unit] {
        let table: CSVTable
        do {
            table = try CSVTable.read(file)
        } catch let diagnostic as Diagnostic {
            log.append(diagnostic)
            return []
        } catch {
            log.error(file.location, "\(error)")
            return []
        }
        let headerLocation = SourceLocation(path: file.path, line: table.headerLine, column: 1)
        guard let idColumn = table.column(named: ["id", "unit"]) else {
            log.error(headerLocation, "the header has no `id` column; units.csv needs the columns id,name\(groups.isEmpty ? "" : ",group")")
            return []
        }
        guard let nameColumn = table.column(named: ["name"]) else {
            log.error(headerLocation, "the header has no `name` column; units.csv needs the columns id,name\(groups.isEmpty ? "" : ",group")")
            return []
        }
        let groupColumn = table.column(named: ["group"])
        if !groups.isEmpty && groupColumn == nil {
            log.error(headerLocation,
                "the campaign has groups (\(groups.map(\.id).joined(separator: ", "))) but units.csv has no `group` column")
            return []
        }
        var units: [Unit] = []
        var seen: [String: Int] = [:]
        for record in table.records {
            func cell(_ index: Int) -> String {
                index < record.cells.count ? record.cells[index].trimmingCharacters(in: .whitespaces) : ""
            }
            let id = cell(idColumn)
            let idLocation = table.location(line: record.line, column: idColumn)
            if let problem = Slug.problem(with: id) {
                log.error(idLocation, "unit id \"\(id)\" \(problem)")
                continue
            }
            if reservedIDs.contains(id) {
                log.error(idLocation, "unit id \"\(id)\" is reserved for a page of the campaign; choose another id")
                continue
            }
            if let earlier = seen[id] {
                log.error(idLocation, "unit id \"\(id)\" is already used on line \(earlier); ids must be unique")
                continue
            }
            seen[id] = record.line
            let name = cell(nameColumn)
            if name.isEmpty {
                log.error(table.location(line: record.line, column: nameColumn), "unit \"\(id)\" has no name")
                continue
            }
            var group = "all"
            if let groupColumn, !groups.isEmpty {
                group = cell(groupColumn)
                if !groups.contains(where: { $0.id == group }) {
                    log.error(table.location(line: record.line, column: groupColumn),
                        "unknown group \"\(group)\" for unit \"\(id)\"; expected one of: \(groups.map(\.id).joined(separator: ", "))")
                    continue
                }
            }
            units.append(Unit(id: id, name: name, group: group))
        }
        if units.isEmpty && !log.hasErrors {
            log.error(SourceLocation(path: file.path), "units.csv lists no units; add one row per competing unit")
        }
        return units
    }
}

import Foundation
