/// Reads `awards.csv`: the awards granted by decision, one row each, with
/// the columns `award,unit,decision,date,person` (by header name).
enum GrantsReader {
    static func read(_ file: SourceFile, awards: [Award], units: [Unit], log: inout DiagnosticLog) -> [Grant] {
        let table: DataTable
        do {
            table = try CSVTableReader.read(file.text, path: file.path)
        } catch let diagnostic as Diagnostic {
            log.append(diagnostic)
            return []
        } catch {
            log.error(file.location, "\(error)")
            return []
        }
        guard let headerRow = table.rows.first else { return [] }
        let header = headerRow.cells.map { TextKey.exact($0.text) }
        func column(_ name: String) -> Int? { header.firstIndex(of: name) }
        let headerLocation = SourceLocation(path: file.path, line: headerRow.number, column: 1)
        guard let awardColumn = column("award"), let unitColumn = column("unit") else {
            log.error(headerLocation,
                "awards.csv needs the columns award,unit (and optionally decision,date,person), e.g. award,unit,decision,date,person")
            return []
        }
        let decisionColumn = column("decision"), dateColumn = column("date"), personColumn = column("person")
        let awardIDs = awards.map(\.id)
        let unitIndex = Dictionary(units.enumerated().map { ($1.id, $0) }) { first, _ in first }
        let matcher = UnitMatcher(units: units, prefixes: [])
        var grants: [Grant] = []
        // (award, unit, person key) → line, to find a row given twice.
        var seen: [String: Int] = [:]
        for record in table.rows.dropFirst() {
            func cell(_ index: Int?) -> String? {
                guard let index else { return nil }
                let text = record[index].text.trimmingCharacters(in: .whitespaces)
                return text.isEmpty ? nil : text
            }
            func location(_ column: Int) -> SourceLocation { table.location(row: record.number, column: column) }
            guard let awardID = cell(awardColumn) else {
                log.error(location(awardColumn), "the row names no award; write an award id of the campaign (\(awardIDs.joined(separator: ", ")))")
                continue
            }
            guard let award = awardIDs.firstIndex(of: awardID) else {
                log.error(location(awardColumn),
                    "unknown award \"\(awardID)\"; expected an award id of campaign.md: \(awardIDs.isEmpty ? "none is declared" : awardIDs.joined(separator: ", "))\(Suggestion.didYouMean(awardID, among: awardIDs))")
                continue
            }
            guard let unitText = cell(unitColumn) else {
                log.error(location(unitColumn), "the row names no unit; write the unit's id or its name as in units.csv")
                continue
            }
            var unit = unitIndex[unitText]
            if unit == nil {
                switch matcher.find(unitText) {
                case .unit(let found): unit = found
                case .ambiguous(let found):
                    log.error(location(unitColumn),
                        "\"\(unitText)\" names several units (\(found.map { units[$0].id }.joined(separator: ", "))); write the unit's id instead")
                    continue
                case .unknown:
                    log.error(location(unitColumn),
                        "unknown unit \"\(unitText)\"; write a unit id or name from units.csv\(Suggestion.didYouMean(unitText, among: units.map(\.id)))")
                    continue
                }
            }
            var date: Day?
            if let text = cell(dateColumn) {
                guard let day = Self.day(text) else {
                    log.error(location(dateColumn!), "\"\(text)\" is not a date; write the decision's date as dd/mm/yyyy (e.g. 15/01/2025) or yyyy-mm-dd")
                    continue
                }
                date = day
            }
            let person = cell(personColumn)
            let key = "\(award)\u{1F}\(unit!)\u{1F}\(person.map(TextKey.exact) ?? "")"
            if let earlier = seen[key] {
                log.error(location(awardColumn),
                    "award \"\(awardID)\" is granted to \(person.map { "\"\($0)\" of " } ?? "")unit \"\(units[unit!].id)\" already on line \(earlier); remove one of the two rows")
                continue
            }
            seen[key] = record.number
            grants.append(Grant(award: award, unit: unit!, decision: cell(decisionColumn), date: date,
                                person: person, location: location(awardColumn)))
        }
        return grants
    }

    /// `dd/mm/yyyy` (also `d/m/yyyy`) or `yyyy-mm-dd`: a real calendar day.
    static func day(_ text: String) -> Day? {
        if let day = Day(iso: text) { return day }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count), parts[2].count == 4,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]),
              (1...12).contains(m), d >= 1, d <= Day.daysIn(month: m, year: y) else { return nil }
        return Day(year: y, month: m, day: d)
    }
}
