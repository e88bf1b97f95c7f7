/// The Atom feed of data updates: one entry per snapshot per campaign, with
/// the headline change since the snapshot before. Dates come from the
/// snapshots' file names (midnight, Vietnam time), never from the clock.
struct AtomFeed {
    struct Entry {
        var campaign: Campaign
        var snapshot: Int
        var day: Day
        var title: String
        var summary: String
    }

    var context: PageContext

    /// The site-wide feed holds the newest entries of every campaign.
    static let siteLimit = 200

    func t(_ key: String, _ values: [String: String] = [:]) -> String { context.t(key, values) }

    /// Every snapshot of a campaign as an entry, oldest first.
    func entries(_ pages: CampaignPages) -> [Entry] {
        let campaign = pages.campaign, result = pages.result
        // One summary per snapshot, each a pass over every standing: on every core.
        return Parallel.map(Array(campaign.snapshots.indices)) { s in
            let day = campaign.snapshots[s].date
            return Entry(campaign: campaign, snapshot: s, day: day,
                         title: t("feed_entry_title", ["campaign": campaign.title, "date": context.format.date(day)]),
                         summary: summary(result, s, pages: pages))
        }
    }

    /// "9/23 đơn vị đạt chỉ tiêu (kỳ trước 5/23). Dẫn đầu: … Tăng hạng nhiều nhất: …"
    func summary(_ result: CampaignResult, _ s: Int, pages: CampaignPages) -> String {
        let campaign = result.campaign
        // Standings read in place, by index: the feed summarises every snapshot.
        let standings = result.standings[s]
        var sentences: [String] = []
        var reported = 0
        for i in standings.indices where standings[i].reported { reported += 1 }
        sentences.append(t("feed_reported", ["count": String(reported), "total": String(campaign.units.count)]))
        if let k = pages.cardIndicator(group: campaign.groups.first?.id ?? "") {
            let indicator = campaign.indicators[k]
            func meeting(_ list: [Standing]) -> (Int, Int)? {
                var met = 0, checked = 0
                for i in list.indices {
                    guard let check = list[i].targetsMet.first(where: { $0.indicator == k }) else { continue }
                    checked += 1
                    if check.met { met += 1 }
                }
                return checked == 0 ? nil : (met, checked)
            }
            if let (met, total) = meeting(standings) {
                var text = t("feed_meeting", ["count": context.format.count(met), "total": context.format.count(total), "indicator": indicator.name])
                if s > 0, let (before, totalBefore) = meeting(result.standings[s - 1]) {
                    text += " " + t("feed_before", ["count": context.format.count(before), "total": context.format.count(totalBefore)])
                }
                sentences.append(text + ".")
            }
            if let first = standings.first, first.isRanked {
                sentences.append(t("card_leader", ["unit": campaign.units[first.unit].name,
                                                   "value": context.format.value(first.values[k], as: indicator.format)]))
            }
        }
        if s > 0 {
            let changes = standings.indices.compactMap { i -> (Int, Int)? in
                let unit = standings[i].unit
                return Movement.rankChange(unit: unit, from: s - 1, to: s, result: result).map { (unit, $0) }
            }
            if let best = changes.filter({ $0.1 > 0 }).max(by: { $0.1 < $1.1 }) {
                sentences.append(t("feed_mover", ["unit": campaign.units[best.0].name, "count": String(best.1)]))
            }
        } else {
            sentences.append(t("feed_first"))
        }
        return sentences.joined(separator: " ")
    }

    /// The feed document. `entries` are written newest first (ties: campaign
    /// folder order); `selfPath` is the feed's own site-relative path.
    func document(title: String, selfPath: String, alternatePath: String, entries: [Entry]) -> String? {
        guard let base = context.settings.baseURL, let feedURL = context.absolute(selfPath),
              let alternate = context.absolute(alternatePath) else { return nil }
        let ordered = Self.newestFirst(entries)
        let updated = ordered.first.map { timestamp($0.day) } ?? "1970-01-01T00:00:00Z"
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"\(context.settings.language.rawValue)\">\n"
        xml += "<title>\(xmlEscape(title))</title>\n"
        xml += "<id>\(xmlEscape(tag(base, day: ordered.last?.day, path: selfPath)))</id>\n"
        xml += "<updated>\(updated)</updated>\n"
        xml += "<link rel=\"self\" type=\"application/atom+xml\" href=\"\(xmlEscape(feedURL))\"/>\n"
        xml += "<link rel=\"alternate\" type=\"text/html\" href=\"\(xmlEscape(alternate))\"/>\n"
        xml += "<author><name>\(xmlEscape(context.settings.organization ?? context.settings.title))</name></author>\n"
        xml += "<generator>thidua</generator>\n"
        for entry in ordered {
            let page = CampaignPaths(slug: entry.campaign.slug).home
            xml += "<entry>\n<title>\(xmlEscape(entry.title))</title>\n"
            xml += "<id>\(xmlEscape(tag(base, day: entry.day, path: page + entry.day.description)))</id>\n"
            xml += "<updated>\(timestamp(entry.day))</updated>\n"
            xml += "<link rel=\"alternate\" type=\"text/html\" href=\"\(xmlEscape(context.absolute(page) ?? ""))\"/>\n"
            xml += "<summary type=\"text\">\(xmlEscape(entry.summary))</summary>\n</entry>\n"
        }
        return xml + "</feed>\n"
    }

    /// Newest first; entries of the same day keep their order.
    static func newestFirst(_ entries: [Entry]) -> [Entry] {
        entries.enumerated().sorted { a, b in
            a.element.day != b.element.day ? b.element.day < a.element.day : a.offset < b.offset
        }.map(\.element)
    }

    /// `2024-10-31T00:00:00+07:00`.
    func timestamp(_ day: Day) -> String { day.description + "T00:00:00+07:00" }

    /// A tag URI (RFC 4151), stable across rebuilds and moves of the files:
    /// `tag:example.gov.vn,2024-07-16:/thidua/dak-nong-2024/2024-07-16`.
    func tag(_ base: String, day: Day?, path: String) -> String {
        var host = base
        if let scheme = host.range(of: "://") { host = String(host[scheme.upperBound...]) }
        if let slash = host.firstIndex(of: "/") { host = String(host[..<slash]) }
        if let colon = host.firstIndex(of: ":") { host = String(host[..<colon]) }
        return "tag:\(host),\(day?.description ?? "2000-01-01"):\(context.root)\(path)"
    }

}
