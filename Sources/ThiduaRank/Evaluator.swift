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
        // Within one indicator every snapshot is independent: on every core
        // (a national year is 860,000 values, read before anything else can start).
        for (k, indicator) in campaign.indicators.enumerated() {
            // Read through a parameter, so that nothing holds the table when it is written (no copy).
            let columns = values(of: indicator.formula, campaign: campaign, table: table)
            for (s, column) in columns.enumerated() {
                for (u, value) in column.enumerated() { table[s][u][k] = value }
            }
        }
        return table
    }

    /// `[snapshot][unit]`: the formula's value over the table as it is.
    private static func values(of formula: Expression, campaign: Campaign, table: Table) -> [[Double?]] {
        Parallel.map(Array(campaign.snapshots.indices)) { s in
            campaign.units.indices.map { u in value(formula, snapshot: s, unit: u, campaign: campaign, table: table) }
        }
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
