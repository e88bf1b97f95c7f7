/// An official report to be turned into a PDF by the Write stage: its path
/// in the site, its title, and its pages as SVG, laid out only when asked
/// for: a report whose PDF is in the cache is not drawn.
public struct ReportSource: Sendable {
    public var path: String
    public let title: String
    /// The data date (ISO 8601): the PDF's creation date, so that its bytes follow from its pages.
    public let date: String
    /// The SHA-256 as hex of everything the pages are drawn from (`OfficialReport.fingerprint`):
    /// with thidua's identity, the report cache's key.
    public let digest: String
    private let draw: @Sendable () -> ReportPages

    /// The pages, laid out now.
    public func laidOut() -> ReportPages { draw() }

    /// The pages as SVG, laid out now.
    public var pages: [String] { draw().svg }

    init(path: String, title: String, date: String, fingerprint: String, pages: @escaping @Sendable () -> ReportPages) {
        self.path = path
        self.title = title
        self.date = date
        digest = SHA256.hex(title + "\u{0}" + date + "\u{0}" + fingerprint)
        draw = pages
    }
}

extension CampaignPages {
    /// The official report of every snapshot, all on the paper the latest
    /// one needs, so that a campaign's reports look alike.
    func reportSources() -> [ReportSource] {
        let builder = charts.builder ?? ChartBuilder(result: result, format: format, strings: context.strings)
        let reports = Parallel.map(Array(campaign.snapshots.indices)) { s in
            at(s).officialReport { group in
                s == campaign.current ? charts.groupBars[group.id] : builder.groupBars(group, at: s)
            }
        }
        let paper = ReportDocument.paper(for: reports[campaign.current])
        return zip(campaign.snapshots, reports).map { snapshot, report in
            ReportSource(path: paths.report(snapshot.date), title: report.documentTitle, date: snapshot.date.description,
                         fingerprint: report.fingerprint + "\u{2}P\(paper.width)x\(paper.height)",
                         pages: { ReportDocument(report, paper: paper).laidOut() })
        }
    }
}

/// A report's pages as SVG documents whose user unit is the point, and
/// the paper they are drawn on.
public struct ReportPages: Sendable {
    public var svg: [String]
    public var width: Double
    public var height: Double
}

/// A sheet of A4, in points.
struct ReportPaper: Equatable {
    var width: Double
    var height: Double

    static let portrait = ReportPaper(width: 595, height: 842)
    static let landscape = ReportPaper(width: 842, height: 595)
}
