/// Builds the page models of one campaign from its ranked result and charts.
/// The pages themselves are in the extensions next to this file.
struct CampaignPages {
    var context: PageContext
    var result: CampaignResult
    var charts: CampaignCharts
    /// The ranking table's columns: the same on every page of the campaign
    /// at one snapshot.
    private(set) var table: TableShape
    /// The snapshot the leaderboard pages show: the current one, or a past
    /// period's (`at(_:)`). Unit pages, cards and embeds are always current.
    private(set) var snapshot: Int
    /// Who is where at `snapshot`.
    private(set) var scopes: CampaignResult.Scopes

    init(context: PageContext, result: CampaignResult, charts: CampaignCharts) {
        self.context = context
        self.result = result
        self.charts = charts
        rules = RuleText(campaign: result.campaign, format: context.format, strings: context.strings)
        snapshot = result.campaign.current
        scopes = result.scopes
        table = Self.tableShape(result.campaign, result: result, context: context, rules: rules, snapshot: snapshot)
    }

    /// The same campaign's leaderboard pages at snapshot `s`: its standings,
    /// its rank changes against snapshot `s - 1`, its indicator pages.
    func at(_ s: Int) -> CampaignPages {
        result.requireKept(s)
        var pages = self
        pages.snapshot = s
        pages.scopes = s == campaign.current ? result.scopes : CampaignResult.Scopes(result.standings[s])
        pages.table = Self.tableShape(campaign, result: result, context: context, rules: rules, snapshot: s)
        return pages
    }

    /// The campaign's pages at the current snapshot without any unit's
    /// data (`CampaignResult.withoutUnitData`, no charts): what a unit's
    /// files are made of besides its `UnitFacts`. Its helpers read the plan,
    /// the table's shape and the counts of the current scopes; reading a
    /// unit's figures or a chart from it traps.
    func unitFrame() -> CampaignPages {
        var frame = (isCurrent ? self : at(campaign.current)).sliced(result.withoutUnitData)
        frame.scopes = frame.result.scopes
        return frame
    }

    /// These pages, their table and scopes as they are, on `slice` (a part
    /// of `result`: `CampaignResult.keeping(snapshots:)`) and no charts:
    /// whatever they make next can read nothing else. A past period's pages
    /// are made on the slice of their snapshot and the one before.
    func sliced(_ slice: CampaignResult) -> CampaignPages {
        var pages = self
        pages.result = slice
        pages.charts = .none
        pages.rules = RuleText(campaign: slice.campaign, format: format, strings: context.strings)
        return pages
    }

    var campaign: Campaign { result.campaign }
    var format: NumberFormat { context.format }
    /// The campaign's rules in words (targets, conditions, award requirements).
    private(set) var rules: RuleText
    var paths: CampaignPaths { CampaignPaths(slug: campaign.slug) }
    var isCurrent: Bool { snapshot == campaign.current }
    /// The standings at `snapshot`, in leaderboard order.
    var standings: [Standing] {
        result.requireKept(snapshot)
        return result.standings[snapshot]
    }
    /// The snapshot the rank changes at `snapshot` are measured from.
    var previousSnapshot: Int? { snapshot > 0 ? snapshot - 1 : nil }
    /// The standings of a group at `snapshot`, in leaderboard order.
    func members(of group: String) -> [Standing] {
        let all = standings
        return (scopes.members[group] ?? []).map { all[$0] }
    }
    var asOfDay: Day { campaign.snapshots[snapshot].date }
    var asOfText: String { context.t("as_of", ["date": format.date(asOfDay)]) }

    func url(_ path: String) -> String { context.url(path) }
    var campaignURL: String { url(paths.home) }
    func unitURL(_ unit: Int) -> String { url(paths.unit(campaign.units[unit].id)) }

