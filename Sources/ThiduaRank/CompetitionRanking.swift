/// Competition ranking ("1, 2, 2, 4") on lexicographic keys where higher is
/// better and values within `Target.tolerance` are equal.
public enum CompetitionRanking {
    /// Compares two key lists: negative when `a` is better, positive when
    /// `b` is better, 0 when every key is equal within the tolerance.
    public static func compare(_ a: [Double], _ b: [Double]) -> Int {
        for (x, y) in zip(a, b) {
            let order = compare(x, y)
            if order != 0 { return order }
        }
        return 0
    }

    /// One key: negative when `x` is better (higher), positive when `y` is,
    /// 0 when they are equal within the tolerance.
    @inline(__always)
    public static func compare(_ x: Double, _ y: Double) -> Int {
        abs(x - y) > Target.tolerance ? (x > y ? -1 : 1) : 0
    }

    /// Ranks the items (already in an order where ties are broken by name).
    /// `items` must be sorted best first by `compare`; returns ranks in the
    /// same order. An item ties with the one before it when their keys compare equal.
    public static func ranks(ofSorted keys: [[Double]]) -> [Int] {
        var ranks: [Int] = []
        ranks.reserveCapacity(keys.count)
        for i in keys.indices {
            if i > 0 && compare(keys[i - 1], keys[i]) == 0 {
                ranks.append(ranks[i - 1])
            } else {
                ranks.append(i + 1)
            }
        }
        return ranks
    }

    /// `ranks(ofSorted:)` of single keys, without a list per item.
    public static func ranks(ofSortedValues values: [Double]) -> [Int] {
        var ranks: [Int] = []
        ranks.reserveCapacity(values.count)
        for i in values.indices {
            ranks.append(i > 0 && compare(values[i - 1], values[i]) == 0 ? ranks[i - 1] : i + 1)
        }
        return ranks
    }
}
