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
            log.error(file.location, .unexpectedError, ["error": "\(error)"])
            return Roster()
        }
        let headerRow = table.rows[0]
        let header = headerRow.cells.map { TextKey.exact($0.text) }
        func column(_ names: String...) -> Int? { header.firstIndex { names.contains($0) } }
        let headerLocation = SourceLocation(path: file.path, line: headerRow.number, column: 1)
        guard let idColumn = column("id", "unit") else {
            log.error(headerLocation, .rosterNoIdColumn, ["value": groups.isEmpty ? "" : ",group"])
            return Roster()
        }
        guard let nameColumn = column("name") else {
            log.error(headerLocation, .rosterNoNameColumn, ["value": groups.isEmpty ? "" : ",group"])
            return Roster()
        }
        let groupColumn = column("group")
        let aliasColumn = column("aliases", "alias")
        if !groups.isEmpty && groupColumn == nil {
            log.error(headerLocation,
                .rosterNoGroupColumn, ["ids": groups.map(\.id)])
            return Roster()
        }
        var roster = Roster()
        var seen: [String: Int] = [:]
        // Every name and alias read so far (TextKey.exact), with its unit and line.
        var known: [String: (unit: String, line: Int, isAlias: Bool)] = [:]
        for record in table.rows.dropFirst() {
            func cell(_ index: Int) -> String { CellText.trimmedSpaces(record[index].text) }
            let id = cell(idColumn)
            let idLocation = table.location(row: record.number, column: idColumn)
            if let problem = Slug.problem(with: id) {
                log.error(idLocation, .unitIdInvalid, ["id": id, "problem": problem])
                continue
            }
            if reservedIDs.contains(id) {
                log.error(idLocation, .unitIdReserved, ["id": id])
                continue
            }
            if let earlier = seen[id] {
                log.error(idLocation, .unitIdTwice, ["id": id, "earlier": String(earlier)])
                continue
            }
            seen[id] = record.number
            let name = cell(nameColumn)
            if name.isEmpty {
                log.error(table.location(row: record.number, column: nameColumn), .unitNoName, ["id": id])
                continue
            }
            var group = "all"
            if let groupColumn, !groups.isEmpty {
                group = cell(groupColumn)
                if !groups.contains(where: { $0.id == group }) {
                    log.error(table.location(row: record.number, column: groupColumn),
                        .unitUnknownGroup, ["group": group, "id": id, "ids": groups.map(\.id),
                            "suggestion": Message.didYouMean(group, among: groups.map(\.id))])
                    continue
                }
            }
            var aliases: [String] = []
            if let aliasColumn {
                let location = table.location(row: record.number, column: aliasColumn)
                for part in cell(aliasColumn).split(separator: "|") {
                    let alias = CellText.trimmedSpaces(String(part))
                    guard !alias.isEmpty else { continue }
                    let key = TextKey.exact(alias)
                    if key == TextKey.exact(name) || aliases.contains(where: { TextKey.exact($0) == key }) { continue }
                    if let other = known[key], other.unit != id {
                        log.error(location, other.isAlias ? .aliasTwice : .aliasIsName,
                                  ["alias": alias, "id": id, "other": other.unit, "line": String(other.line)])
                        continue
                    }
                    known[key] = (id, record.number, true)
                    aliases.append(alias)
                }
            }
            let nameKey = TextKey.exact(name)
            if let other = known[nameKey], other.isAlias, other.unit != id {
                log.error(table.location(row: record.number, column: nameColumn),
                    .unitNameIsAlias, ["id": id, "name": name, "unit": other.unit, "line": String(other.line)])
            } else if known[nameKey] == nil {
                known[nameKey] = (id, record.number, false)
            }
            roster.units.append(Unit(id: id, name: name, group: group, aliases: aliases))
            roster.lines.append(record.number)
        }
        if roster.units.isEmpty && !log.hasErrors {
            log.error(SourceLocation(path: file.path), .rosterEmpty)
        }
        return roster
    }
}

import Foundation
