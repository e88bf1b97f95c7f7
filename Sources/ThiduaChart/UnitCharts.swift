/// The charts of one unit's page: a bullet and a trend per indicator, and
/// the unit's rank over the snapshots. Drawn only for a unit whose page is
/// made (`ChartBuilder.unitCharts`); whether it must be made is told by
/// what they are drawn from (`UnitChartInputs`).
public struct UnitCharts: Sendable {
    /// `[indicator]`: the unit's value against its target.
    public var bullets: [BulletChart]
    /// `[indicator]`: the unit's value over the snapshots.
    public var trends: [TrendChart]
    /// The unit's overall rank over the snapshots.
    public var rankTrend: TrendChart
}

/// What a unit's charts are drawn from besides the campaign as planned
/// (its indicators, targets, groups, units and snapshot dates), the site's
/// strings and number format, the counts of the current scopes and the
/// unit's current standing: equal inputs there and here draw equal charts.
/// `UnitKeysTests` changes figures of the example campaigns one at a time
/// and checks that every unit whose charts change has other inputs.
public struct UnitChartInputs: Sendable {
    /// `[snapshot]`: the unit's indicator values (the trends).
    public var values: [[Double?]]
    /// `[snapshot]`: the unit's overall rank (the rank trend).
    public var ranks: [Int?]
    /// `[indicator]`: the median and best value of the unit's group now
    /// (the bullets' references), nil without values.
    public var references: [GroupReference?]
    /// `[indicator]`: the range of its values over all units and snapshots
    /// (the scales of bullets and trends, and the trends' gridlines).
    public var domains: [(low: Double, high: Double)]
}

extension ChartBuilder {
    package func unitCharts(_ u: Int) -> UnitCharts {
        UnitCharts(bullets: campaign.indicators.indices.map { bullet(unit: u, indicator: $0) },
                   trends: campaign.indicators.indices.map { trend(unit: u, indicator: $0) },
                   rankTrend: rankTrend(unit: u))
    }

    /// What `unitCharts(u)` reads of the result beyond the unit's current standing.
    package func inputs(unit u: Int) -> UnitChartInputs {
        let group = campaign.units[u].group
        return UnitChartInputs(values: campaign.snapshots.indices.map { result.values[$0][u] },
                               ranks: campaign.snapshots.indices.map { result.rank(of: u, at: $0) },
                               references: references.map { $0[group] },
                               domains: domains)
    }
}
