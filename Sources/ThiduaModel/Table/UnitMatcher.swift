/// Finds the roster unit a name in a data file refers to, when a snapshot
/// has a `name` column instead of unit ids.
///
/// In order, the first that picks out any unit decides: the same name
/// (ignoring case, spaces and NFC/NFD, `TextKey.exact`); the same name
/// once a declared prefix (`data.name_prefixes`, e.g. "UBND huyện") is
/// taken off both; then both of these again ignoring diacritics. A name
/// that fits two units is ambiguous: never a guess. A unit's aliases
/// (units.csv `aliases`) are matched like its name.
struct UnitMatcher {
    enum Match: Equatable {
        case unit(Int)
        case unknown
        case ambiguous([Int])
    }

    private var tiers: [(key: (String) -> String, index: [String: [Int]])] = []
    /// Units by their name as units.csv writes it, for the rows that copy it
    /// byte for byte (most exports): only names whose exact key no other
    /// unit shares, so the answer is the one of the first tier.
    private var verbatim: [String: Int] = [:]
    private var names: [String] = []

    init(units: [Unit], prefixes: [String]) {
        let exactPrefixes = prefixes.map(TextKey.exact).filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        let foldedPrefixes = prefixes.map(TextKey.folded).filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        func strip(_ key: String, _ prefixes: [String]) -> String {
            for prefix in prefixes where key.hasPrefix(prefix + " ") {
                return String(key.dropFirst(prefix.count + 1))
            }
            return key
        }
        var keys: [(String) -> String] = [TextKey.exact]
        if !exactPrefixes.isEmpty { keys.append { strip(TextKey.exact($0), exactPrefixes) } }
        keys.append(TextKey.folded)
        if !foldedPrefixes.isEmpty { keys.append { strip(TextKey.folded($0), foldedPrefixes) } }
        for key in keys {
            var index: [String: [Int]] = [:]
            for (position, unit) in units.enumerated() {
                // A unit is found by its name or any of its aliases (units.csv `aliases`), once.
                for name in [unit.name] + unit.aliases {
                    let k = key(name)
                    if index[k]?.last != position { index[k, default: []].append(position) }
                }
            }
            tiers.append((key, index))
        }
        names = units.map(\.name)
        for (position, name) in names.enumerated() where tiers[0].index[tiers[0].key(name)]?.count == 1 {
            verbatim[name] = position
        }
    }

    func find(_ name: String) -> Match {
        // String keys compare by canonical equivalence: check the bytes too,
        // so that only the very same text skips the normalisation.
        if let position = verbatim[name], names[position].utf8.elementsEqual(name.utf8) {
            return .unit(position)
        }
        for tier in tiers {
            if let found = tier.index[tier.key(name)] {
                return found.count == 1 ? .unit(found[0]) : .ambiguous(found)
            }
        }
        return .unknown
    }
}
