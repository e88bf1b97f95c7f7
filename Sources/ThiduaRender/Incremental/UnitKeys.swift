import Foundation

/// The keys of a unit's page and embed, from what they are made of rather
/// than from their models: the campaign's `unitFrame()` (keyed once per
/// campaign) and the unit's `UnitFacts`. A unit whose two keys the live
/// site has is neither modelled nor rendered, which is most of a national
/// build after one changed figure.
///
/// The frame's key names everything a frame holds: the campaign apart
/// from its snapshots' rows (`Campaign.planDigest`), the site's settings,
/// the UI strings, thidua and the two templates (their salts), the counts
/// of the current scopes and whether the table shows rank changes (the
/// table's shape is made from the plan, the settings and that flag).
struct UnitKeys {
    let frame: PageKey
    let pageSalt: PageKey
    let embedSalt: PageKey

    /// nil without a `PageReuse`, or for a campaign not read from files
    /// (no `planDigest`): its unit pages are then keyed by their models.
    init?(frame: CampaignPages, renderer: KeyedPages) {
        guard let reuse = renderer.reuse, !frame.campaign.planDigest.isEmpty,
              let page = renderer.salts["unit"], let embed = renderer.salts["embed-unit"] else { return nil }
        pageSalt = page
        embedSalt = embed
        let settings = frame.context.settings
        var texts = [reuse.toolIdentity, frame.campaign.planDigest, settings.title, settings.baseURL ?? "\u{1}",
                     settings.language.rawValue, settings.organization ?? "\u{1}", frame.context.root,
                     frame.table.hasChange ? "change" : "-", String(frame.snapshot), String(frame.scopes.ranked)]
        for group in frame.scopes.rankedInGroup.keys.sorted() {
            texts += ["group", group, String(frame.scopes.rankedInGroup[group]!)]
        }
        for group in frame.scopes.rankedInBracket.keys.sorted() {
            let brackets = frame.scopes.rankedInBracket[group]!
            for bracket in brackets.keys.sorted() { texts += ["bracket", group, String(bracket), String(brackets[bracket]!)] }
        }
        self.frame = PageKey(texts: texts)
    }

    /// The keys of the unit page and of the unit embed made from `facts`.
    func keys(_ facts: UnitFacts) -> (page: PageKey, embed: PageKey) {
        var writer = UnitFactsKey()
        writer.write(facts)
        let own = writer.bytes.withUnsafeBytes { PageKey(bytes: $0) }
        return (combined(pageSalt, own), combined(embedSalt, own))
    }

    private func combined(_ salt: PageKey, _ own: PageKey) -> PageKey {
        [frame.high, frame.low, salt.high, salt.low, own.high, own.low].map(\.littleEndian).withUnsafeBytes { PageKey(bytes: $0) }
    }
}
