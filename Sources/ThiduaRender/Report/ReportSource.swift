/// An official report to be turned into a PDF by the Write stage: its path
/// in the site, its data date, and its pages as SVG, laid out only when
/// asked for: a report whose PDF is in the cache is not drawn, and one
/// whose key names a cached PDF (`reportSources(keys:)`) not even modelled.
public struct ReportSource: Sendable {
    public var path: String
    /// The data date (ISO 8601): the PDF's creation date, so that its bytes follow from its pages.
    public let date: String
    /// The SHA-256 as hex of what the report is made of (`ReportKeys`) and
    /// its paper; nil without keys. A PDF cached under it is used as it is,
    /// without modelling the report.
    public let key: String?
    private let fingerprint: @Sendable () -> String
    private let draw: @Sendable () -> ReportPages

    /// The SHA-256 as hex of everything the pages are drawn from: the
    /// report's model (`OfficialReport.fingerprint`, which has its title)
    /// and its paper; modelled now. With thidua's identity, the report
    /// cache's key.
    public var digest: String { fingerprint() }

    /// The pages, laid out now.
    public func laidOut() -> ReportPages { draw() }

    /// The pages as SVG, laid out now.
    public var pages: [String] { draw().svg }

    init(path: String, date: String, key: String?, fingerprint: @escaping @Sendable () -> String,
         pages: @escaping @Sendable () -> ReportPages) {
        self.path = path
        self.date = date
        self.key = key.map { SHA256.hex(date + "\u{0}" + $0) }
        self.fingerprint = { SHA256.hex(date + "\u{0}" + fingerprint()) }
        draw = pages
    }
}

extension CampaignPages {
    /// The official report of every snapshot, all on the paper the latest
    /// one needs, so that a campaign's reports look alike. With `keys`
    /// (`ReportKeys`: one per snapshot, made of what its report is made
    /// of), only the latest report is modelled now, for its paper; the
    /// others when their PDF is not in the cache.
    func reportSources(keys: [PageKey]? = nil) -> [ReportSource] {
        let builder = charts.builder ?? ChartBuilder(result: result, format: format, strings: context.strings)
        let charts = self.charts, current = campaign.current
        let report = { @Sendable (s: Int) -> OfficialReport in
            at(s).officialReport { group in
                s == current ? charts.groupBars[group.id] : builder.groupBars(group, at: s)
            }
        }
        let latest = report(current)
        let paper = ReportDocument.paper(for: latest)
        let size = "\u{2}P\(paper.width)x\(paper.height)"
        if let keys {
            return campaign.snapshots.indices.map { s in
                let model = { @Sendable in s == current ? latest : report(s) }
                return ReportSource(path: paths.report(campaign.snapshots[s].date), date: campaign.snapshots[s].date.description,
                                    key: keys[s].description + size, fingerprint: { model().fingerprint + size },
                                    pages: { ReportDocument(model(), paper: paper).laidOut() })
            }
        }
        let reports = Parallel.map(Array(campaign.snapshots.indices)) { s in s == current ? latest : report(s) }
        return zip(campaign.snapshots, reports).map { snapshot, report in
            let fingerprint = report.fingerprint + size
            return ReportSource(path: paths.report(snapshot.date), date: snapshot.date.description, key: nil,
                                fingerprint: { fingerprint }, pages: { ReportDocument(report, paper: paper).laidOut() })
        }
    }
}

/// A report's pages as SVG documents whose user unit is the point, and
/// the paper they are drawn on.
public struct ReportPages: Sendable {
    public var svg: [String]
    public var width: Double
    public var height: Double
    /// The PDF's title (`OfficialReport.documentTitle`).
    public var title: String
}

/// A sheet of A4, in points.
struct ReportPaper: Equatable {
    var width: Double
    var height: Double

    static let portrait = ReportPaper(width: 595, height: 842)
    static let landscape = ReportPaper(width: 842, height: 595)
}
