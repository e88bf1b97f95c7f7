/// An official report to be turned into a PDF by the Write stage: its path
/// in the site, its title, and its pages as SVG (595×842 pt each), laid out
/// only when asked for: a report whose PDF is in the cache is not drawn.
public struct ReportSource: Sendable {
    public var path: String
    public let title: String
    /// The data date (ISO 8601): the PDF's creation date, so that its bytes follow from its pages.
    public let date: String
    /// The SHA-256 as hex of everything the pages are drawn from (`OfficialReport.fingerprint`):
    /// with thidua's identity, the report cache's key.
    public let digest: String
    private let draw: @Sendable () -> [String]

    /// The pages as SVG, laid out now.
    public var pages: [String] { draw() }

    init(path: String, title: String, date: String, fingerprint: String, pages: @escaping @Sendable () -> [String]) {
        self.path = path
        self.title = title
        self.date = date
        digest = SHA256.hex(title + "\u{0}" + date + "\u{0}" + fingerprint)
        draw = pages
    }
}

extension CampaignPages {
    /// The official report of every snapshot.
    func reportSources() -> [ReportSource] {
        let builder = ChartBuilder(result: result, format: format, strings: context.strings)
        return Parallel.map(Array(campaign.snapshots.indices)) { s in
            let pages = at(s)
            let report = pages.officialReport { group in
                s == campaign.current ? charts.groupBars[group.id] : builder.groupBars(group, at: s)
            }
            return ReportSource(path: paths.report(campaign.snapshots[s].date), title: report.documentTitle,
                                date: campaign.snapshots[s].date.description, fingerprint: report.fingerprint,
                                pages: { ReportDocument(report).svgPages() })
        }
    }
}
