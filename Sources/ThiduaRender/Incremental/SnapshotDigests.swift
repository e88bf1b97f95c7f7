import Foundation

/// Digests of every snapshot's figures and standings, taken once per build
/// (one walk over the standings, the snapshots spread over the cores) and
/// shared by the keys made of them:
///
/// - `files[s][f]`: history file `f`'s rows at snapshot `s` (`HistoryKeys`):
///   the date, then each of the file's units' standing and figures, in
///   the file's order;
/// - `snapshots[s]`: all of snapshot `s` (`PeriodKeys`): the files' digests,
///   the order of the standings, the values table, and the standings and
///   rows of any unit no file holds.
///
/// A snapshot's digests are made of its own standings and figures alone
/// (the files' units come from the plan and roster), so an earlier build's
/// are taken from `memo` under a key made of the snapshot's standings key
/// (`CampaignResult.rankKeys`) and its place: one corrected figure leaves
/// the other snapshots' digests to be read, not hashed again.
public struct SnapshotDigests {
    let files: [[PageKey]]
    let snapshots: [PageKey]
    /// The digests made anew, to keep, and the keys used.
    let kept: MemoEntries

    init(_ result: CampaignResult, history: HistoryCSV, memo: [String: Data] = [:]) {
        let keys = Self.memoKeys(result)
        let made = Parallel.map(Array(result.campaign.snapshots.indices)) { s -> (files: [PageKey], snapshot: PageKey, fresh: Data?) in
            if let key = keys?[s], let data = memo[key], let known = Self.decode(data, files: history.positions.count) {
                return (known.files, known.snapshot, nil)
            }
            let (files, snapshot) = Self.digests(at: s, of: result, history: history)
            return (files, snapshot, keys == nil ? nil : Self.encode(files: files, snapshot: snapshot))
        }
        files = made.map(\.files)
        snapshots = made.map(\.snapshot)
        var kept = MemoEntries()
        if let keys {
            for (key, entry) in zip(keys, made) {
                kept.used.insert(key)
                if let fresh = entry.fresh { kept.fresh[key] = fresh }
            }
        }
        self.kept = kept
    }

    /// The memo key of each snapshot's digests, nil without standings keys.
    public static func memoKeys(_ result: CampaignResult) -> [String]? {
        result.rankKeys.map { keys in
            keys.enumerated().map { s, rankKey in
                var key = MemoKey()
                for text in ["snapshot digests 1", rankKey, String(s)] { key.add(text) }
                return key.description
            }
        }
    }

    private static func digests(at s: Int, of result: CampaignResult, history: HistoryCSV)
        -> (files: [PageKey], snapshot: PageKey) {
        let files = history.positions.map { positions in
            var writer = FactsKey()
            writer.write(snapshot: s, positions: positions[s], of: result)
            return writer.key
        }
        var writer = FactsKey()
        writer.write(snapshot: s, files: files, history: history, of: result)
        return (files, writer.key)
    }

    private static let magic = Array("thidua-snapshot-digests 1\n".utf8)

    static func encode(files: [PageKey], snapshot: PageKey) -> Data {
        var out = MemoWriter(magic: magic)
        out.int(files.count)
        for key in files + [snapshot] {
            out.word(key.high)
            out.word(key.low)
        }
        return out.sealed()
    }

    /// nil unless exactly what `encode` wrote for `files` history files.
    static func decode(_ data: Data, files count: Int) -> (files: [PageKey], snapshot: PageKey)? {
        data.withUnsafeBytes { raw -> (files: [PageKey], snapshot: PageKey)? in
            guard var input = MemoReader(raw, magic: magic), input.int() == count else { return nil }
            var keys: [PageKey] = []
            keys.reserveCapacity(count + 1)
            for _ in 0...count {
                guard let high = input.word(), let low = input.word() else { return nil }
                keys.append(PageKey(high: high, low: low))
            }
            guard input.atEnd, let snapshot = keys.popLast() else { return nil }
            return (keys, snapshot)
        }
    }
}
