/// A page per indicator, and the plan text.
extension CampaignPages {
    /// An indicator page lists at most this many units from the top and as
    /// many from the bottom.
    static let indicatorRowLimit = 50

    /// Indicator `k`'s page at `snapshot`: every unit ranked by the indicator.
    func indicatorPage(_ k: Int) -> IndicatorPage {
        let indicator = campaign.indicators[k]
        let standings = standings
        // Best first on this indicator; ties keep leaderboard order.
        let defined = standings.enumerated().filter { $0.element.values[k] != nil }
        let ordered = defined.sorted { a, b in
            let x = a.element.values[k]!, y = b.element.values[k]!
            let order = CompetitionRanking.compare([indicator.better == .higher ? x : -x],
                                                   [indicator.better == .higher ? y : -y])
            return order != 0 ? order < 0 : a.offset < b.offset
        }.map(\.element) + standings.filter { $0.values[k] == nil }
        let keys = ordered.compactMap { s in s.values[k].map { [indicator.better == .higher ? $0 : -$0] } }
        let ranks = CompetitionRanking.ranks(ofSorted: keys)
        let rows = ordered.enumerated().map { i, standing -> IndicatorRow in
            let check = standing.targetsMet.first { $0.indicator == k }
            return IndicatorRow(
                rank: i < ranks.count ? String(ranks[i]) : "—", name: campaign.units[standing.unit].name,
                url: unitURL(standing.unit), group: campaign.group(standing.group)?.name ?? "",
                value: format.value(standing.values[k], as: indicator.format), hasTarget: check != nil,
                met: check?.met ?? false, statusText: check.map { $0.met ? context.t("met") : context.t("not_met") } ?? "",
                need: check?.met == false ? need(unit: standing.unit, indicator: k) : "")
        }
        // Large campaigns: the best and the last units here, everyone in the CSV download.
        var shown = rows
        var omitted: String?
        let limit = Self.indicatorRowLimit
        if rows.count > 2 * limit {
            var tail = Array(rows.suffix(limit))
            tail[0].gapBefore = true
            shown = Array(rows.prefix(limit)) + tail
            omitted = context.t("rows_omitted", ["count": format.integer(Double(rows.count - 2 * limit)),
                                                 "total": format.integer(Double(rows.count))])
        }
        // The charts are of the current snapshot: a past period's page is the table.
        let chart = isCurrent ? charts.distributions[k] : nil
        let title = isCurrent ? indicator.name + " — " + campaign.title
            : indicator.name + " — " + periodTitle + " — " + campaign.title
        return IndicatorPage(
            layout: layout(title: title, description: chart?.description ?? asOfText + ". " + indicator.name),
            name: indicator.name, formula: indicator.formulaText, target: nonEmpty(targetSummary(indicator)),
            campaignURL: url(paths.leaderboard(at: snapshot, of: campaign)), asOf: asOfText, summary: chart?.description,
            chart: chart.map { block($0.svg(), paths.distributionChart(indicator.id)) },
            ring: isCurrent ? charts.rings[k]?.svg() : nil,
            periodNav: campaign.snapshots.count > 1 ? periodNav { paths.indicator(indicator.id, at: $0, of: campaign) } : nil,
            rows: shown, omitted: omitted, omittedAt: limit,
            // Every unit at every snapshot is in the history; the leaderboard files are current.
            csvURL: url(paths.data + (isCurrent ? "leaderboard.csv" : HistoryCSV.fileName)))
    }

    func planPage() -> PlanPage {
        PlanPage(
            layout: layout(title: context.t("plan") + " — " + campaign.title, description: campaign.title),
            title: campaign.title, issuer: campaign.issuer, document: campaign.document,
            html: Markdown.html(campaign.body), campaignURL: campaignURL, method: methodSection())
    }
}