    /// `periodCrumb`: at a past snapshot, whether the trail ends with that
    /// period's leaderboard (not on the leaderboard itself).
    func layout(title: String, description: String, crumbs: Bool = true, periodCrumb: Bool = true,
                finder: Bool = false) -> Layout {
        var sections = [Link(text: context.t("leaderboard"), url: campaignURL)]
        // Large campaigns list their groups on the home page instead (34
        // provinces would be 34 links at the top of every page).
        if campaign.hasGroups && !isCompact {
            sections += campaign.groups.map { Link(text: $0.name, url: url(paths.group($0.id))) }
        }
        if !campaign.awards.isEmpty { sections.append(Link(text: context.t("awards"), url: url(paths.awards))) }
        sections.append(Link(text: context.t("plan"), url: url(paths.plan)))
        var trail = [Link(text: context.t("home"), url: context.root)]
        if crumbs { trail.append(Link(text: campaign.title, url: campaignURL)) }
        // A past period's pages sit under that period's leaderboard.
        if crumbs && periodCrumb && !isCurrent { trail.append(Link(text: periodTitle, url: url(paths.leaderboard(at: snapshot, of: campaign)))) }
        var layout = context.layout(title: title, description: description, sample: campaign.sample,
                                    breadcrumbs: trail, sections: sections)
        layout.finder = finder
        return layout
    }

    func status() -> String {
        if asOfDay < campaign.period.start { return context.t("not_started") }
        let left = campaign.period.end.ordinal - asOfDay.ordinal
        return left > 0 ? context.t("days_left", ["days": String(left)]) : context.t("campaign_ended")
    }

    func periodText() -> String {
        context.t("period", ["start": format.date(campaign.period.start), "end": format.date(campaign.period.end)])
    }

    func card() -> CampaignCard {
        CampaignCard(
            title: campaign.title, url: campaignURL, issuer: campaign.issuer, period: periodText(), asOf: asOfText,
            units: context.t("units_count", ["count": format.integer(Double(campaign.units.count))]),
            status: status(), sample: campaign.sample)
    }

    /// nil for empty text: Mustache treats "" as true.
    func nonEmpty(_ text: String) -> String? { text.isEmpty ? nil : text }

    func block(_ svg: String, _ path: String) -> ChartBlock {
        ChartBlock(svg: svg, downloadURL: url(path), pngURL: url(ChartDownload.pngPath(path)))
    }

    /// Whether each unit's charts are also written as standalone SVG files.
    var unitChartFiles: Bool { campaign.units.count <= Self.compactThreshold }

    func unitBlock(_ svg: String, _ path: @autoclosure () -> String) -> ChartBlock {
        guard unitChartFiles else { return ChartBlock(svg: svg, downloadURL: nil, pngURL: nil) }
        let path = path()
        return ChartBlock(svg: svg, downloadURL: url(path), pngURL: url(ChartDownload.pngPath(path)))
    }

    // MARK: Tables

    /// Whether the snapshot before `s` ranks any unit: the ± column has something to compare with.
    static func hasRanks(_ campaign: Campaign, _ result: CampaignResult, before s: Int) -> Bool {
        guard s > 0 else { return false }
        result.requireKept(s - 1)
        return result.standings[s - 1].contains(where: \.isRanked)
    }

    private static func tableShape(_ campaign: Campaign, result: CampaignResult, context: PageContext, rules: RuleText,
                                   snapshot: Int) -> TableShape {
        let headers = columnHeaders(campaign, context: context, rules: rules, group: nil, snapshot: snapshot)
        return TableShape(
            lead: headers.lead, columns: headers.columns,
            hasGroups: campaign.hasGroups, hasBrackets: campaign.hasBrackets,
            scoreFirst: campaign.ranking.leadsWithScore,
            scoreLater: campaign.ranking.usesScore && !campaign.ranking.leadsWithScore,
            hasChange: hasRanks(campaign, result, before: snapshot))
    }

