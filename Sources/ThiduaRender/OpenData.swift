import Foundation

/// The machine-readable rankings of the contract: `leaderboard.json` and the
/// same rows as `leaderboard.csv`.
public enum OpenData {
    /// Site-relative URL of a unit's page.
    public static func unitPath(_ campaign: Campaign, _ unit: ThiduaModel.Unit) -> String {
        "/\(campaign.slug)/\(unit.id)/"
    }

    public static func leaderboard(_ result: CampaignResult, format: NumberFormat) -> JSONValue {
        let campaign = result.campaign
        let indicators = campaign.indicators.map { indicator -> JSONValue in
            .object([("id", .string(indicator.id)), ("name", .string(indicator.name)),
                     ("format", .string(indicator.format.rawValue)), ("better", .string(indicator.better.rawValue))])
        }
        let units = result.current.map { standing -> JSONValue in
            let unit = campaign.units[standing.unit]
            let values = zip(campaign.indicators, standing.values).map { indicator, value in
                (indicator.id, value.map(JSONValue.double) ?? .null)
            }
            let met = standing.targetsMet.map { (campaign.indicators[$0.indicator].id, JSONValue.bool($0.met)) }
            return .object([
                ("id", .string(unit.id)),
                ("name", .string(unit.name)),
                ("group", .string(unit.group)),
                ("bracket", bracketLabel(standing, campaign, format).map(JSONValue.string) ?? .null),
                ("rank", optional(standing.rank)),
                ("group_rank", optional(standing.groupRank)),
                ("bracket_rank", optional(standing.bracketRank)),
                ("score", standing.score.map(JSONValue.double) ?? .null),
                ("values", .object(values)),
                ("targets_met", .object(met)),
                ("awards", .array(standing.awards.map { .string(campaign.awards[$0].id) })),
                ("granted", .array(result.grants(of: standing.unit).map { grant(campaign, $0) })),
                ("url", .string(unitPath(campaign, unit))),
            ])
        }
        var totals: [(String, JSONValue)] = []
        if let current = result.currentTotals {
            totals = [("all", figures(current.all, campaign)),
                      ("groups", .object(zip(campaign.groups, current.groups).map { ($0.id, figures($1, campaign)) }))]
        }
        return .object([
            ("campaign", .string(campaign.slug)),
            ("title", .string(campaign.title)),
            ("as_of", .string(campaign.snapshots[campaign.current].date.description)),
            ("baseline", campaign.baseline.map { .string(campaign.snapshots[$0].date.description) } ?? .null),
            ("indicators", .array(indicators)),
            ("totals", .object(totals)),
            ("units", .array(units)),
        ])
    }

    /// `{"metrics": {id: n|null}, "values": {id: n|null}}` of a set of units' totals.
    static func figures(_ figures: TotalFigures, _ campaign: Campaign) -> JSONValue {
        .object([
            ("metrics", .object(zip(campaign.metrics, figures.metrics).map { ($0.id, $1.map(JSONValue.double) ?? .null) })),
            ("values", .object(zip(campaign.indicators, figures.values).map { ($0.id, $1.map(JSONValue.double) ?? .null) })),
        ])
    }

    /// One row of awards.csv as published.
    static func grant(_ campaign: Campaign, _ grant: Grant) -> JSONValue {
        .object([
            ("award", .string(campaign.awards[grant.award].id)),
            ("decision", grant.decision.map(JSONValue.string) ?? .null),
            ("date", grant.date.map { .string($0.description) } ?? .null),
            ("person", grant.person.map(JSONValue.string) ?? .null),
        ])
    }

    public static func bracketLabel(_ standing: Standing, _ campaign: Campaign, _ format: NumberFormat) -> String? {
        guard let bracket = standing.bracket, let brackets = campaign.group(standing.group)?.brackets else { return nil }
        return brackets.label(bracket, format: format)
    }

    /// The same rows as the JSON, one column per field and per indicator
    /// (`value:<id>`, `target_met:<id>`), UTF-8 with a BOM for Excel.
    public static func leaderboardCSV(_ result: CampaignResult, format: NumberFormat) throws -> Data {
        let campaign = result.campaign
        var header = ["id", "name", "group", "bracket", "rank", "group_rank", "bracket_rank", "score"]
        header += campaign.indicators.map { "value:\($0.id)" }
        header += campaign.indicators.map { "target_met:\($0.id)" }
        header += ["awards", "url"]
        var rows = [header]
        for standing in result.current {
            let unit = campaign.units[standing.unit]
            var row = [unit.id, unit.name, unit.group, bracketLabel(standing, campaign, format) ?? "",
                       standing.rank.map(String.init) ?? "", standing.groupRank.map(String.init) ?? "",
                       standing.bracketRank.map(String.init) ?? "", standing.score.map(JSONValue.number) ?? ""]
            row += standing.values.map { $0.map(JSONValue.number) ?? "" }
            row += campaign.indicators.indices.map { k in
                standing.targetsMet.first { $0.indicator == k }.map { $0.met ? "true" : "false" } ?? ""
            }
            row += [standing.awards.map { campaign.awards[$0].id }.joined(separator: " "), unitPath(campaign, unit)]
            rows.append(row)
        }
        return CSVText.document(rows)
    }

    private static func optional(_ value: Int?) -> JSONValue { value.map(JSONValue.int) ?? .null }
}
