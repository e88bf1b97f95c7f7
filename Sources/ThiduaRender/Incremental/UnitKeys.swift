import Foundation

/// The keys of a unit's page, embed and share card, from what they are
/// made of rather than from their models: the campaign's `unitFrame()`
/// (keyed once per campaign) and the unit's `UnitFacts`. A unit whose keys
/// the live site has is neither modelled nor rendered, and its card is not
/// drawn: that is most of a national build after one changed figure.
///
/// The frame's key names everything a frame holds: the campaign apart from
/// its snapshots' rows (`Campaign.planDigest`), the site's settings, the
/// UI strings, thidua, the counts of the current scopes, the snapshots'
/// dates and whether the table shows rank changes (the table's shape is
/// made from the plan, the settings and that flag). Each file's own salt adds its template (the
/// page's, the embed's) or the card's rasteriser (`PageReuse.cardIdentity`).
struct UnitKeys {
    let frame: PageKey
    let pageSalt: PageKey
    let embedSalt: PageKey
    let cardSalt: PageKey

    /// nil without a `PageReuse`, or for a campaign not read from files
    /// (no `planDigest`): its unit pages are then keyed by their models.
    init?(frame: CampaignPages, renderer: KeyedPages) {
        guard let reuse = renderer.reuse, let campaign = renderer.campaignTexts(frame),
              let page = renderer.salts["unit"], let embed = renderer.salts["embed-unit"] else { return nil }
        pageSalt = page
        embedSalt = embed
        cardSalt = PageKey(texts: ["share card", reuse.cardIdentity])
        var texts = campaign + [frame.table.hasChange ? "change" : "-", String(frame.snapshot), String(frame.scopes.ranked)]
        // The charts' dates (`UnitChartInputs` leaves them to the frame).
        texts += frame.campaign.snapshots.map(\.date.description)
        for group in frame.scopes.rankedInGroup.keys.sorted() {
            texts += ["group", group, String(frame.scopes.rankedInGroup[group]!)]
        }
        for group in frame.scopes.rankedInBracket.keys.sorted() {
            let brackets = frame.scopes.rankedInBracket[group]!
            for bracket in brackets.keys.sorted() { texts += ["bracket", group, String(bracket), String(brackets[bracket]!)] }
        }
        self.frame = FactsKey.key(texts: texts)
    }

    /// The keys of the unit page, the unit embed and the unit's share card made from `facts`.
    func keys(_ facts: UnitFacts) -> (page: PageKey, embed: PageKey, card: PageKey) {
        var writer = FactsKey()
        writer.write(facts)
        let own = writer.key
        return (combined(pageSalt, own), combined(embedSalt, own), combined(cardSalt, own))
    }

    private func combined(_ salt: PageKey, _ own: PageKey) -> PageKey {
        PageKey(words: [frame.high, frame.low, salt.high, salt.low, own.high, own.low])
    }
}
