/// `sitemap.xml` (absolute URLs of every page readers land on, with the
/// date of the data each shows) and `robots.txt`.
enum Sitemap {
    /// Pages: site-relative folder paths (`""` for the index, `dak-nong/` …)
    /// with their last-modified day. Nil without a base URL: a sitemap
    /// needs absolute URLs.
    static func xml(_ pages: [(path: String, day: Day?)], context: PageContext) -> String? {
        guard context.settings.baseURL != nil else { return nil }
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in pages {
            xml += "<url><loc>\(xmlEscape(context.absolute(page.path) ?? ""))</loc>"
                + (page.day.map { "<lastmod>\($0.description)</lastmod>" } ?? "") + "</url>\n"
        }
        return xml + "</urlset>\n"
    }

    /// The date of a past period's page (`dak-nong/ky/2024-07-16/…`): the
    /// data it shows is of that day, whatever the campaign's latest.
    static func periodDay(_ folder: String) -> Day? {
        let parts = folder.split(separator: "/")
        guard parts.count >= 3, parts[1] == "ky" else { return nil }
        return Day(iso: String(parts[2]))
    }

    /// Lets every crawler in and points at the sitemap. Crawlers read
    /// robots.txt only at a host's root: under a sub-path the portal's own
    /// robots.txt decides, and can copy the `Sitemap:` line from this one.
    static func robots(context: PageContext) -> String {
        var text = "User-agent: *\nAllow: /\n"
        if let sitemap = context.absolute("sitemap.xml") { text += "Sitemap: \(sitemap)\n" }
        return text
    }
}
