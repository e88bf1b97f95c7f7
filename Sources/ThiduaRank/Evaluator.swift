/// Computes every indicator for every unit at every snapshot.
public enum Evaluator {
    /// Indicator values indexed `[snapshot][unit][indicator]`; nil where undefined.
    public typealias Table = [[[Double?]]]

    public static func evaluate(_ campaign: Campaign) -> Table {
        let indicatorCount = campaign.indicators.count
        var table: Table = campaign.snapshots.map { _ in
            Array(repeating: Array(repeating: nil, count: indicatorCount), count: campaign.units.count)
        }
        // Indicator by indicator, so that an indicator and baseline(…) of it
        // are ready, at every snapshot, before a later indicator reads them.
        for (k, indicator) in campaign.indicators.enumerated() {
            for s in campaign.snapshots.indices {
                for u in campaign.units.indices {
                    table[s][u][k] = value(indicator.formula, snapshot: s, unit: u, campaign: campaign, table: table)
                }
            }
        }
        return table
    }

    static func value(_ expression: Expression, snapshot s: Int, unit u: Int,
                      campaign: Campaign, table: Table) -> Double? {
        switch expression {
        case .number(let number):
            return number
        case .metric(let index):
            return campaign.snapshots[s].rows[u]?[index] ?? nil
        case .indicator(let index):
            return table[s][u][index]
        case .negate(let inner):
            return value(inner, snapshot: s, unit: u, campaign: campaign, table: table).map { -$0 }
        case .baseline(let inner):
            guard let baseline = campaign.baseline else { return nil }
            return value(inner, snapshot: baseline, unit: u, campaign: campaign, table: table)
        case .binary(let op, let left, let right):
            guard let l = value(left, snapshot: s, unit: u, campaign: campaign, table: table),
                  let r = value(right, snapshot: s, unit: u, campaign: campaign, table: table)
            else { return nil }
            return op.apply(l, r)
        }
    }
}
