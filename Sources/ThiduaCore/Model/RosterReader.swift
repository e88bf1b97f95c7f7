/// The units of `units.csv`, with the line each was read from.
struct Roster {
    var units: [Unit] = []
    /// `lines[i]` is the line of `units[i]` in units.csv.
    var lines: [Int] = []
}

/// Reads `units.csv`: columns `id` (or `unit`), `name`, and `group` when the
/// campaign has groups.
enum RosterReader {
    /// Unit ids that would collide with the campaign's own page folders, or
    /// (`index`) with the campaign's embed, `embed/<campaign>/index.html`.
    static let reservedIDs: Set<String> = ["data", "ke-hoach", "chi-so", "khen-thuong", "nhom", "ky", "bao-cao", "embed", "assets", "index"]

    static func read(_ file: SourceFile, groups: [Group], log: inout DiagnosticLog) -> Roster {
        let table: DataTable
        do {
            table = try CSVTableReader.read(file.text, path: file.path)
        } catch let diagnostic as Diagnostic {
            log.append(diagnostic)
            return Roster()
        } catch {
            log.error(file.location, "\(error)")
            return Roster()
        }
        let headerRow = table.rows[0]
        let header = headerRow.cells.map { TextKey.exact($0.text) }
        func column(_ names: String...) -> Int? { header.firstIndex { names.contains($0) } }
        let headerLocation = SourceLocation(path: file.path, line: headerRow.number, column: 1)
        guard let idColumn = column("id", "unit") else {
            log.error(headerLocation, "the header has no `id` column; units.csv needs the columns id,name\(groups.isEmpty ? "" : ",group")")
            return Roster()
        }
        guard let nameColumn = column("name") else {
            log.error(headerLocation, "the header has no `name` column; units.csv needs the columns id,name\(groups.isEmpty ? "" : ",group")")
            return Roster()
        }
        let groupColumn = column("group")
        let aliasColumn = column("aliases", "alias")
        if !groups.isEmpty && groupColumn == nil {
            log.error(headerLocation,
                "the campaign has groups (\(groups.map(\.id).joined(separator: ", "))) but units.csv has no `group` column")
            return Roster()
        }
        var roster = Roster()
        var seen: [String: Int] = [:]
        // Every name and alias read so far (TextKey.exact), with its unit and line.
        var known: [String: (unit: String, line: Int, isAlias: Bool)] = [:]
        for record in table.rows.dropFirst() {
            func cell(_ index: Int) -> String { record[index].text.trimmingCharacters(in: .whitespaces) }
            let id = cell(idColumn)
            let idLocation = table.location(row: record.number, column: idColumn)
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
            seen[id] = record.number
            let name = cell(nameColumn)
            if name.isEmpty {
                log.error(table.location(row: record.number, column: nameColumn), "unit \"\(id)\" has no name")
                continue
            }
            var group = "all"
            if let groupColumn, !groups.isEmpty {
                group = cell(groupColumn)
                if !groups.contains(where: { $0.id == group }) {
                    log.error(table.location(row: record.number, column: groupColumn),
                        "unknown group \"\(group)\" for unit \"\(id)\"; expected one of: \(groups.map(\.id).joined(separator: ", "))")
                    continue
                }
            }
            var aliases: [String] = []
            if let aliasColumn {
                let location = table.location(row: record.number, column: aliasColumn)
                for part in cell(aliasColumn).split(separator: "|") {
                    let alias = part.trimmingCharacters(in: .whitespaces)
                    guard !alias.isEmpty else { continue }
                    let key = TextKey.exact(alias)
                    if key == TextKey.exact(name) || aliases.contains(where: { TextKey.exact($0) == key }) { continue }
                    if let other = known[key], other.unit != id {
                        log.error(location, other.isAlias
                            ? "alias \"\(alias)\" of unit \"\(id)\" is also an alias of unit \"\(other.unit)\" (line \(other.line)); a name must point at one unit: remove it from one of them"
                            : "alias \"\(alias)\" of unit \"\(id)\" is the name of unit \"\(other.unit)\" (line \(other.line)); remove the alias")
                        continue
                    }
                    known[key] = (id, record.number, true)
                    aliases.append(alias)
                }
            }
            let nameKey = TextKey.exact(name)
            if let other = known[nameKey], other.isAlias, other.unit != id {
                log.error(table.location(row: record.number, column: nameColumn),
                    "unit \"\(id)\" is named \"\(name)\", which is an alias of unit \"\(other.unit)\" (line \(other.line)); remove that alias")
            } else if known[nameKey] == nil {
                known[nameKey] = (id, record.number, false)
            }
            roster.units.append(Unit(id: id, name: name, group: group, aliases: aliases))
            roster.lines.append(record.number)
        }
        if roster.units.isEmpty && !log.hasErrors {
            log.error(SourceLocation(path: file.path), "units.csv lists no units; add one row per competing unit")
        }
        return roster
    }
}

import Foundation
