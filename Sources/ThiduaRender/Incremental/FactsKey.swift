import Foundation

/// Writes what pages are made of as bytes to hash into their keys: a
/// unit's `UnitFacts` (`UnitKeys`), a snapshot's figures and standings
/// (`PeriodKeys`). Every stored field of those and of the values inside
/// them, in declaration order; each value whose length varies after its
/// length, each optional after whether it is there, each case of an enum
/// after its number. `UnitKeysTests` lists the stored fields of every type
/// written here, so that a field added to one of them fails until it is
/// written too.
///
/// A target check is written without its goal: the goal is the plan's
/// target of that indicator for the unit's group, and both are in the keys
/// already (the group here, the plan in the frame's `Campaign.planDigest`).
struct FactsKey {
    /// The bytes go straight into the key's two hashes (`PageKey(bytes:)`
    /// of them all): a national year's standings are some 30 MB of them.
    private var stream = ContentHash.PairStream(seeds: PageKey.seeds)

    init() {}

    mutating func write(_ facts: UnitFacts) {
        write(facts.standing)
        count(facts.history.count)
        for row in facts.history {
            int(row.snapshot)
            int(row.rank)
            doubles(row.values)
        }
        int(facts.change)
        int(facts.baselineChange)
        count(facts.gaps.count)
        for gap in facts.gaps { write(gap) }
        count(facts.streaks.count)
        for streak in facts.streaks { int(streak) }
        count(facts.paces.count)
        for pace in facts.paces { write(pace) }
        write(facts.chartInputs)
        count(facts.neighbours.count)
        for neighbour in facts.neighbours {
            int(neighbour.unit)
            text(neighbour.cells)
        }
    }

    /// Snapshot `s`'s rows of a history file (`HistoryCSV`; `positions`:
    /// in the snapshot's standings): the date, then each unit's standing and
    /// figures.
    mutating func write(snapshot s: Int, positions: [Int], of result: CampaignResult) {
        let snapshot = result.campaign.snapshots[s]
        int(s)
        text(snapshot.date.description)
        count(positions.count)
        // Through buffers: an array's element read by subscript is a copy (a
        // retain of each array a standing or a row holds).
        result.standings[s].withUnsafeBufferPointer { standings in
            snapshot.rows.withUnsafeBufferPointer { rows in
                for i in positions { write(unitAt: i, of: standings, rows: rows) }
            }
        }
    }

    /// All of snapshot `s` given its history files' digests (`files`): the
    /// order of its standings, its values table, and the standing and rows
    /// of every unit no file holds.
    mutating func write(snapshot s: Int, files: [PageKey], history: HistoryCSV, of result: CampaignResult) {
        let snapshot = result.campaign.snapshots[s]
        int(s)
        count(files.count)
        for key in files { write(key) }
        var hasStanding = [Bool](repeating: false, count: snapshot.rows.count)
        result.standings[s].withUnsafeBufferPointer { standings in
            snapshot.rows.withUnsafeBufferPointer { rows in
                count(standings.count)
                for i in standings.indices {
                    let unit = standings[i].unit
                    int(unit)
                    if hasStanding.indices.contains(unit) { hasStanding[unit] = true }
                    if history.fileOfUnit[unit] < 0 {
                        byte(1)
                        write(unitAt: i, of: standings, rows: rows)
                    } else {
                        byte(0)
                    }
                }
            }
        }
        count(snapshot.rows.count)
        for u in snapshot.rows.indices where !hasStanding[u] {
            int(u)
            row(snapshot.rows[u])
        }
        let values = result.values[s]
        count(values.count)
        for u in values.indices { doubles(values[u]) }
    }

    /// A key already taken (of a part of what is written).
    mutating func write(_ key: PageKey) {
        word(key.high)
        word(key.low)
    }

    private mutating func write(unitAt i: Int, of standings: UnsafeBufferPointer<Standing>,
                                rows: UnsafeBufferPointer<[Double?]?>) {
        write(standings[i])
        let unit = standings[i].unit
        guard rows.indices.contains(unit) else { return row(nil) }
        row(rows[unit])
    }

    private mutating func row(_ row: [Double?]?) {
        guard let row else { return byte(0) }
        byte(1)
        doubles(row)
    }

    /// Texts, each after its length, and a missing one told apart from any text.
    mutating func write(texts: [String?]) {
        count(texts.count)
        for value in texts { text(value) }
    }

    /// The key of `texts` written so.
    static func key(texts: [String?]) -> PageKey {
        var writer = FactsKey()
        writer.write(texts: texts)
        return writer.key
    }

