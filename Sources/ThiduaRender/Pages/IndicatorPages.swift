/// A page per indicator, and the plan text.
extension CampaignPages {
    /// An indicator page lists at most this many units from the top and as
    /// many from the bottom.
    static let indicatorRowLimit = 50

    /// Indicator `k`'s page at `snapshot`: every unit ranked by the indicator.
    func indicatorPage(_ k: Int) -> IndicatorPage {
        let indicator = campaign.indicators[k]
        let standings = standings
        // The value to rank on (higher is better) and the position in
        // `standings`, of the units with a value: one page per indicator per
        // snapshot sorts them, so as plain pairs.
        var valued: [(value: Double, position: Int)] = []
        valued.reserveCapacity(standings.count)
        var unvalued: [Int] = []
        for (i, standing) in standings.enumerated() {
            if let value = standing.values[k] {
                valued.append((indicator.better == .higher ? value : -value, i))
            } else {
                unvalued.append(i)
            }
        }
        // Best first on this indicator; ties keep leaderboard order.
        valued.sort { a, b in
            let order = CompetitionRanking.compare(a.value, b.value)
            return order != 0 ? order < 0 : a.position < b.position
        }
        let ordered = valued.map(\.position) + unvalued
        let ranks = CompetitionRanking.ranks(ofSortedValues: valued.map(\.value))
        func row(_ i: Int) -> IndicatorRow {
            let standing = standings[ordered[i]]
            let check = standing.targetsMet.first { $0.indicator == k }
            return IndicatorRow(
                rank: i < ranks.count ? String(ranks[i]) : "—", name: campaign.units[standing.unit].name,
                url: unitURL(standing.unit), group: campaign.group(standing.group)?.name ?? "",
                value: format.value(standing.values[k], as: indicator.format), hasTarget: check != nil,
                met: check?.met ?? false, statusText: check.map { $0.met ? context.t("met") : context.t("not_met") } ?? "",
                need: check?.met == false ? need(unit: standing.unit, indicator: k) : "")
        }
        // Large campaigns: the best and the last units here, everyone in the
        // CSV download. Only the rows shown are built.
        let limit = Self.indicatorRowLimit
        var shown: [IndicatorRow]
        var omitted: String?
        if ordered.count > 2 * limit {
            var tail = (ordered.count - limit..<ordered.count).map(row)
            tail[0].gapBefore = true
            shown = (0..<limit).map(row) + tail
            // A past period's rows are in the history files, among every other date's.
            omitted = context.t(isCurrent ? "rows_omitted" : "rows_omitted_past",
                                ["count": format.integer(Double(ordered.count - 2 * limit)),
                                 "total": format.integer(Double(ordered.count)), "date": format.date(asOfDay)])
        } else {
            shown = ordered.indices.map(row)
        }
        // The charts are of the current snapshot: a past period's page is the table.
        let chart = isCurrent ? charts.distributions[k] : nil
        let title = isCurrent ? indicator.name + " — " + campaign.title
            : indicator.name + " — " + periodTitle + " — " + campaign.title
        return IndicatorPage(
            layout: layout(title: title, description: chart?.description ?? asOfText + ". " + indicator.name, finder: true),
            name: indicator.name, formula: rules.expression(indicator.formula), target: nonEmpty(targetSummary(indicator)),
            campaignURL: url(paths.leaderboard(at: snapshot, of: campaign)), asOf: asOfText, summary: chart?.description,
            chart: chart.map { block($0.svg(), paths.distributionChart(indicator.id)) },
            ring: isCurrent ? charts.rings[k]?.svg() : nil,
            periodNav: campaign.snapshots.count > 1 ? periodNav { paths.indicator(indicator.id, at: $0, of: campaign) } : nil,
            rows: shown, targets: standings.contains { $0.targetsMet.contains { $0.indicator == k } },
            omitted: omitted, omittedAt: limit,
            // The leaderboard files are current; a past period's page lists the
            // history files, which have every unit at every snapshot.
            csvURL: isCurrent ? url(paths.data + "leaderboard.csv") : url(paths.leaderboard(at: snapshot, of: campaign)) + "#" + PeriodPage.downloadsAnchor,
            csvText: context.t(isCurrent ? "download_csv" : "history_files"))
    }

    func planPage() -> PlanPage {
        PlanPage(
            layout: layout(title: context.t("plan") + " — " + campaign.title, description: campaign.title),
            title: campaign.title, issuer: campaign.issuer, document: planDocumentText,
            html: Markdown.html(campaign.body), campaignURL: campaignURL, method: methodSection())
    }
}
