import Foundation

/// The keys of a campaign's history files (`HistoryCSV`, one per group),
/// from what they are made of: the campaign apart from its snapshots' rows
/// (`KeyedPages.campaignTexts`: the plan, the roster, the dates' files, the
/// settings and thidua) and, at every snapshot, the group's standings and
/// figures in the file's order (`SnapshotDigests.files`). A new figure rewrites its own group's file;
/// the others are kept without being formatted (a national year's files are
/// 24,7 MB of text).
struct HistoryKeys {
    let frame: PageKey

    /// nil without a `PageReuse`, or for a campaign not read from files.
    init?(pages: CampaignPages, renderer: KeyedPages) {
        guard let campaign = renderer.campaignTexts(pages) else { return nil }
        frame = FactsKey.key(texts: campaign + ["history"])
    }

    /// The key of file `f` of `history`, whose rows at each snapshot `digests` has.
    func key(file f: Int, of history: HistoryCSV, digests: SnapshotDigests) -> PageKey {
        var writer = FactsKey()
        writer.write(texts: [frame.description, history.groups[f]])
        for snapshot in digests.files { writer.write(snapshot[f]) }
        return writer.key
    }
}
