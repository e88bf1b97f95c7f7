/// What a unit's value on an indicator is compared with on its bullet
/// chart: the median of its group and the group's best value.
public struct GroupReference: Equatable, Sendable {
    public var median: Double
    /// The unit (index) with the best value and that value. Ties go to the
    /// unit listed first in the group's leaderboard.
    public var best: Int
    public var bestValue: Double

    /// From the values of a group's units in leaderboard order (units
    /// without a value left out); nil without values. The median of an even
    /// count is the mean of the middle two.
    init?(_ values: [(unit: Int, value: Double)], better: Direction) {
        guard var best = values.first else { return nil }
        for entry in values.dropFirst() {
            // Strictly better only: an equal value keeps the earlier unit.
            if better == .higher ? entry.value > best.value : entry.value < best.value { best = entry }
        }
        let sorted = values.map(\.value).sorted()
        let middle = sorted.count / 2
        median = sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
        self.best = best.unit
        bestValue = best.value
    }
}
