/// Competition ranks within scopes (overall, group, group and bracket) of
/// one snapshot, on ranking keys kept in one flat array.
struct ScopeRanking {
    /// `keys[u * width ..< (u + 1) * width]`: unit `u`'s key, higher is better.
    var keys: [Double]
    var width: Int
    /// `[unit]`: whether the unit is ranked at all.
    var ranked: [Bool]
    /// `[unit]`: position in Vietnamese alphabetical order, the tie-break.
    var alphabetical: [Int]

    /// `CompetitionRanking.compare` of two units' keys.
    func compare(_ a: Int, _ b: Int) -> Int {
        for j in 0..<width {
            let order = CompetitionRanking.compare(keys[a * width + j], keys[b * width + j])
            if order != 0 { return order }
        }
        return 0
    }

    /// Ranks the ranked units within each scope: `scopes[u]` is the scope
    /// of unit `u` (standings are in unit order; nil: not ranked in one).
    func assign<Scope: Hashable>(_ standings: inout [Standing], scopes: [Scope?], set: (inout Standing, Int) -> Void) {
        var members: [Scope: [Int]] = [:]
        var order: [Scope] = []
        for u in scopes.indices where ranked[u] {
            guard let scope = scopes[u] else { continue }
            if members[scope] == nil { order.append(scope) }
            members[scope, default: []].append(u)
        }
        for scope in order {
            let sorted = members[scope]!.sorted { a, b in
                let order = compare(a, b)
                return order != 0 ? order < 0 : alphabetical[a] < alphabetical[b]
            }
            // As `CompetitionRanking.ranks(ofSorted:)`: a tie with the one before shares its rank.
            var previousRank = 0
            for (i, u) in sorted.enumerated() {
                let rank = i > 0 && compare(sorted[i - 1], u) == 0 ? previousRank : i + 1
                set(&standings[u], rank)
                previousRank = rank
            }
        }
    }
}
