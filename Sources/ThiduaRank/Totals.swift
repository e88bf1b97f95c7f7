/// The figures of a set of units taken together ("Toàn tỉnh", a group):
/// each metric aggregated over the units with a row, each indicator
/// computed by its formula on those aggregates (a ratio of sums, not a mean
/// of ratios).
public struct TotalFigures: Hashable, Sendable {
    /// Indexed by metric; nil for `aggregate: none` or when no unit has the figure.
    public var metrics: [Double?]
    /// Indexed by indicator; nil where the formula is undefined.
    public var values: [Double?]
}

/// The totals of a campaign at one snapshot: the whole campaign and each group.
public struct Totals: Hashable, Sendable {
    public var all: TotalFigures
    /// Indexed like `Campaign.groups`.
    public var groups: [TotalFigures]

    /// The totals of every snapshot (indexed like `Campaign.snapshots`).
    public static func compute(_ campaign: Campaign) -> [Totals] {
        let sets: [[Int]] = [Array(campaign.units.indices)] + campaign.groups.map { group in
            campaign.units.indices.filter { campaign.units[$0].group == group.id }
        }
        let perSet = sets.map { units -> [TotalFigures] in
            let aggregated = campaign.snapshots.map { aggregate($0, units: units, metrics: campaign.metrics) }
            var baseline: TotalFigures?
            if let b = campaign.baseline {
                // At the baseline, baseline(e) is e itself.
                baseline = figures(metrics: aggregated[b], campaign: campaign, baseline: nil)
            }
            return aggregated.map { figures(metrics: $0, campaign: campaign, baseline: baseline) }
        }
        return campaign.snapshots.indices.map { s in
            Totals(all: perSet[0][s], groups: perSet.dropFirst().map { $0[s] })
        }
    }

    /// Each metric over the units that have a row, on their non-empty cells.
    static func aggregate(_ snapshot: Snapshot, units: [Int], metrics: [Metric]) -> [Double?] {
        metrics.indices.map { m in
            let aggregate = metrics[m].aggregate
            guard aggregate != .none else { return nil }
            var sum = 0.0, count = 0
            for u in units {
                guard let value = snapshot.rows[u]?[m] ?? nil else { continue }
                sum += value
                count += 1
            }
            guard count > 0 else { return nil }
            return aggregate == .mean ? sum / Double(count) : sum
        }
    }

    /// The indicators computed on aggregated metrics; `baseline` nil means
    /// these figures are the baseline's own.
    static func figures(metrics: [Double?], campaign: Campaign, baseline: TotalFigures?) -> TotalFigures {
        var values = [Double?](repeating: nil, count: campaign.indicators.count)
        for (k, indicator) in campaign.indicators.enumerated() {
            values[k] = evaluate(indicator.formula, metrics: metrics, values: values, baseline: baseline,
                                 hasBaseline: campaign.baseline != nil)
        }
        return TotalFigures(metrics: metrics, values: values)
    }

    static func evaluate(_ expression: Expression, metrics: [Double?], values: [Double?], baseline: TotalFigures?,
                         hasBaseline: Bool) -> Double? {
        expression.evaluate(
            metric: { metrics[$0] },
            indicator: { values[$0] },
            baseline: { inner in
                guard hasBaseline else { return nil }
                let at = baseline ?? TotalFigures(metrics: metrics, values: values)
                return evaluate(inner, metrics: at.metrics, values: at.values, baseline: nil, hasBaseline: true)
            })
    }
}
