import Foundation

/// Where to read and write, as given on the command line.
public struct BuildOptions: Sendable {
    public var contentPath: String
    public var outputPath: String
    /// Theme folders to try in order; the first that exists is used.
    public var themeCandidates: [String]
    public var baseURL: String?
    /// Identifies the thidua binary (version, size, build time) so that a new
    /// binary rebuilds a site whose content did not change.
    public var toolIdentity: String
    /// Where rendered share images are kept between builds; default
    /// `.thidua-cache/cards` next to the content folder.
    public var cardCachePath: String?
    /// Publish a site with no campaign (`--allow-empty`); otherwise that is an error.
    public var allowEmpty = false
    /// Let the build drop campaigns the site in the output folder has (`--allow-removal`).
    public var allowRemoval = false
    /// Wait while another build writes the same output folder; false
    /// (`--no-wait`) fails at once instead.
    public var waitForOtherBuilds = true
    /// The language of messages given on the command line (`--lang`);
    /// nil means `language:` of site.yml (see `MessageCatalogue.language`).
    public var language: Language?
    /// Theme folders to take the message catalogues from when none of
    /// `themeCandidates` has them (a theme of one's own without them, or
    /// none found): the theme that comes with thidua.
    public var messageThemes: [String] = []
    /// Told once when the build waits for another one.
    public var onWait: (@Sendable (Message) -> Void)?
    /// Converts .xls snapshots to .xlsx (LibreOffice unless a test says otherwise).
    public var xlsConverter: XLSConverter = LibreOffice()

    public init(contentPath: String = "content", outputPath: String = "public",
                themeCandidates: [String] = [], baseURL: String? = nil, toolIdentity: String = "thidua",
                cardCachePath: String? = nil) {
        self.contentPath = contentPath
        self.outputPath = outputPath
        self.themeCandidates = themeCandidates
        self.baseURL = baseURL
        self.toolIdentity = toolIdentity
        self.cardCachePath = cardCachePath
    }
}

