/// Computes every indicator for every unit at every snapshot.
public enum Evaluator {
    /// Indicator values indexed `[snapshot][unit][indicator]`; nil where undefined.
    public typealias Table = [[[Double?]]]

    public static func evaluate(_ campaign: Campaign) -> Table {
        evaluate(campaign, known: [])
    }

    /// As `evaluate`, taking the values of snapshot `s` from `known[s]`
    /// (`[unit][indicator]`) where it is there, and evaluating the others.
    static func evaluate(_ campaign: Campaign, known: [[[Double?]]?]) -> Table {
        let indicatorCount = campaign.indicators.count
        var open: [Int] = []
        var table: Table = campaign.snapshots.indices.map { s in
            if s < known.count, let values = known[s] { return values }
            open.append(s)
            return Array(repeating: Array(repeating: nil, count: indicatorCount), count: campaign.units.count)
        }
        guard !open.isEmpty else { return table }
        // Indicator by indicator, so that an indicator and baseline(…) of it
        // are ready, at every snapshot, before a later indicator reads them.
        // Within one indicator every snapshot is independent: on every core
        // (a national year is 860,000 values, read before anything else can start).
        for (k, indicator) in campaign.indicators.enumerated() {
            // Read through a parameter, so that nothing holds the table when it is written (no copy).
            let columns = values(of: indicator.formula, at: open, campaign: campaign, table: table)
            for (s, column) in zip(open, columns) {
                for (u, value) in column.enumerated() { table[s][u][k] = value }
            }
        }
        return table
    }

    /// `[snapshot][unit]`: the formula's value over the table as it is, at each of `snapshots`.
    private static func values(of formula: Expression, at snapshots: [Int], campaign: Campaign, table: Table) -> [[Double?]] {
        Parallel.map(snapshots) { s in
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
