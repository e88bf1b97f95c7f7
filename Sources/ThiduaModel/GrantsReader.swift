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
            log.error(file.location, .unexpectedError, ["error": "\(error)"])
            return []
        }
        guard let headerRow = table.rows.first else { return [] }
        let header = headerRow.cells.map { TextKey.exact($0.text) }
        func column(_ name: String) -> Int? { header.firstIndex(of: name) }
        let headerLocation = SourceLocation(path: file.path, line: headerRow.number, column: 1)
        guard let awardColumn = column("award"), let unitColumn = column("unit") else {
            log.error(headerLocation,
                .awardsColumnsMissing)
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
                log.error(location(awardColumn), .grantNoAward, ["awardIDs": awardIDs])
                continue
            }
            guard let award = awardIDs.firstIndex(of: awardID) else {
                log.error(location(awardColumn),
                    .grantUnknownAward, ["awardID": awardID, "ids": awardIDs.isEmpty ? Message(.noneDeclared).messageValue : awardIDs.messageValue, "suggestion": Message.didYouMean(awardID, among: awardIDs)])
                continue
            }
            guard let unitText = cell(unitColumn) else {
                log.error(location(unitColumn), .grantNoUnit)
                continue
            }
            var unit = unitIndex[unitText]
            if unit == nil {
                switch matcher.find(unitText) {
                case .unit(let found): unit = found
                case .ambiguous(let found):
                    log.error(location(unitColumn),
                        .grantUnitAmbiguous, ["unitText": unitText, "ids": found.map { units[$0].id }])
                    continue
                case .unknown:
                    log.error(location(unitColumn),
                        .grantUnknownUnit, ["unitText": unitText, "suggestion": Message.didYouMean(unitText, among: units.map(\.id))])
                    continue
                }
            }
            var date: Day?
            if let text = cell(dateColumn) {
                guard let day = Self.day(text) else {
                    log.error(location(dateColumn!), .grantBadDate, ["text": text])
                    continue
                }
                date = day
            }
            let person = cell(personColumn)
            let key = "\(award)\u{1F}\(unit!)\u{1F}\(person.map(TextKey.exact) ?? "")"
            if let earlier = seen[key] {
                log.error(location(awardColumn),
                    .grantTwice, ["awardID": awardID, "person": person.map { Message(.grantPerson, ["person": $0]).messageValue } ?? .text(""), "unit": units[unit!].id, "earlier": earlier])
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