/// What a build did.
public struct BuildReport: Sendable {
    public var warnings: [Diagnostic]
    public var campaigns: Int
    public var units: Int
    /// True when the inputs were those of the site already in the output
    /// folder, so nothing was rendered or written.
    public var unchanged: Bool
    public var filesWritten: Int
    public var filesKept: Int
    public var filesRemoved: Int
    public var bytesWritten: Int
    /// Seconds spent in each stage that ran, in pipeline order.
    public var stageSeconds: [(stage: String, seconds: Double)]
    /// Share images rendered by this build (site paths) and reused from the cache.
    public var cardsRendered: [String] = []
    public var cardsReused: Int = 0
    /// Official reports (PDF) rendered by this build (site paths) and reused from the cache.
    public var reportsRendered: [String] = []
    public var reportsReused: Int = 0
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
        /// Fingerprint of every input (see `SourceTree.fingerprint`).
        public var fingerprint: String
    }

    /// Times each stage it runs.
    struct Stopwatch {
        var laps: [(stage: String, seconds: Double)] = []
        let clock = ContinuousClock()
        var progress: BuildProgress?

        mutating func time<T>(_ stage: String, _ body: () throws -> T) rethrows -> T {
            progress?.start(stage)
            let start = clock.now
            defer {
                let elapsed = clock.now - start
                laps.append((stage, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18))
            }
            return try body()
        }
    }

    /// Load → Model → Rank → Chart; nil when `skipIf` says the site of these
    /// inputs is already built, decided right after Load from the inputs'
    /// fingerprint, so an unchanged site costs reading its files and no more.
    static func analyse(_ options: BuildOptions, fileSystem fs: FileSystem, watch: inout Stopwatch,
                        skipIf: (String) -> Bool = { _ in false }) throws -> Analysis? {
        let themePath = options.themeCandidates.first { fs.isFolder($0) }
            ?? options.themeCandidates.first ?? "themes/default"
        let source = try watch.time("load") {
            try ContentLoader.load(contentPath: options.contentPath, themePath: themePath, fileSystem: fs,
                                   xlsConverter: options.xlsConverter)
        }
        let fingerprint = source.fingerprint(extra: [options.toolIdentity, options.baseURL ?? ""])
        if skipIf(fingerprint) { return nil }
        let (site, warnings, strings) = try watch.time("model") { () throws -> (Site, [Diagnostic], UIStrings) in
            var (site, warnings) = try ModelStage.make(source, baseURLOverride: options.baseURL)
            if site.settings.baseURL == nil {
                warnings.append(.warning(source.site.location,
                    .noBaseURL))
            }
            do {
                return (site, warnings, try UIStrings.load(source.theme, language: site.settings.language))
            } catch let diagnostic as Diagnostic {
                throw BuildFailure(warnings + [diagnostic])
            }
        }
        let results = watch.time("rank") { site.campaigns.map(RankStage.rank) }
        let rankWarnings = results.flatMap(\.warnings)
        let format = NumberFormat(language: site.settings.language)
        let charts = watch.time("chart") { results.map { ChartStage.charts($0, format: format, strings: strings) } }
        return Analysis(site: site, results: results, charts: charts, strings: strings,
                        theme: source.theme, warnings: warnings + rankWarnings, fingerprint: fingerprint)
    }

    /// Load → Model → Rank → Chart.
    public static func analyse(_ options: BuildOptions, fileSystem fs: FileSystem) throws -> Analysis {
        var watch = Stopwatch()
        return try analyse(options, fileSystem: fs, watch: &watch)!
    }

    /// Render: every output file, in path order.
    static func render(_ analysis: Analysis, progress: BuildProgress? = nil) throws -> [OutputFile] {
        progress?.setTotal(analysis.site.campaigns.reduce(0) { $0 + $1.units.count })
        return try RenderStage.render(site: analysis.site, results: analysis.results, charts: analysis.charts,
                                      strings: analysis.strings, theme: analysis.theme, progress: progress)
    }

    /// Render, with the share cards still to be rasterised.
    static func renderSite(_ analysis: Analysis, progress: BuildProgress? = nil) throws -> RenderedSite {
        progress?.setTotal(analysis.site.campaigns.reduce(0) { $0 + $1.units.count })
        return try RenderStage.renderSite(site: analysis.site, results: analysis.results, charts: analysis.charts,
                                          strings: analysis.strings, theme: analysis.theme, progress: progress)
    }

    /// Validates everything and writes nothing; returns the warnings.
    public static func check(_ options: BuildOptions, fileSystem fs: FileSystem) throws -> [Diagnostic] {
        let analysed = try analyse(options, fileSystem: fs)
        _ = try render(analysed)
        return analysed.warnings
    }

    /// Builds the site into the output folder. On any error nothing in the
    /// output folder changes. When every input is as it was for the site in
    /// the output folder (and its files are all there), nothing is rendered
    /// or written.
    public static func build(_ options: BuildOptions, fileSystem fs: FileSystem,
                             progress: BuildProgress? = nil) throws -> BuildReport {
        try OutputGuard.check(output: options.outputPath, content: options.contentPath,
                              themes: options.themeCandidates.filter { fs.isFolder($0) })
        let cardCache = options.cardCachePath ?? CardCache.folder(forContent: options.contentPath)
        // Held to the end of the build: the output folder, then the card cache
        // (which builds of one content folder into other outputs share).
        let outputLock = try OutputLock.take(guarding: options.outputPath, wait: options.waitForOtherBuilds,
                                             fileSystem: fs, onWait: options.onWait)
        let cacheLock = try OutputLock.take(guarding: cardCache, wait: options.waitForOtherBuilds,
                                            fileSystem: fs, onWait: options.onWait)
        defer {
            cacheLock.release()
            outputLock.release()
        }
        var watch = Stopwatch(progress: progress)
        let previous = WriteStage.manifest(in: options.outputPath, fileSystem: fs)
        let recordPath = BuildRecord.path(cardCache: cardCache)
        let record = (try? fs.read(recordPath)).flatMap(BuildRecord.parse)
        let analysis = try analyse(options, fileSystem: fs, watch: &watch) { fingerprint in
            guard let previous, previous.fingerprint == fingerprint, record?.fingerprint == fingerprint else { return false }
            return previous.files.keys.allSatisfy { fs.isFile(joinPath(options.outputPath, $0)) }
        }
        guard let analysed = analysis else {
            // The same inputs gave this site (skipIf checked the record): repeat what its build reported.
            var report = BuildReport(
                warnings: record?.warnings ?? [], campaigns: record?.campaigns ?? 0, units: record?.units ?? 0,
                unchanged: true, filesWritten: 0, filesKept: previous?.files.count ?? 0, filesRemoved: 0,
                bytesWritten: 0, stageSeconds: watch.laps)
            // An unchanged site keeps its share images, charts' PNGs and reports as they are
            // (every PNG outside the theme's assets comes from the card cache).
            report.cardsReused = previous?.files.keys.filter { $0.hasSuffix(".png") && !$0.hasPrefix("assets/") }.count ?? 0
            report.reportsReused = previous?.files.keys.filter { $0.hasSuffix(".pdf") && $0.contains("/bao-cao/") }.count ?? 0
            return report
        }
        let site = analysed.site
        try RemovalGuard.check(campaigns: site.campaigns.map(\.slug), previous: previous, output: options.outputPath,
                               content: options.contentPath, allowEmpty: options.allowEmpty,
                               allowRemoval: options.allowRemoval)
        var report = BuildReport(
            warnings: analysed.warnings, campaigns: site.campaigns.count,
            units: site.campaigns.reduce(0) { $0 + $1.units.count }, unchanged: false,
            filesWritten: 0, filesKept: 0, filesRemoved: 0, bytesWritten: 0, stageSeconds: [])
        let rendered = try watch.time("render") { try renderSite(analysed, progress: progress) }
        let files = rendered.files
        // Share images: PNGs from the card cache, rendered only when their SVG changed.
        // Rasterised on another thread while the reports are made and the pages
        // written, which leave the cores idle part of the time (waiting on the
        // disk); the Write stage links the PNGs once every page is written.
        let cache = CardCache(folder: cardCache, fileSystem: fs)
        progress?.start("cards")
        let cardsInBackground = Background { try cache.prepare(rendered.cards) }
        // Whatever fails meanwhile, the cards are done before the cache's lock is released.
        defer { cardsInBackground.wait() }
        // Official reports: PDFs from the same cache, rendered only when their pages changed.
        // thidua's own identity is in the key: the pages are not drawn to be compared, and a new
        // thidua may draw them otherwise.
        let reportCache = ReportCache(folder: cardCache, fileSystem: fs,
                                      identity: PNGRenderer.identity + " pdf-a4 " + options.toolIdentity)
        let reports = try watch.time("reports") { try reportCache.prepare(rendered.reports) }
        report.reportsRendered = reports.rendered
        report.reportsReused = reports.reused
        var cards: CardCache.Prepared?
        let written = try watch.time("write") { () throws -> WriteStage.Report in
            progress?.setTotal(files.count + rendered.cards.count + reports.copies.count)
            return try WriteStage.write(files, fingerprint: analysed.fingerprint, to: options.outputPath,
                                        fileSystem: fs, progress: progress, pendingCopies: {
                let prepared = try cardsInBackground.value()
                cards = prepared
                return prepared.copies + reports.copies
            })
        }
        // Always set: the Write stage asks for the copies before it swaps the site in.
        guard let cards else { preconditionFailure("the site was written without its cards") }
        report.cardsRendered = cards.report.rendered
        report.cardsReused = cards.report.reused
        // The cards' own time, after the render stage where the pipeline declares them.
        let renderLap = watch.laps.firstIndex { $0.stage == "render" }.map { $0 + 1 } ?? watch.laps.count
        watch.laps.insert(("cards", cards.report.seconds), at: renderLap)
        cache.prune(keeping: cards.used.union(reports.used))
        // Only a help for the next build: without it, that build parses the data again.
        // Replaced, not rewritten in place: a cache copied with hard links shares the file.
        try? fs.remove(recordPath)
        try? fs.write(BuildRecord(fingerprint: analysed.fingerprint, campaigns: report.campaigns, units: report.units,
                                  warnings: analysed.warnings).serialized(), to: recordPath)
        report.filesWritten = written.filesWritten
        report.filesKept = written.filesKept
        report.filesRemoved = written.filesRemoved
        report.bytesWritten = written.bytesWritten
        report.stageSeconds = watch.laps
        releaseLater(analysed, rendered)
        return report
    }

    /// Frees a build's model and pages on another thread. A national build
    /// is half a million small allocations: freeing them took a tenth of a
    /// second after the site was already written (and `thidua build` exits
    /// without waiting for it).
    static func releaseLater(_ analysis: Analysis, _ rendered: RenderedSite) {
        DispatchQueue.global(qos: .utility).async { withExtendedLifetime((analysis, rendered)) {} }
    }
}