    /// The indicator columns' headers: the leading ranking indicator apart,
    /// the others in plan order. With `group`, each shows that group's own
    /// target only (a group's table), else every group's. The links go to
    /// the indicator pages at `snapshot`.
    private static func columnHeaders(_ campaign: Campaign, context: PageContext, rules: RuleText,
                                      group: String?, snapshot: Int) -> (lead: ColumnHeader?, columns: [ColumnHeader]) {
        let paths = CampaignPaths(slug: campaign.slug)
        let headers = campaign.indicators.enumerated().map { k, indicator in
            let target = group.map { rules.target(indicator: k, group: $0) } ?? targetSummary(k, rules)
            return ColumnHeader(name: indicator.name, target: target.isEmpty ? nil : target,
                                url: context.url(paths.indicator(indicator.id, at: snapshot, of: campaign)),
                                wide: indicator.name.count + target.count > ColumnHeader.wideLength)
        }
        let lead = campaign.ranking.leadingIndicator
        return (lead.map { headers[$0] }, headers.indices.filter { $0 != lead }.map { headers[$0] })
    }

    /// The indicator columns' headers of a group's table, with the group's own targets.
    func columnHeaders(group: String) -> (lead: ColumnHeader?, columns: [ColumnHeader]) {
        Self.columnHeaders(campaign, context: context, rules: rules, group: group, snapshot: snapshot)
    }

    func targetSummary(_ indicator: Indicator) -> String {
        Self.targetSummary(campaign.indicators.firstIndex { $0.id == indicator.id } ?? 0, rules)
    }

    /// Indicator `k`'s target for each group ("Khối A: ≥ 50,0%; Khối B: …"), or one target for all.
    private static func targetSummary(_ k: Int, _ rules: RuleText) -> String {
        let campaign = rules.campaign
        switch campaign.indicators[k].target {
        case .none: return ""
        case .all(let goal): return rules.goal(goal, indicator: k)
        case .perGroup(let map):
            return campaign.groups.compactMap { group in
                map[group.id].map { "\(group.name): \(rules.goal($0, indicator: k))" }
            }.joined(separator: "; ")
        }
    }

    func cell(_ standing: Standing, _ k: Int) -> Cell {
        let check = standing.targetsMet.first { $0.indicator == k }
        return Cell(text: format.value(standing.values[k], as: campaign.indicators[k].format), hasTarget: check != nil,
                    met: check?.met ?? false,
                    statusText: check.map { $0.met ? context.t("met") : context.t("not_met") } ?? "")
    }

    /// Every indicator's cell, in plan order.
    func cells(_ standing: Standing) -> [Cell] {
        campaign.indicators.indices.map { cell(standing, $0) }
    }

    /// The cells of the indicators other than the leading ranking one, in `table.columns` order.
    func tableCells(_ standing: Standing) -> [Cell] {
        let lead = campaign.ranking.leadingIndicator
        return campaign.indicators.indices.filter { $0 != lead }.map { cell(standing, $0) }
    }

    /// "▲2" / "▼1" / "–" with a spoken label, at `snapshot` against the one before.
    func change(_ unit: Int) -> (text: String, label: String, up: Bool, down: Bool) {
        change(rankChange: table.hasChange ? Movement.rankChange(unit: unit, from: previousSnapshot, to: snapshot, result: result) : nil)
    }

    /// `change(_:)` of a rank change already measured (nil: none to tell).
    func change(rankChange change: Int?) -> (text: String, label: String, up: Bool, down: Bool) {
        guard table.hasChange else { return ("", "", false, false) }
        guard let change else {
            return ("", context.t("change_none"), false, false)
        }
        if change > 0 { return ("▲\(change)", context.t("change_up", ["count": String(change)]), true, false) }
        if change < 0 { return ("▼\(-change)", context.t("change_down", ["count": String(-change)]), false, true) }
        return ("–", context.t("change_same"), false, false)
    }

