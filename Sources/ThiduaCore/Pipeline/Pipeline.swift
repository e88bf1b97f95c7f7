import Foundation

/// Where to read and write, as given on the command line.
public struct BuildOptions: Sendable {
    public var contentPath: String
    public var outputPath: String
    /// Theme folders to try in order; the first that exists is used.
    public var themeCandidates: [String]
    public var baseURL: String?
    /// Where rendered share images are kept between builds; default
    /// `.thidua-cache/cards` next to the content folder.
    public var cardCachePath: String?

    public init(contentPath: String = "content", outputPath: String = "public",
                themeCandidates: [String] = [], baseURL: String? = nil, cardCachePath: String? = nil) {
        self.contentPath = contentPath
        self.outputPath = outputPath
        self.themeCandidates = themeCandidates
        self.baseURL = baseURL
        self.cardCachePath = cardCachePath
    }
}

/// What a build did.
public struct BuildReport: Sendable {
    public var warnings: [Diagnostic]
    public var campaigns: Int
    public var units: Int
    public var filesWritten: Int
    public var bytesWritten: Int
    /// Share images rendered by this build (site paths) and reused from the cache.
    public var cardsRendered: [String] = []
    public var cardsReused: Int = 0
    public var cardSeconds: Double = 0
}

/// The build, as a declared pipeline of stages that run in order:
/// Load → Model → Rank → Chart → Render → Write. Only Load and Write touch
/// the file system, through the seam they are given; the stages between
/// are pure functions over values.
public enum Pipeline {
    /// The values the pure stages produce, before anything is written.
    public struct Analysis: Sendable {
        public var site: Site
        public var results: [CampaignResult]
        public var charts: [CampaignCharts]
        public var strings: UIStrings
        public var theme: ThemeSource
        public var warnings: [Diagnostic]
    }

    /// Load → Model → Rank → Chart.
    public static func analyse(_ options: BuildOptions, fileSystem fs: FileSystem) throws -> Analysis {
        let themePath = options.themeCandidates.first { fs.isFolder($0) }
            ?? options.themeCandidates.first ?? "themes/default"
        let source = try ContentLoader.load(contentPath: options.contentPath, themePath: themePath, fileSystem: fs)
        var (site, warnings) = try ModelStage.make(source, baseURLOverride: options.baseURL)
        if site.settings.baseURL == nil {
            warnings.append(.warning(source.site.location,
                "no `base_url`: pages get no share image tags (og:image), share links, feed or sitemap, which need absolute URLs; "
                + "add e.g. base_url: \"https://example.gov.vn/thidua/\" to site.yml or pass --base-url"))
        }
        let strings: UIStrings
        do {
            strings = try UIStrings.load(source.theme, language: site.settings.language)
        } catch let diagnostic as Diagnostic {
            throw BuildFailure(warnings + [diagnostic])
        }
        let results = site.campaigns.map(RankStage.rank)
        let format = NumberFormat(language: site.settings.language)
        let charts = results.map { ChartStage.charts($0, format: format, strings: strings) }
        return Analysis(site: site, results: results, charts: charts, strings: strings,
                        theme: source.theme, warnings: warnings)
    }

    /// Render: every output file, in path order.
    static func render(_ analysis: Analysis) throws -> [OutputFile] {
        try RenderStage.render(site: analysis.site, results: analysis.results, charts: analysis.charts,
                               strings: analysis.strings, theme: analysis.theme)
    }

    /// Render, with the share cards still to be rasterised.
    static func renderSite(_ analysis: Analysis) throws -> RenderedSite {
        try RenderStage.renderSite(site: analysis.site, results: analysis.results, charts: analysis.charts,
                                   strings: analysis.strings, theme: analysis.theme)
    }

    /// Validates everything and writes nothing; returns the warnings.
    public static func check(_ options: BuildOptions, fileSystem fs: FileSystem) throws -> [Diagnostic] {
        let analysed = try analyse(options, fileSystem: fs)
        _ = try render(analysed)
        return analysed.warnings
    }

    /// Builds the site into the output folder. On any error nothing in the
    /// output folder changes.
    public static func build(_ options: BuildOptions, fileSystem fs: FileSystem) throws -> BuildReport {
        try OutputGuard.check(output: options.outputPath, content: options.contentPath,
                              themes: options.themeCandidates.filter { fs.isFolder($0) })
        let analysed = try analyse(options, fileSystem: fs)
        let rendered = try renderSite(analysed)
        let cache = CardCache(folder: options.cardCachePath ?? CardCache.folder(forContent: options.contentPath), fileSystem: fs)
        let cards = try cache.prepare(rendered.cards)
        let written = try WriteStage.write(rendered.files, to: options.outputPath, fileSystem: fs, copies: cards.copies)
        cache.prune(keeping: cards.used)
        return BuildReport(
            warnings: analysed.warnings, campaigns: analysed.site.campaigns.count,
            units: analysed.site.campaigns.reduce(0) { $0 + $1.units.count },
            filesWritten: written.filesWritten, bytesWritten: written.bytesWritten,
            cardsRendered: cards.report.rendered, cardsReused: cards.report.reused, cardSeconds: cards.report.seconds)
    }
}