    /// The key of what has been written.
    var key: PageKey {
        let (high, low) = stream.values
        return PageKey(high: high, low: low)
    }

    mutating func write(_ standing: Standing) {
        int(standing.unit)
        text(standing.group)
        int(standing.bracket)
        bool(standing.reported)
        int(standing.rank)
        int(standing.groupRank)
        int(standing.bracketRank)
        double(standing.score)
        doubles(standing.values)
        count(standing.targetsMet.count)
        for check in standing.targetsMet {
            int(check.indicator)
            bool(check.met)
        }
        count(standing.awards.count)
        for award in standing.awards { int(award) }
    }

    mutating func write(_ gap: Gap?) {
        switch gap {
        case nil: byte(0)
        case .met?: byte(1)
        case .count(let n, let metric)?:
            byte(2)
            double(n)
            int(metric)
        case .amount(let d)?:
            byte(3)
            double(d)
        case .unknown?: byte(4)
        }
    }

    mutating func write(_ pace: History.Pace?) {
        switch pace {
        case nil: byte(0)
        case .met?: byte(1)
        case .reaches(let day)?:
            byte(2)
            int(day.year)
            int(day.month)
            int(day.day)
        case .notBeforeEnd?: byte(3)
        case .unknown?: byte(4)
        }
    }

    /// What the unit's charts are drawn from (`UnitChartInputs`), not the
    /// charts: a unit whose key is the live site's is not even drawn.
    mutating func write(_ inputs: UnitChartInputs) {
        count(inputs.values.count)
        for values in inputs.values { doubles(values) }
        count(inputs.ranks.count)
        for rank in inputs.ranks { int(rank) }
        count(inputs.references.count)
        for reference in inputs.references {
            bool(reference != nil)
            guard let reference else { continue }
            double(reference.median)
            int(reference.best)
            double(reference.bestValue)
        }
        count(inputs.domains.count)
        for domain in inputs.domains {
            double(domain.low)
            double(domain.high)
        }
    }

    // MARK: Values

    private mutating func byte(_ value: UInt8) { stream.byte(value) }

    /// Little-endian.
    private mutating func word(_ value: UInt64) { stream.word(value) }

    /// A count or a length, in as many bytes as it needs (LEB128): most are
    /// small, and a national unit's facts are some 2,000 of them.
    private mutating func count(_ value: Int) {
        var rest = UInt64(value)
        while rest >= 0x80 {
            stream.byte(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        stream.byte(UInt8(rest))
    }

    private mutating func int(_ value: Int) { word(UInt64(bitPattern: Int64(value))) }

    private mutating func int(_ value: Int?) {
        guard let value else { return byte(0) }
        byte(1)
        int(value)
    }

    private mutating func bool(_ value: Bool) { byte(value ? 1 : 0) }

    private mutating func bool(_ value: Bool?) { byte(value.map { $0 ? 1 : 2 } ?? 0) }

    private mutating func double(_ value: Double) { word(value.bitPattern) }

    private mutating func double(_ value: Double?) {
        guard let value else { return byte(0) }
        byte(1)
        double(value)
    }

    private mutating func doubles(_ values: [Double?]) {
        count(values.count)
        for value in values { double(value) }
    }

    private mutating func text(_ value: String) {
        // In place for a native string (all of them here): no copy to make it contiguous.
        let done: Void? = value.utf8.withContiguousStorageIfAvailable { utf8 in
            count(utf8.count)
            stream.bytes(UnsafeRawBufferPointer(utf8))
        }
        if done == nil {
            var value = value
            value.withUTF8 { utf8 in
                count(utf8.count)
                stream.bytes(UnsafeRawBufferPointer(utf8))
            }
        }
    }

    private mutating func text(_ value: String?) {
        guard let value else { return byte(0) }
        byte(1)
        text(value)
    }
}

extension KeyedPages {
    /// What every page of a campaign keyed by its inputs (`UnitKeys`,
    /// `PeriodKeys`) is made of besides them: thidua, the UI strings (a share
    /// card says them and has no template salt), the campaign apart from its
    /// snapshots' rows (`Campaign.planDigest`), the site's settings and root.
    /// nil without a `PageReuse`, or for a campaign not read from files.
    func campaignTexts(_ pages: CampaignPages) -> [String?]? {
        guard let reuse, !pages.campaign.planDigest.isEmpty else { return nil }
        let settings = pages.context.settings
        return [reuse.toolIdentity, plans?.table?.digest.description, pages.campaign.planDigest, settings.title,
                settings.baseURL, settings.language.rawValue, settings.organization, pages.context.root]
    }
}
