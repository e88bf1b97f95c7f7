import Foundation

/// `data/history-<group>.csv` (`history.csv` in a campaign of one group):
/// every unit of a group at every snapshot — raw figures, indicator values,
/// ranks and targets met — for journalists and analysts. UTF-8 with a BOM
/// for Excel; machine number format (`0.935`, no grouping). One file per
/// group: a commune's page links a province's 0,7 MB rather than a national
/// 24,7 MB, and a new figure rewrites its own group's file only. Compact: a
/// unit's name and group are not repeated at every snapshot (they are in
/// `leaderboard.csv`, joined on the unit's id) and flags are `1`/`0`. Every
/// group's file has the same columns, so they can be stacked.
struct HistoryCSV: Sendable {
    let result: CampaignResult
    /// The group of each file (`Campaign.groups`' ids); one file, named by
    /// the first group (or by none), in a campaign of one group.
    let groups: [String]
    /// `[file][snapshot]`: the positions in that snapshot's standings of the
    /// file's units, in leaderboard order.
    let positions: [[[Int]]]
    /// `[unit]`: the file that has the unit's rows (-1: none, for a unit of no group).
    let fileOfUnit: [Int]
    /// `[unit]`: the unit's id as a field and its comma, written once for every row.
    private let unitColumns: [[UInt8]]
    /// `[unit][bracket]`: the label of the unit's group's bracket, by position (no lookup per row).
    private let bracketLabels: [[[UInt8]]]

    init(_ result: CampaignResult, format: NumberFormat) {
        let campaign = result.campaign
        self.result = result
        let split = campaign.hasGroups
        groups = split ? campaign.groups.map(\.id) : [campaign.groups.first?.id ?? ""]
        let fileOf = Dictionary(campaign.groups.enumerated().map { ($1.id, split ? $0 : 0) }, uniquingKeysWith: { first, _ in first })
        let unitFile = campaign.units.map { split ? fileOf[$0.group] ?? -1 : 0 }
        fileOfUnit = unitFile
        var positions = [[[Int]]](repeating: [[Int]](repeating: [], count: campaign.snapshots.count), count: groups.count)
        for s in campaign.snapshots.indices {
            let standings = result.standings[s]
            for i in standings.indices {
                let f = unitFile[standings[i].unit]
                if f >= 0 { positions[f][s].append(i) }
            }
        }
        self.positions = positions
        unitColumns = campaign.units.map { CSVText.encoded([$0.id]) }
        var groupLabels: [String: [[UInt8]]] = [:]
        for group in campaign.groups {
            guard let brackets = group.brackets else { continue }
            groupLabels[group.id] = (0...brackets.bounds.count).map { CSVText.encoded([brackets.label($0, format: format)]) }
        }
        bracketLabels = campaign.units.map { groupLabels[$0.group] ?? [] }
    }

    static func header(_ campaign: Campaign) -> [String] {
        ["date", "unit", "bracket", "reported", "rank", "group_rank", "bracket_rank", "score"]
            + campaign.metrics.map { "metric:\($0.id)" }
            + campaign.indicators.map { "value:\($0.id)" }
            + campaign.indicators.map { "target_met:\($0.id)" }
    }

    /// File `f` (of `groups[f]`): rows by snapshot date, then in
    /// leaderboard order at that snapshot.
    func data(file f: Int) -> Data {
        let campaign = result.campaign
        let header = Self.header(campaign)
        let positions = positions[f]
        let rows = positions.reduce(0) { $0 + $1.count }
        // About 6 bytes a field in a national year (142 a row): reserving a
        // little more spares copying the buffer to grow it.
        var csv = CSVText(capacity: (16 + 10 * header.count) * rows)
        csv.row(header)
        let emptyField: [UInt8] = [UInt8(ascii: ",")]
        var met = [Bool?](repeating: nil, count: campaign.indicators.count)
        for (s, snapshot) in campaign.snapshots.enumerated() {
            let date = CSVText.encoded([snapshot.date.description])
            let standings = result.standings[s]
            for i in positions[s] {
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