    /// A ranking table's row. `inGroup`: the table lists one group in group
    /// order, so the rank in the group comes first and the overall rank second.
    func row(_ standing: Standing, highlight: Int? = nil, inGroup: Bool) -> Row {
        let unit = campaign.units[standing.unit]
        let moved = change(standing.unit)
        let overall = standing.rank.map(format.count) ?? NumberFormat.missing
        let inItsGroup = standing.groupRank.map(format.count) ?? NumberFormat.missing
        return Row(
            rank: inGroup ? inItsGroup : overall, change: moved.text, changeLabel: moved.label,
            up: moved.up, down: moved.down, name: unit.name, url: unitURL(standing.unit),
            otherRank: inGroup ? overall : inItsGroup,
            group: campaign.group(standing.group)?.name ?? "",
            bracket: OpenData.bracketLabel(standing, campaign, format) ?? "",
            leadCell: campaign.ranking.leadingIndicator.map { cell(standing, $0) },
            cells: tableCells(standing), score: standing.score.map(format.score) ?? "",
            awards: standing.awards.map { campaign.awards[$0].name },
            highlight: standing.unit == highlight)
    }

    /// What a unit still needs on indicator `k`, in its own terms.
    func need(unit u: Int, indicator k: Int) -> String {
        need(Gap.of(indicator: k, unit: u, snapshot: snapshot, result: result), unit: u, indicator: k)
    }

    /// `need(unit:indicator:)` of a gap already measured.
    func need(_ gap: Gap?, unit u: Int, indicator k: Int) -> String {
        let indicator = campaign.indicators[k]
        let group = campaign.units[u].group
        guard let gap else { return "" }
        // Met: the whole goal as the plan states it (a condition part included).
        if case .met = gap { return context.t("need_met", ["target": rules.target(indicator: k, group: group)]) }
        // A gap is to the value part, the number the sentence counts toward.
        guard let target = indicator.target.target(for: group) else {
            return context.t("need_condition", ["target": rules.target(indicator: k, group: group)])
        }
        let targetText = format.target(target, as: indicator.format)
        switch gap {
        case .met, .unknown: return context.t("need_unknown")
        case .count(let n, let metric):
            let what = countedThing(campaign.metrics[metric].name)
            return context.t(n > 0 ? "need_more" : "need_fewer",
                             ["count": format.integer(abs(n)), "what": what, "target": targetText])
        case .amount(let d):
            var amount = format.value(abs(d), as: indicator.format)
            if amount.hasPrefix("+") { amount.removeFirst() }
            return context.t(d > 0 ? "need_raise" : "need_lower", ["amount": amount, "target": targetText])
        }
    }

    /// A change of a value: percentage points for rates, a signed amount otherwise.
    func signedChange(_ change: Double, as valueFormat: ValueFormat) -> String {
        switch valueFormat {
        case .percent, .points: return format.points(change)
        case .number, .money: return (change < 0 ? "-" : "+") + format.value(abs(change), as: valueFormat)
        }
    }

    /// `signedChange` of changes listed together: plain numbers share one
    /// number of decimals (`NumberFormat.numbers`).
    func signedChanges(_ changes: [Double], as valueFormat: ValueFormat) -> [String] {
        guard valueFormat == .number else { return changes.map { signedChange($0, as: valueFormat) } }
        return zip(changes, format.numbers(changes.map(abs))).map { ($0 < 0 ? "-" : "+") + $1 }
    }

    /// What a count counts, to follow a number: "Số giao dịch thanh toán"
    /// → "giao dịch thanh toán" (never "131 số giao dịch"), "Hồ sơ tiếp nhận" → "hồ sơ tiếp nhận".
    func countedThing(_ metricName: String) -> String {
        let name = lowerFirst(metricName)
        for prefix in ["số lượng ", "số "] where name.hasPrefix(prefix) && name.count > prefix.count {
            return String(name.dropFirst(prefix.count))
        }
        return name
    }

    /// "Hồ sơ tiếp nhận" → "hồ sơ tiếp nhận", but "UBND" stays.
    func lowerFirst(_ text: String) -> String {
        let chars = Array(text)
        guard chars.count > 1, chars[1].isLowercase || chars[1] == " " else { return text }
        return chars[0].lowercased() + String(chars.dropFirst())
    }
}
