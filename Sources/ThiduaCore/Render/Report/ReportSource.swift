/// An official report to be turned into a PDF by the Write stage: its path
/// in the site, its title and its pages as SVG (595×842 pt each).
public struct ReportSource: Hashable, Sendable {
    public var path: String
    public let title: String
    /// The data date (ISO 8601): the PDF's creation date, so that its bytes follow from its pages.
    public let date: String
    public let pages: [String]
    /// The SHA-256 of the title and pages as hex: the report cache's key.
    public let digest: String

    public init(path: String, title: String, date: String, pages: [String]) {
        self.path = path
        self.title = title
        self.date = date
        self.pages = pages
        digest = SHA256.hex(([title, date] + pages).joined(separator: "\u{0}"))
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
                                date: campaign.snapshots[s].date.description,
                                pages: ReportDocument(report).svgPages())
        }
    }
}
