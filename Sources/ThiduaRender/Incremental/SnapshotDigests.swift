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
struct SnapshotDigests {
    let files: [[PageKey]]
    let snapshots: [PageKey]

    init(_ result: CampaignResult, history: HistoryCSV) {
        let made = Parallel.map(Array(result.campaign.snapshots.indices)) { s in
            Self.digests(at: s, of: result, history: history)
        }
        files = made.map(\.files)
        snapshots = made.map(\.snapshot)
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
}
