import Foundation

/// What a build may leave as the live site has it, decided from what the
/// last build left: the manifest in the output folder (`Manifest`: each
/// file's hash, each page's key) and the record beside the card cache
/// (`BuildRecord`: the report). Without either, or from an older thidua,
/// the build runs in full.
///
/// - The whole build, when the inputs' fingerprint is the live site's and
///   the record's and every file of the site is there: nothing is
///   rendered or written, and the record's report is repeated.
/// - Each page whose key is the live site's page's, when its file is
///   there (`PageReuse`): not rendered, and linked by the Write stage.
/// - Any other file with the live site's bytes: rendered, then linked.
struct IncrementalPolicy {
    /// The live site's manifest.
    let previous: Manifest?
    /// What the build that made it reported.
    let record: BuildRecord?
    let output: String
    let fs: FileSystem

    init(output: String, recordPath: String, fileSystem fs: FileSystem) {
        previous = WriteStage.manifest(in: output, fileSystem: fs)
        record = (try? fs.read(recordPath)).flatMap(BuildRecord.parse)
        self.output = output
        self.fs = fs
    }

    /// Whether the site of inputs with this fingerprint is the live one, whole.
    func siteIsCurrent(fingerprint: String) -> Bool {
        guard let previous, previous.fingerprint == fingerprint, record?.fingerprint == fingerprint else { return false }
        return !Parallel.map(Array(previous.files.keys)) { fs.isFile(joinPath(output, $0)) }.contains(false)
    }

    /// The keys of the live site's pages whose file is there, and the
    /// snapshot digests an earlier build made (`digests`, read by the caller).
    ///
    /// A share card keyed by what it shows is offered only while the card
    /// cache still holds its PNG (named from its manifest hash, see
    /// `CardCache.manifestEntry`): deleting the cache draws every card again.
    /// (A new font or librsvg changes `cardIdentity`, which salts every card's key.)
    func pageReuse(toolIdentity: String, cardIdentity: String, cardCache: String,
                   digests: [String: Data] = [:]) -> PageReuse {
        let keys = Array(previous?.pageKeys ?? [:])  // into a dictionary again: order does not matter
        let present = Parallel.map(keys) { fs.isFile(joinPath(output, $0.key)) }
        let cached = Set(((try? fs.list(cardCache)) ?? []).map { String($0.name.prefix(16)) })
        var kept: [String: PageKey] = [:]
        for (entry, there) in zip(keys, present) where there {
            if CardSource.isShareCard(entry.key) {
                guard let hash = previous?.files[entry.key]?.hash, cached.contains(hash.description) else { continue }
            }
            kept[entry.key] = entry.value
        }
        return PageReuse(previous: kept, toolIdentity: toolIdentity, cardIdentity: cardIdentity, digests: digests)
    }

    /// The report of a build that found the site current: the record's,
    /// with every file kept.
    func unchangedReport(stageSeconds: [(stage: String, seconds: Double)]) -> BuildReport {
        var report = BuildReport(
            warnings: record?.warnings ?? [], campaigns: record?.campaigns ?? 0, units: record?.units ?? 0,
            unchanged: true, filesWritten: 0, filesKept: previous?.files.count ?? 0, filesRemoved: 0,
            bytesWritten: 0, stageSeconds: stageSeconds)
        // An unchanged site keeps its share images, charts' PNGs and reports as they are
        // (every PNG outside the theme's assets comes from the card cache).
        report.cardsReused = previous?.files.keys.filter { $0.hasSuffix(".png") && !$0.hasPrefix("assets/") }.count ?? 0
        report.reportsReused = previous?.files.keys.filter { $0.hasSuffix(".pdf") && $0.contains("/bao-cao/") }.count ?? 0
        return report
    }
}
