import Foundation

/// The build, as a declared pipeline of stages that run in order (`Stage`):
/// Load → Model → Rank → Chart → Render → Cards → Reports → Write; Write
/// starts with Render, and Cards run beside Reports and Write. Only Load
/// and Write touch the file system, through the seam they are given; the
/// stages between are pure functions over values. What a build may skip
/// is `IncrementalPolicy`'s.
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
        /// The snapshots parsed, to keep for the next build (`SnapshotMemos`).
        public var snapshotParses = MemoEntries()
        /// The snapshots ranked, to keep for the next build (`SnapshotMemos`).
        public var rankedSnapshots = MemoEntries()
    }

    /// Load → Model → Rank → Chart; nil when `skipIf` says the site of these
    /// inputs is already built, decided right after Load from the inputs'
    /// fingerprint, so an unchanged site costs reading its files and no more.
    /// With `snapshotCache`, the snapshots an earlier build parsed are read
    /// from there (`SnapshotMemo`, in the Model stage's time) and decoded
    /// instead of parsed, and the standings it ranked from the folder beside
    /// it (`RankMemo`, in the Rank stage's time).
    /// `drawing` names what draws the images (`PNGRenderer.identity`): with
    /// it in the fingerprint, a new font or library is not an unchanged site.
    static func analyse(_ options: BuildOptions, fileSystem fs: FileSystem, watch: inout Stopwatch,
                        snapshotCache: String? = nil, drawing: String = "",
                        skipIf: (String) -> Bool = { _ in false }) throws -> Analysis? {
        let themePath = options.themeCandidates.first { fs.isFolder($0) }
            ?? options.themeCandidates.first ?? "themes/default"
        let source = try watch.time(.load) {
            try ContentLoader.load(contentPath: options.contentPath, themePath: themePath, fileSystem: fs,
                                   xlsConverter: options.xlsConverter)
        }
        let fingerprint = source.fingerprint(extra: [options.toolIdentity, options.baseURL ?? "", drawing])
        if skipIf(fingerprint) { return nil }
        let (site, warnings, strings, parses) = try watch.time(.model) { () throws -> (Site, [Diagnostic], UIStrings, MemoEntries) in
            let memo = snapshotCache.map { SnapshotMemo.read(source, tool: options.toolIdentity, folder: $0, fileSystem: fs) }
            var (site, warnings, parses) = try ModelStage.make(source, baseURLOverride: options.baseURL, memo: memo)
            if site.settings.baseURL == nil {
                warnings.append(.warning(source.site.location,
                    .noBaseURL))
            }
            do {
                return (site, warnings, try UIStrings.load(source.theme, language: site.settings.language), parses)
            } catch let diagnostic as Diagnostic {
                throw BuildFailure(warnings + [diagnostic])
            }
        }
        let (results, ranked) = watch.time(.rank) { () -> ([CampaignResult], MemoEntries) in
            let memo = snapshotCache.map { folder in
                RankMemo(entries: MemoFolder.read(site.campaigns.flatMap { RankMemo.keys($0) ?? [] },
                                                  folder: SnapshotMemos.folder("standings", besides: folder), fileSystem: fs))
            }
            var kept = MemoEntries()
            let results = site.campaigns.map { campaign in
                let (result, entries) = RankStage.rank(campaign, memo: memo)
                kept.fresh.merge(entries.fresh) { first, _ in first }
                kept.used.formUnion(entries.used)
                return result
            }
            return (results, kept)
        }
        let rankWarnings = results.flatMap(\.warnings)
        let format = NumberFormat(language: site.settings.language)
        let charts = watch.time(.chart) { results.map { ChartStage.charts($0, format: format, strings: strings) } }
        return Analysis(site: site, results: results, charts: charts, strings: strings,
                        theme: source.theme, warnings: warnings + rankWarnings, fingerprint: fingerprint,
                        snapshotParses: parses, rankedSnapshots: ranked)
    }

    /// Load → Model → Rank → Chart.
    public static func analyse(_ options: BuildOptions, fileSystem fs: FileSystem) throws -> Analysis {
        var watch = Stopwatch()
        return try analyse(options, fileSystem: fs, watch: &watch)!
    }

    /// Render: every output file, in path order, and the cards and reports
    /// still to be made. With `reuse`, pages the live site has with the same
    /// key are kept, not rendered; `deliver` receives the files as they are made.
    static func render(_ analysis: Analysis, progress: BuildProgress? = nil, reuse: PageReuse? = nil,
                       deliver: RenderStage.Delivery? = nil) throws -> RenderedSite {
        progress?.setTotal(analysis.site.campaigns.reduce(0) { $0 + $1.units.count })
        return try RenderStage.renderSite(site: analysis.site, results: analysis.results, charts: analysis.charts,
                                          strings: analysis.strings, theme: analysis.theme, progress: progress,
                                          reuse: reuse, deliver: deliver)
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
        let cardIdentity = CardCache.shareCardIdentity
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
        let recordPath = BuildRecord.path(cardCache: cardCache)
        let policy = IncrementalPolicy(output: options.outputPath, recordPath: recordPath, fileSystem: fs)
        let snapshotCache = SnapshotMemos.folder(cardCache: cardCache)
        guard var analysed = try analyse(options, fileSystem: fs, watch: &watch, snapshotCache: snapshotCache,
                                         drawing: cardIdentity, skipIf: policy.siteIsCurrent) else {
            // The same inputs gave this site (skipIf checked the record): repeat what its build reported.
            return policy.unchangedReport(stageSeconds: watch.laps)
        }
        // Kept now, whatever happens to the rest of the build (each entry is a
        // parse of its own file), and let go of before the pages are made.
        SnapshotMemos.store(analysed.snapshotParses, folder: snapshotCache, fileSystem: fs)
        SnapshotMemos.store(analysed.rankedSnapshots, folder: SnapshotMemos.folder("standings", besides: snapshotCache), fileSystem: fs)
        analysed.snapshotParses = MemoEntries()
        analysed.rankedSnapshots = MemoEntries()
        let site = analysed.site
        try RemovalGuard.check(campaigns: site.campaigns.map(\.slug), previous: policy.previous, output: options.outputPath,
                               content: options.contentPath, allowEmpty: options.allowEmpty,
                               allowRemoval: options.allowRemoval)
        var report = BuildReport(
            warnings: analysed.warnings, campaigns: site.campaigns.count,
            units: site.campaigns.reduce(0) { $0 + $1.units.count }, unchanged: false,
            filesWritten: 0, filesKept: 0, filesRemoved: 0, bytesWritten: 0, stageSeconds: [])
        // The Write stage starts with the Render stage: each piece of the site
        // goes to the staging folder as soon as it is rendered, on threads of
        // its own (mostly the kernel's time, creating files), while the pages
        // keep both cores busy.
        let writer = try StagingWriter(output: options.outputPath, fileSystem: fs)
        // The snapshots' digests an earlier build made, read back rather than hashed again.
        let digestsFolder = SnapshotMemos.folder("digests", besides: snapshotCache)
        let keptDigests = MemoFolder.read(analysed.results.flatMap { SnapshotDigests.memoKeys($0) ?? [] },
                                          folder: digestsFolder, fileSystem: fs)
        let rendered: RenderedSite
        do {
            rendered = try watch.time(.render) {
                try render(analysed, progress: progress,
                           reuse: policy.pageReuse(toolIdentity: options.toolIdentity, cardIdentity: cardIdentity,
                                                   cardCache: cardCache, digests: keptDigests),
                           deliver: { writer.add($0) })
            }
        } catch {
            writer.abandon()
            throw error
        }
        SnapshotMemos.store(rendered.digests, folder: digestsFolder, fileSystem: fs)
        report.pagesRendered = rendered.files.filter { $0.key != nil && !$0.kept }.map(\.path)
        // Share cards kept by their key (`UnitKeys`) are neither drawn nor copied again: the live PNG stays.
        let keptCards = rendered.files.filter { $0.kept && CardSource.isShareCard($0.path) }.map(\.path)
        report.pagesKept = rendered.files.count { $0.kept } - keptCards.count
        // Share images: PNGs from the card cache, rendered only when their SVG changed.
        // Rasterised on another thread while the reports are made and the last
        // pages written; the Write stage links the PNGs before it swaps the site in.
        let cache = CardCache(folder: cardCache, fileSystem: fs, identity: cardIdentity)
        progress?.start(Stage.cards.rawValue)
        let cardsInBackground = Background { try cache.prepare(rendered.cards) }
        // Whatever fails meanwhile, the cards are done before the cache's lock is released.
        defer { cardsInBackground.wait() }
        // Official reports: PDFs from the same cache, rendered only when their pages changed.
        // thidua's own identity is in the key: the pages are not drawn to be compared, and a new
        // thidua may draw them otherwise.
        let reportCache = ReportCache(folder: cardCache, fileSystem: fs,
                                      identity: PNGRenderer.identity + " pdf-a4 " + options.toolIdentity)
        let reports: ReportCache.Prepared
        do {
            reports = try watch.time(.reports) { try reportCache.prepare(rendered.reports) }
        } catch {
            writer.abandon()
            throw error
        }
        report.reportsRendered = reports.rendered
        report.reportsReused = reports.reused
        var cards: CardCache.Prepared?
        let written = try watch.time(.write) { () throws -> WriteStage.Report in
            // The pages are written by now, or nearly: what the bar counts is the copies.
            try writer.finish(fingerprint: analysed.fingerprint, progress: progress, copies: {
                let prepared = try cardsInBackground.value()
                cards = prepared
                return prepared.copies + reports.copies
            })
        }
        // Always set: the Write stage asks for the copies before it swaps the site in.
        guard let cards else { preconditionFailure("the site was written without its cards") }
        report.cardsRendered = cards.report.rendered
        report.cardsReused = cards.report.reused + keptCards.count
        // The cards' own time, in the place the pipeline declares them.
        watch.record(.cards, seconds: cards.report.seconds)
        cache.prune(keeping: cards.used.union(reports.used), kept: Set(keptCards.compactMap { policy.previous?.files[$0]?.hash }))
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
    /// without waiting for it). The other thread lets go a moment later,
    /// once the build has returned: the last reference frees the model, and
    /// when that thread finished first the build's own thread freed it.
    static func releaseLater(_ analysis: Analysis, _ rendered: RenderedSite) {
        DispatchQueue.global(qos: .utility).asyncAfter(deadline: .now() + 0.5) {
            withExtendedLifetime((analysis, rendered)) {}
        }
    }
}
