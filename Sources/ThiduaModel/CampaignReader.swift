import Foundation

/// Builds a `Campaign` from its source files, logging every problem found.
enum CampaignReader {
    static let knownKeys = ["title", "issuer", "document", "period", "baseline", "sample", "groups",
                            "metrics", "indicators", "ranking", "awards", "data", "checks", "plan_figures", "totals_label"]

    static func read(_ source: CampaignSource, log: inout DiagnosticLog) -> Campaign? {
        var parses = MemoEntries()
        return read(source, memo: nil, parses: &parses, log: &log)
    }

    /// As `read`, decoding the snapshots `memo` has instead of parsing them,
    /// and adding the new parses that reported nothing to `parses`.
    static func read(_ source: CampaignSource, memo: SnapshotMemo?, parses: inout MemoEntries,
                     log: inout DiagnosticLog) -> Campaign? {
        let errorsBefore = log.errorCount
        func failedHere() -> Bool { log.errorCount > errorsBefore }

        let folder = SourceLocation(path: source.folderPath)
        if let problem = Slug.problem(with: source.slug) {
            log.error(folder, .campaignFolderInvalid, ["slug": source.slug, "problem": problem])
        } else if ["embed", "assets"].contains(source.slug) {
            log.error(folder, .campaignFolderReserved, ["slug": source.slug])
            return nil
        }
        let root: YAMLNode
        let front: FrontMatter
        do {
            front = try FrontMatter.split(source.plan)
            root = try YAMLNode.parse(front.yaml, path: source.plan.path, firstLine: front.firstLine)
        } catch let diagnostic as Diagnostic {
            log.append(diagnostic)
            return nil
        } catch {
            log.error(source.plan.location, .unexpectedError, ["error": "\(error)"])
            return nil
        }
        guard root.pairs != nil else {
            log.error(root.location, .frontMatterNotMap)
            return nil
        }
        root.warnUnknownKeys(knownKeys, context: Message(.ctxFrontMatter), log: &log)

        let title = root.string("title", required: true, log: &log) ?? source.slug
        var period: Period?
        if let node = root["period"], node.pairs != nil {
            node.warnUnknownKeys(["start", "end"], context: Message(.ctxNamed, ["name": "period"]), log: &log)
            if let start = node.day("start", required: true, log: &log),
               let end = node.day("end", required: true, log: &log) {
                if end < start {
                    log.error(node["end"]!.location, .periodBackwards, ["end": end, "start": start])
                }
                period = Period(start: start, end: end)
            }
        } else {
            log.error(root["period"]?.location ?? root.location,
                .periodMissing)
        }
        let baselineDay = root.day("baseline", log: &log)
        let hasBaselineKey = root["baseline"].map { !$0.isNull } ?? false

        let groupEntries = RulesReader.groups(root, log: &log)
        let metrics = RulesReader.metrics(root, log: &log)
        var groups: [Group] = []
        for (group, metricName, node) in groupEntries {
            var group = group
            if let metricName, var brackets = group.brackets {
                if let index = metrics.firstIndex(where: { $0.id == metricName }) {
                    brackets.metric = index
                    group.brackets = brackets
                } else {
                    log.error(node?["metric"]?.location ?? node?.location ?? root.location,
                        .bracketMetricUnknown, ["metricName": metricName, "ids": metrics.map(\.id), "suggestion": Message.didYouMean(metricName, among: metrics.map(\.id))])
                    group.brackets = nil
                }
            }
            groups.append(group)
        }
        let indicators = RulesReader.indicators(root, metrics: metrics, groups: groups,
                                                hasBaseline: hasBaselineKey, log: &log)
        let ranking = RulesReader.ranking(root, indicators: indicators, log: &log)
        let conditionNames = FormulaParser.Names(metrics: metrics.map(\.id), earlierIndicators: indicators.map(\.id),
                                                 laterIndicators: [], hasBaseline: hasBaselineKey)
        let awards = RulesReader.awards(root, groups: groups, names: conditionNames, log: &log)
        let sample = root.bool("sample", default: false, log: &log)
        let dataOptions = DataOptions.read(root, log: &log)
        let checks = CheckRules.read(root, metrics: metrics, log: &log)

        guard let rosterFile = source.roster else {
            log.error(SourceLocation(path: joinPath(source.folderPath, "units.csv")),
                .rosterMissing, ["value": groups.isEmpty ? "" : ",group"])
            return nil
        }
        if failedHere() { return nil }
        let roster = RosterReader.read(rosterFile, groups: groups, log: &log)
        let units = roster.units
        if failedHere() { return nil }

        // Snapshots are independent: read them on every core, then report
        // their messages in file order.
        let keys = memo?.keys(source) ?? source.snapshots.map { _ in "" }
        let read = Parallel.map(Array(zip(source.snapshots, keys))) { file, key -> (Snapshot?, DiagnosticLog, Data?) in
            if let data = memo?.entries[key], var snapshot = SnapshotCodec.decode(data) {
                snapshot.inputKey = key
                return (snapshot, DiagnosticLog(), nil)
            }
            var fileLog = DiagnosticLog()
            var snapshot = SnapshotReader.read(file, units: units, metrics: metrics, options: dataOptions, log: &fileLog)
            snapshot?.inputKey = key
            // Only a parse that said nothing: a cached one would not say its warnings again.
            let fresh = memo != nil && fileLog.entries.isEmpty ? snapshot.map(SnapshotCodec.encode) : nil
            return (snapshot, fileLog, fresh)
        }
        var snapshots: [Snapshot] = []
        for ((snapshot, fileLog, fresh), key) in zip(read, keys) {
            log.absorb(fileLog)
            if let snapshot { snapshots.append(snapshot) }
            if memo != nil, snapshot != nil { parses.used.insert(key) }
            if let fresh { parses.fresh[key] = fresh }
        }
        if failedHere() { return nil }
        snapshots.sort { $0.date < $1.date }
        let dataFolder = SourceLocation(path: joinPath(source.folderPath, "data"))
        guard !snapshots.isEmpty else {
            log.error(dataFolder, .noSnapshots)
            return nil
        }
        var baseline: Int?
        if let baselineDay {
            baseline = snapshots.firstIndex { $0.date == baselineDay }
            if baseline == nil {
                log.error(root["baseline"]!.location,
                    .baselineNoSnapshot, ["day": baselineDay, "dates": snapshots.map(\.date)])
            }
        }
        guard let period, let current = snapshots.lastIndex(where: { $0.date <= period.end }) else {
            if let period {
                log.error(root["period"]!.location,
                    .noSnapshotInPeriod, ["end": period.end, "first": snapshots[0].date])
            }
            return nil
        }
        if failedHere() { return nil }
        let planFigures = PlanFiguresReader.read(root, metrics: metrics, indicators: indicators,
                                                 groups: groups, snapshots: snapshots, log: &log)
        var grants: [Grant] = []
        if let file = source.grants {
            grants = GrantsReader.read(file, awards: awards, units: units, log: &log)
        }
        if failedHere() { return nil }
        DataChecks(rules: checks, metrics: metrics, units: units, roster: roster, rosterPath: rosterFile.path,
                   snapshots: snapshots, current: current).run(log: &log)
        log.append(contentsOf: MarkdownEmphasisCheck.warnings(front.body, path: source.plan.path, firstLine: front.bodyFirstLine))
        if failedHere() { return nil }
        var campaign = Campaign(
            slug: source.slug, title: title, issuer: root.string("issuer", log: &log),
            document: root.string("document", log: &log), period: period, baseline: baseline, sample: sample,
            groups: groups.isEmpty ? [Group(id: "all", name: "", brackets: nil)] : groups,
            metrics: metrics, indicators: indicators, ranking: ranking, awards: awards, units: units,
            snapshots: snapshots, body: front.body, source: source.plan.location, current: current)
        campaign.grants = grants
        campaign.totalsLabel = root.string("totals_label", log: &log)
        campaign.planFigures = planFigures
        campaign.planDigest = planDigest(source)
        return campaign
    }

    /// `Campaign.planDigest` of the campaign read from `source`.
    static func planDigest(_ source: CampaignSource) -> String {
        var a = ContentHash(raw: 0x706c_616e_2d64_6967), b = ContentHash(raw: 0x6361_6d70_6169_676e)
        func add(_ text: String) {
            a.combine(text)
            b.combine(text)
        }
        for file in [source.plan, source.roster, source.grants] {
            add(file == nil ? "-" : "+")
            add(file?.path ?? "")
            add(file?.text ?? "")
        }
        add(source.slug)
        for file in source.snapshots { add(file.path) }
        return a.description + b.description
    }
}
