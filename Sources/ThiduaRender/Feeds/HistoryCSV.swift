import Foundation

/// `data/history.csv`: every unit at every snapshot — raw figures, indicator
/// values, ranks and targets met — for journalists and analysts. UTF-8 with
/// a BOM for Excel; machine number format (`0.935`, no grouping). Compact:
/// a unit's name and group are not repeated at every snapshot (they are in
/// `leaderboard.csv`, joined on the unit's id) and flags are `1`/`0`, which
/// took a national year from 32,6 MB to 24,7 MB.
enum HistoryCSV {
    static let fileName = "history.csv"

    static func header(_ campaign: Campaign) -> [String] {
        ["date", "unit", "bracket", "reported", "rank", "group_rank", "bracket_rank", "score"]
            + campaign.metrics.map { "metric:\($0.id)" }
            + campaign.indicators.map { "value:\($0.id)" }
            + campaign.indicators.map { "target_met:\($0.id)" }
    }

    /// Rows by snapshot date, then in leaderboard order at that snapshot.
    static func data(_ result: CampaignResult, format: NumberFormat) throws -> Data {
        let campaign = result.campaign
        let header = header(campaign)
        // About 6 bytes a field in a national year (142 a row): reserving a
        // little more spares copying 30 MB to grow the buffer.
        var csv = CSVText(capacity: (16 + 10 * header.count) * campaign.snapshots.count * campaign.units.count)
        csv.row(header)
        // 174,000 rows in a national year: what repeats (a unit's id, a
        // group's bracket labels) is encoded once.
        let unitColumns = campaign.units.map { CSVText.encoded([$0.id]) }
        // `[unit][bracket]`: the label of the unit's group's bracket, by position (no lookup per row).
        var groupLabels: [String: [[UInt8]]] = [:]
        for group in campaign.groups {
            guard let brackets = group.brackets else { continue }
            groupLabels[group.id] = (0...brackets.bounds.count).map { CSVText.encoded([brackets.label($0, format: format)]) }
        }
        let bracketLabels = campaign.units.map { groupLabels[$0.group] ?? [] }
        let emptyField: [UInt8] = [UInt8(ascii: ",")]
        var met = [Bool?](repeating: nil, count: campaign.indicators.count)
        for (s, snapshot) in campaign.snapshots.enumerated() {
            let date = CSVText.encoded([snapshot.date.description])
            let standings = result.standings[s]
            for i in standings.indices {
                let unit = standings[i].unit
                csv.raw(date)
                csv.raw(unitColumns[unit])
                let labels = bracketLabels[unit]
                csv.raw(standings[i].bracket.flatMap { labels.indices.contains($0) ? labels[$0] : nil } ?? emptyField)
                csv.flag(standings[i].reported)
                csv.optionalInteger(standings[i].rank)
                csv.optionalInteger(standings[i].groupRank)
                csv.optionalInteger(standings[i].bracketRank)
                csv.comma()
                if let score = standings[i].score { csv.number(score) }
                let figures = snapshot.rows[unit]
                for m in campaign.metrics.indices {
                    csv.comma()
                    if let figure = figures?[m] ?? nil { csv.number(figure) }
                }
                for value in standings[i].values {
                    csv.comma()
                    if let value { csv.number(value) }
                }
                for k in met.indices { met[k] = nil }
                for check in standings[i].targetsMet where met[check.indicator] == nil { met[check.indicator] = check.met }
                for flag in met {
                    csv.comma()
                    if let flag { csv.flag(flag) }
                }
                csv.endRow()
            }
        }
        return csv.data
    }
}
