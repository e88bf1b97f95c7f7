import Foundation

/// Standings an earlier build ranked, read back from the cache folder
/// beside the card cache (`.thidua-cache/standings/`): the Rank stage
/// decodes the standings of a snapshot it has ranked before instead of
/// evaluating and ranking it again. One corrected figure or one new week
/// leaves the other 51 snapshots of a national year as they were.
///
/// An entry is named by its key (`keys`), a hash of everything a
/// snapshot's standings are made of: its figures, read from a file whose
/// `Snapshot.inputKey` already names thidua, the plan and the roster, and
/// the baseline snapshot's (formulas may read `baseline(…)`). Nothing else
/// goes in: a snapshot is ranked on its own.
public struct RankMemo: Sendable {
    /// The encoded standings found in the cache, by key.
    public var entries: [String: Data]

    public init(entries: [String: Data] = [:]) {
        self.entries = entries
    }

    /// The key of each snapshot's standings, in the order of
    /// `campaign.snapshots`; nil when a snapshot's inputs are not known
    /// (a campaign made in memory): it is then ranked, not kept.
    public static func keys(_ campaign: Campaign) -> [String]? {
        guard campaign.snapshots.allSatisfy({ !$0.inputKey.isEmpty }) else { return nil }
        let baseline = campaign.baseline.map { campaign.snapshots[$0].inputKey } ?? "-"
        return campaign.snapshots.map { snapshot in
            var key = MemoKey()
            for text in ["standings 1", snapshot.inputKey, baseline] { key.add(text) }
            return key.description
        }
    }
}
