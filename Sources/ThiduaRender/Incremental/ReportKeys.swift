import Foundation

/// The keys of a campaign's official reports (`reportSources(keys:)`),
/// from what they are made of rather than from their models. A report is
/// made on its period's pages (`CampaignPages.at`: the campaign with the
/// figures of its snapshot and of the one before only) and the group bars
/// of its snapshot, so its key is:
///
/// - the frame's: the campaign apart from its snapshots' rows
///   (`Campaign.planDigest`: the plan, roster, grants and data files'
///   names), the site's settings, the UI strings and thidua;
/// - the digests of the two snapshots' figures and standings
///   (`SnapshotDigests.snapshots`), its place, and whether it is the latest.
///
/// A report whose key names a PDF in the cache is not even modelled: a
/// new figure in the latest snapshot models two of a year's 52.
/// `ReportTests` changes figures of the example campaigns one at a time and
/// checks that every report whose pages change has another key.
enum ReportKeys {
    /// nil without a `PageReuse`, or for a campaign not read from files (no `planDigest`).
    static func keys(pages: CampaignPages, renderer: KeyedPages, digests: SnapshotDigests?) -> [PageKey]? {
        guard let texts = renderer.campaignTexts(pages), let digests else { return nil }
        let frame = FactsKey.key(texts: texts + ["official report"])
        let current = pages.campaign.current
        return digests.snapshots.indices.map { s in
            let before = s > 0 ? digests.snapshots[s - 1] : PageKey(high: 0, low: 0)
            return PageKey(words: [frame.high, frame.low, before.high, before.low, digests.snapshots[s].high,
                                   digests.snapshots[s].low, UInt64(s), s == current ? 1 : 0])
        }
    }
}
