/// A page per unit, made from the unit's `UnitFacts` on the campaign's
/// `unitFrame()`: nothing else of the result reaches it.
extension CampaignPages {
    /// At most this many snapshots in a unit page's table of figures.
    static let historyRows = 12

    /// `charts`: the unit's (`unitCharts`), drawn by the caller for the page and the chart files.
    func unitPage(_ facts: UnitFacts, charts unitCharts: UnitCharts) -> UnitPage {
        let standing = facts.standing
        let u = standing.unit
        let unit = campaign.units[u]
        let scopes = result.scopes
        var ranks: [Figure] = []
        if let rank = standing.rank {
            ranks.append(Figure(value: context.t("rank_of", ["rank": format.count(rank), "total": format.count(scopes.ranked)]),
                                label: context.t("rank_overall")))
        } else {
            ranks.append(Figure(value: context.t("not_ranked"), label: standing.reported ? context.t("not_ranked_why_value")
                                                                                         : context.t("not_ranked_why_row")))
        }
        if let rank = standing.groupRank, campaign.hasGroups {
            ranks.append(Figure(value: context.t("rank_of", ["rank": format.count(rank), "total": format.count(scopes.rankedInGroup[unit.group] ?? 0)]),
                                label: context.t("rank_group") + " — " + (campaign.group(unit.group)?.name ?? "")))
        }
        if let rank = standing.bracketRank, let label = OpenData.bracketLabel(standing, campaign, format) {
            let total = standing.bracket.flatMap { scopes.rankedInBracket[unit.group]?[$0] } ?? 0
            ranks.append(Figure(value: context.t("rank_of", ["rank": format.count(rank), "total": format.count(total)]),
                                label: context.t("rank_bracket", ["bracket": label])))
        }
        if let score = standing.score {
            ranks.append(Figure(value: format.score(score), label: context.t("score")))
        }
        let lines = zip(campaign.indicators.indices, cells(standing)).map { k, cell -> IndicatorLine in
            let indicator = campaign.indicators[k]
            return IndicatorLine(
                name: indicator.name, url: url(paths.indicator(indicator.id)), value: cell.text,
                target: rules.target(indicator: k, group: unit.group),
                hasTarget: cell.hasTarget, met: cell.met, statusText: cell.statusText,
                need: nonEmpty(need(facts.gaps[k], unit: u, indicator: k)),
                streak: nonEmpty(streakText(facts.streaks[k])), pace: nonEmpty(paceText(facts.paces[k])),
                chart: unitBlock(unitCharts.bullets[k].svg(), paths.trendChart(unit: unit.id, indicator: indicator.id)),
                trend: unitBlock(unitCharts.trends[k].svg(), paths.trendChart(unit: unit.id, indicator: indicator.id)))
        }
        // A year of weekly figures is a long table on a phone: the latest
        // snapshots here, every one of them in the group's history file.
        let history = facts.history.map { row -> HistoryRow in
            HistoryRow(date: format.date(campaign.snapshots[row.snapshot].date),
                       rank: row.rank.map(format.count) ?? "—",
                       cells: zip(campaign.indicators, row.values).map { format.value($1, as: $0.format) })
        }
        let summary = standing.rank.map {
            context.t("unit_summary", ["unit": unit.name, "rank": format.count($0), "total": format.count(scopes.ranked)])
        } ?? context.t("unit_summary_unranked", ["unit": unit.name])
        let moved = change(rankChange: facts.change)
        let historyFile = historyLink(group: unit.group)
        return UnitPage(
            layout: layout(title: unit.name + " — " + campaign.title, description: summary + " " + asOfText),
            name: unit.name, groupName: campaign.group(unit.group).flatMap { nonEmpty($0.name) },
            groupURL: campaign.hasGroups ? url(paths.group(unit.group)) : nil,
            campaignTitle: campaign.title, campaignURL: campaignURL, summary: summary, ranks: ranks,
            change: nonEmpty(moved.label.prefix(1).uppercased() + moved.label.dropFirst()),
            baselineChange: nonEmpty(baselineChangeText(facts.baselineChange)), indicators: lines,
            rankTrend: unitBlock(unitCharts.rankTrend.svg(), paths.rankChart(unit: unit.id)),
            historyHeaders: campaign.indicators.map(\.name), history: history,
            historyNote: history.count < campaign.snapshots.count
                ? context.t("history_latest", ["count": String(history.count), "total": String(campaign.snapshots.count)]) : nil,
            historyURL: historyFile.url, historyText: historyFile.text,
            neighbours: facts.neighbours.map { NeighbourLine(highlight: $0.unit == u, cells: $0.cells) },
            table: table,
            awards: standing.awards.map { context.t("unit_award", ["award": campaign.awards[$0].name, "rule": awardRule(campaign.awards[$0])]) },
            hasAwards: !standing.awards.isEmpty, grants: unitGrants(u), asOf: asOfText)
    }

    /// "Met the target 3 snapshots in a row", from two in a row.
    func streakText(_ count: Int) -> String {
        count >= 2 ? context.t("streak", ["count": String(count)]) : ""
    }

    func paceText(_ pace: History.Pace?) -> String {
        switch pace {
        case .reaches(let day)?: return context.t("pace_reaches", ["date": format.date(day)])
        case .notBeforeEnd?:
            // Figures of the last day: the campaign is over, and the need line already says what is missing.
            if campaign.snapshots[campaign.current].date.ordinal >= campaign.period.end.ordinal { return "" }
            return context.t("pace_not_before_end", ["date": format.date(campaign.period.end)])
        case .met?, .unknown?, nil: return ""
        }
    }

    /// "▲3 since the baseline (16/07/2024)", when there is a baseline to compare with.
    func baselineChangeText(_ change: Int?) -> String {
        guard let baseline = campaign.baseline, baseline != campaign.current, let change else { return "" }
        let date = format.date(campaign.snapshots[baseline].date)
        if change == 0 { return context.t("baseline_same", ["date": date]) }
        return context.t(change > 0 ? "baseline_up" : "baseline_down", ["count": String(abs(change)), "date": date])
    }

    /// The unit and up to two units either side of it in its group's order.
    func neighbours(_ standing: Standing) -> [Standing] {
        // Positions, not standings: copying a province's 100 standings for
        // each of its units was a tenth of a national unit page.
        let group = result.scopes.members[standing.group] ?? []
        let current = result.current
        guard let index = group.firstIndex(where: { current[$0].unit == standing.unit }) else { return [] }
        return group[max(0, index - 2)...min(group.count - 1, index + 2)].map { current[$0] }
    }
}
