import Foundation

/// `data/history.csv`: every unit at every snapshot — raw figures, indicator
/// values, ranks and targets met — for journalists and analysts. UTF-8 with
/// a BOM for Excel; machine number format (`0.935`, no grouping).
enum HistoryCSV {
    static let fileName = "history.csv"

    static func header(_ campaign: Campaign) -> [String] {
        ["date", "unit", "name", "group", "bracket", "reported", "rank", "group_rank", "bracket_rank", "score"]
            + campaign.metrics.map { "metric:\($0.id)" }
            + campaign.indicators.map { "value:\($0.id)" }
            + campaign.indicators.map { "target_met:\($0.id)" }
    }

    /// Rows by snapshot date, then in leaderboard order at that snapshot.
    static func data(_ result: CampaignResult, format: NumberFormat) throws -> Data {
        let campaign = result.campaign
        var csv = CSVText(capacity: 128 * campaign.snapshots.count * campaign.units.count)
        csv.row(header(campaign))
        for (s, snapshot) in campaign.snapshots.enumerated() {
            for standing in result.standings[s] {
                let unit = campaign.units[standing.unit]
                let figures = snapshot.rows[standing.unit]
                var row = [snapshot.date.description, unit.id, unit.name, unit.group,
                           OpenData.bracketLabel(standing, campaign, format) ?? "",
                           standing.reported ? "true" : "false",
                           standing.rank.map(String.init) ?? "", standing.groupRank.map(String.init) ?? "",
                           standing.bracketRank.map(String.init) ?? "", standing.score.map(JSONValue.number) ?? ""]
                row += campaign.metrics.indices.map { m in (figures?[m]).flatMap { $0 }.map(JSONValue.number) ?? "" }
                row += standing.values.map { $0.map(JSONValue.number) ?? "" }
                row += campaign.indicators.indices.map { k in
                    standing.targetsMet.first { $0.indicator == k }.map { $0.met ? "true" : "false" } ?? ""
                }
                csv.row(row)
            }
        }
        return csv.data
    }
}
