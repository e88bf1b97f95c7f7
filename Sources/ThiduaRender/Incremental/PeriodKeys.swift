import Foundation

/// The keys of a campaign's past periods' pages (`ky/<date>/`: the
/// leaderboard and the indicator pages at a past snapshot), from what they
/// are made of rather than from their models. A period's pages are made on
/// the campaign with the figures of that snapshot and of the one before
/// only (`CampaignResult.keeping(snapshots:)`, no charts), so their key is:
///
/// - the frame's: the campaign apart from its snapshots' rows
///   (`Campaign.planDigest`), the site's settings, the UI strings, thidua,
///   and the campaign home's share card, whose text and version the
///   periods' share tags carry;
/// - the template's salt (`KeyedPages.salts`);
/// - the digests of the two snapshots' figures and standings
///   (`SnapshotDigests.snapshots`), each taken once per build.
///
/// A new figure in the latest snapshot leaves every past period's key as
/// it was: those pages are neither modelled nor rendered.
struct PeriodKeys {
    let frame: PageKey
    /// `[snapshot]`: the digest of its rows, values and standings.
    let snapshots: [PageKey]
    let salts: [String: PageKey]

    /// nil without a `PageReuse`, or for a campaign not read from files (no `planDigest`).
    init?(pages: CampaignPages, renderer: KeyedPages, digests: SnapshotDigests?, image: ShareImage, description: String) {
        guard let campaign = renderer.campaignTexts(pages), let digests else { return nil }
        frame = FactsKey.key(texts: campaign + [image.path, image.version, image.alt, description])
        snapshots = digests.snapshots
        salts = renderer.salts
    }

    /// The key of the page of `template` at past snapshot `s`; `indicator`:
    /// which indicator's page.
    func key(_ template: String, at s: Int, indicator: Int = -1) -> PageKey? {
        guard let salt = salts[template] else { return nil }
        let before = s > 0 ? snapshots[s - 1] : PageKey(high: 0, low: 0)
        return PageKey(words: [frame.high, frame.low, salt.high, salt.low, before.high, before.low,
                               snapshots[s].high, snapshots[s].low, UInt64(s), UInt64(bitPattern: Int64(indicator))])
    }
}
