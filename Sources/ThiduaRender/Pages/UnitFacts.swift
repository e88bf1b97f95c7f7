import Foundation

/// Everything of one unit that its page, its embed and its share card
/// show, gathered once from the ranked result (its charts, from what they
/// are drawn from). Those three
/// are made from these facts and the campaign's `unitFrame()` alone, which
/// holds no unit's data: so the facts' bytes (`FactsKey`) with the
/// frame's key say whether the unit's files can change, and a unit whose
/// key the live site has is not made again.
struct UnitFacts {
    /// One row of the unit page's table of figures.
    struct HistoryRow {
        var snapshot: Int
        var rank: Int?
        var values: [Double?]
    }

    /// A unit of the neighbours table, with its row's cells as rendered.
    struct Neighbour {
        var unit: Int
        var cells: String
    }

    /// The unit's standing at the current snapshot.
    var standing: Standing
    /// The latest snapshots (at most `CampaignPages.historyRows`), oldest first.
    var history: [HistoryRow]
    /// The rank change since the previous snapshot (`Movement.rankChange`),
    /// nil when there is none to tell, or when the table shows none.
    var change: Int?
    /// The rank change since the baseline, nil when there is none to tell.
    var baselineChange: Int?
    /// `[indicator]`: what the unit still needs (`Gap.of`).
    var gaps: [Gap?]
    /// `[indicator]`: snapshots in a row meeting the target (`History.streak`).
    var streaks: [Int]
    /// `[indicator]`: when the target will be met at the present pace (`History.pace`).
    var paces: [History.Pace?]
    /// What the unit's charts are drawn from: the charts themselves are
    /// drawn only when the unit's page is made (`CampaignPages.unitCharts`).
    var chartInputs: UnitChartInputs
    /// The unit and up to two units either side of it in its group's order.
    var neighbours: [Neighbour]
}

extension CampaignPages {
    /// The builder of this campaign's charts; pages without charts (a
    /// frame, a past period's slice) have none, and asking stops the build.
    var chartBuilder: ChartBuilder {
        guard let builder = charts.builder else { preconditionFailure("these pages have no charts (CampaignCharts.none)") }
        return builder
    }

    /// The charts of unit `u`'s page, drawn now.
    func unitCharts(_ u: Int) -> UnitCharts { chartBuilder.unitCharts(u) }

    /// The facts of the unit of `standing` (a current standing). `neighbourCells[u]`:
    /// the cells of unit `u`'s row in a neighbours table.
    func unitFacts(_ standing: Standing, neighbourCells: [String]) -> UnitFacts {
        let u = standing.unit
        let current = campaign.current
        let history = campaign.snapshots.indices.suffix(Self.historyRows).map { s in
            UnitFacts.HistoryRow(snapshot: s, rank: result.rank(of: u, at: s), values: result.values[s][u])
        }
        var baselineChange: Int?
        if let baseline = campaign.baseline, baseline != current {
            baselineChange = Movement.rankChange(unit: u, from: baseline, to: current, result: result)
        }
        let indicators = campaign.indicators.indices
        return UnitFacts(
            standing: standing, history: history,
            change: table.hasChange ? Movement.rankChange(unit: u, from: previousSnapshot, to: snapshot, result: result) : nil,
            baselineChange: baselineChange,
            gaps: indicators.map { Gap.of(indicator: $0, unit: u, snapshot: current, result: result) },
            streaks: indicators.map { History.streak(unit: u, indicator: $0, upTo: current, result: result) },
            paces: indicators.map { History.pace(unit: u, indicator: $0, result: result) },
            chartInputs: chartBuilder.inputs(unit: u),
            neighbours: neighbours(standing).map { UnitFacts.Neighbour(unit: $0.unit, cells: neighbourCells[$0.unit]) })
    }
}
