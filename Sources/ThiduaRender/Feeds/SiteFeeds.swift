/// The site-wide files about every campaign: the Atom feeds (one per
/// campaign, one for the site), `sitemap.xml` and `robots.txt`.
extension RenderStage {
    static let feedName = "feed.xml"

    static func siteFeeds(site: Site, results: [CampaignResult], charts: [CampaignCharts],
                          context: PageContext, pages files: [OutputFile]) -> [OutputFile] {
        var out: [OutputFile] = []
        let feed = AtomFeed(context: context)
        var all: [AtomFeed.Entry] = []
        var asOf: [String: Day] = [:]
        for (result, charts) in zip(results, charts) {
            let pages = CampaignPages(context: context, result: result, charts: charts)
            asOf[pages.campaign.slug] = pages.asOfDay
            let entries = feed.entries(pages)
            all += entries
            let path = pages.paths.home + feedName
            if let xml = feed.document(title: context.t("feed_title", ["site": pages.campaign.title]), selfPath: path,
                                       alternatePath: pages.paths.home, entries: entries) {
                out.append(OutputFile(path: path, text: xml))
            }
        }
        let newest = Array(AtomFeed.newestFirst(all).prefix(AtomFeed.siteLimit))
        if let xml = feed.document(title: context.t("feed_title", ["site": site.settings.title]), selfPath: feedName,
                                   alternatePath: "", entries: newest) {
            out.append(OutputFile(path: feedName, text: xml))
        }
        let latest = asOf.values.max { $0 < $1 }
        let pages = files.map(\.path).filter { $0.hasSuffix("index.html") && !$0.hasPrefix("embed/") }.map { path in
            let folder = String(path.dropLast("index.html".count))
            let slug = folder.split(separator: "/").first.map(String.init)
            return (path: folder, day: Sitemap.periodDay(folder) ?? slug.flatMap { asOf[$0] } ?? latest)
        }.sortedByBytes(of: \.path)
        if let xml = Sitemap.xml(pages, context: context) { out.append(OutputFile(path: "sitemap.xml", text: xml)) }
        out.append(OutputFile(path: "robots.txt", text: Sitemap.robots(context: context)))
        return out
    }
}
