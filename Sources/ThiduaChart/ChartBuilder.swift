/// Builds the chart models of one campaign (see `ChartStage`).
package struct ChartBuilder: Sendable {
    var result: CampaignResult
    var format: NumberFormat
    var strings: UIStrings
    /// Per indicator: the range of its values over all units and snapshots.
    let domains: [(low: Double, high: Double)]
    /// Per snapshot: its date as charts write it.
    let dates: [String]
    /// `[rank]`: the short rank label ("hạng 3") of the rank trends (index 0 unused).
    let rankLabels: [String]
    /// `[indicator][group id]`: the indicator's target for the group as
    /// written (`≥ 50,0%`), for every group a unit is in that has one.
    let targetLabels: [[String: String]]
    /// `[indicator][group id]`: the same after the word "target" (`targetText`).
    let targetTexts: [[String: String]]
    /// `[indicator]`: the labelled gridlines of its trends.
    let ticks: [[TrendChart.Tick]]
    /// `[indicator][group id]`: the group's median and best value now.
    let references: [[String: GroupReference]]

    package init(result: CampaignResult, format: NumberFormat, strings: UIStrings) {
        self.result = result
        self.format = format
        self.strings = strings
        let campaign = result.campaign
        var domains = campaign.indicators.map { (low: 0.0, high: $0.format == .percent ? 1.0 : 0.0) }
        for snapshot in result.values {
            for unit in snapshot {
                for (k, value) in unit.enumerated() {
                    if let value { domains[k] = (min(domains[k].low, value), max(domains[k].high, value)) }
                }
            }
        }
        self.domains = domains
        ticks = campaign.indicators.indices.map { k in
            let ends = AxisEnds.ends(of: domains[k], format: campaign.indicators[k].format)
            return (ends.low == ends.high ? [ends.low] : [ends.low, ends.high]).map {
                TrendChart.Tick(value: $0, text: Self.chartText($0, campaign.indicators[k].format, format: format, strings: strings, tick: true))
            }
        }
        references = campaign.indicators.enumerated().map { k, indicator in
            var references: [String: GroupReference] = [:]
            for group in campaign.groups {
                let values = result.members(of: group.id).compactMap { standing in
                    standing.values[k].map { (unit: standing.unit, value: $0) }
                }
                references[group.id] = GroupReference(values, better: indicator.better)
            }
            return references
        }
        dates = campaign.snapshots.map { format.date($0.date) }
        rankLabels = (0...max(1, campaign.units.count)).map { strings.text("rank_short", ["rank": format.count($0)]) }
        let unitGroups = Set(campaign.units.map(\.group))
        let rules = RuleText(campaign: campaign, format: format, strings: strings)
        targetLabels = campaign.indicators.indices.map { k in
            var labels: [String: String] = [:]
            for group in unitGroups {
                if let goal = campaign.indicators[k].target.goal(for: group) { labels[group] = rules.goal(goal, indicator: k) }
            }
            return labels
        }
        // The line a chart draws is the value part of the target: its text says that value alone.
        let word = strings.text("target")
        targetTexts = campaign.indicators.map { indicator in
            var texts: [String: String] = [:]
            for group in unitGroups {
                if let target = indicator.target.target(for: group) {
                    texts[group] = word + " " + format.target(target, as: indicator.format)
                }
            }
            return texts
        }
    }

    var campaign: Campaign { result.campaign }

    /// A value as a unit page's chart writes it: `NumberFormat.short`, with
    /// percentage points shortened ("+3,4 điểm %"), since the long unit
    /// crowds a phone's chart. An axis end (`tick`) that is a whole
    /// percentage drops the decimal: "100%".
    static func chartText(_ value: Double?, _ valueFormat: ValueFormat, format: NumberFormat, strings: UIStrings,
                          tick: Bool = false) -> String {
        guard let value, valueFormat == .percent || valueFormat == .points else { return format.short(value, as: valueFormat) }
        let hundred = value * 100
        let whole = tick && abs(hundred - hundred.rounded()) < 1e-9
        let text = format.decimal(hundred, decimals: whole ? 0 : 1)
        if valueFormat == .percent { return text + "%" }
        let signed = text.hasPrefix("-") || text == format.decimal(0, decimals: whole ? 0 : 1) ? text : "+" + text
        return strings.text("points_short", ["value": signed])
    }

    func chartText(_ value: Double?, _ valueFormat: ValueFormat) -> String {
        Self.chartText(value, valueFormat, format: format, strings: strings)
    }

    func t(_ key: String, _ values: [String: String] = [:]) -> String { strings.text(key, values) }

    /// Consistent scales: every unit's chart of an indicator uses the range of
    /// all its values at all snapshots.
    func domain(_ k: Int) -> (low: Double, high: Double) { domains[k] }

    func targetText(_ target: Target?, _ k: Int) -> String? {
        target.map { t("target") + " " + format.target($0, as: campaign.indicators[k].format) }
    }

    /// `targetText` of indicator `k`'s target for a unit's group.
    func targetText(_ k: Int, group: String) -> String? {
        targetTexts[k][group]
    }

    /// The group's ranked bars at the current snapshot, or at `snapshot`
    /// (a period's official report).
    package func groupBars(_ group: Group, at snapshot: Int? = nil) -> RankedBarChart? {
        let members = snapshot.map { s in
            (CampaignResult.Scopes(result.standings[s]).members[group.id] ?? []).map { result.standings[s][$0] }
        } ?? result.members(of: group.id)
        guard !members.isEmpty else { return nil }
        let headline = ChartStage.headlineIndicator(campaign)
        let name = headline.map { campaign.indicators[$0].name } ?? t("score")
        let target = headline.flatMap { campaign.indicators[$0].target.target(for: group.id) }
        let bars = members.map { standing -> RankedBarChart.Bar in
            let value = headline.map { standing.values[$0] } ?? standing.score
            let text = headline.map { format.short(value, as: campaign.indicators[$0].format) }
                ?? value.map { format.decimal($0, decimals: 1) } ?? NumberFormat.missing
            let met = headline.flatMap { k in standing.targetsMet.first { $0.indicator == k }?.met }
            return RankedBarChart.Bar(unit: standing.unit, rank: standing.groupRank.map(format.count),
                                      name: campaign.units[standing.unit].name, value: value,
                                      valueText: value == nil ? t("no_data") : text, met: met)
        }
        var sentences: [String] = []
        if let first = members.first, first.isRanked, let value = bars.first?.valueText {
            sentences.append(t("chart_desc_top", ["first": campaign.units[first.unit].name, "value": value]))
        }
        if let target, let k = headline {
            sentences.append(t("chart_desc_target", [
                "count": String(bars.filter { $0.met == true }.count), "total": String(bars.count),
                "target": format.target(target, as: campaign.indicators[k].format)]))
        }
        return RankedBarChart(
            id: "bars-\(group.id)",
            // Nobody ranked (a baseline before any gain can be measured): the bars stand
            // in alphabetical order, and the title does not call them a ranking.
            title: t(members.contains(where: \.isRanked) ? "chart_title" : "chart_title_unranked", ["indicator": name])
                + (group.name.isEmpty ? "" : " — " + group.name),
            description: sentences.joined(separator: " "), bars: bars,
            axis: barAxis(values: bars.compactMap(\.value), target: target?.value,
                          format: headline.map { campaign.indicators[$0].format }),
            target: target?.value, targetText: headline.flatMap { targetText(target, $0) },
            metText: t("met"), missedText: t("not_met"), metKey: t("bars_key_met"), missedKey: t("bars_key_missed"))
    }

    /// "Sở Y tế đạt 37,4%, hạng 10/15, chưa đạt chỉ tiêu ≥ 50,0%."
    func sentence(unit u: Int, indicator k: Int) -> String {
        let indicator = campaign.indicators[k]
        let unit = campaign.units[u]
        let standing = result.standing(of: u, at: campaign.current)!
        let value = standing.values[k]
        var text = value == nil
            ? t("desc_no_value", ["unit": unit.name, "indicator": indicator.name])
            : t("desc_value", ["unit": unit.name, "indicator": indicator.name, "value": format.value(value, as: indicator.format)])
        if let rank = standing.groupRank {
            let total = result.scopes.rankedInGroup[unit.group] ?? 0
            text += ", " + t("desc_rank", ["rank": format.count(rank), "total": format.count(total)])
        }
        if let check = standing.targetsMet.first(where: { $0.indicator == k }) {
            // The unit's check is on its group's target (`RankStage`).
            let target = targetLabels[k][unit.group] ?? ""
            text += ", " + t(check.met ? "desc_met" : "desc_not_met", ["target": target])
        }
        return text + "."
    }

    func bullet(unit u: Int, indicator k: Int) -> BulletChart {
        let standing = result.standing(of: u, at: campaign.current)!
        let check = standing.targetsMet.first { $0.indicator == k }
        let indicator = campaign.indicators[k]
        let domain = domain(k)
        var description = sentence(unit: u, indicator: k)
        var references: [BulletChart.Reference] = []
        // A count, an amount or a figure without a target says little as a
        // bare bar: the group's median and best value give it a measure.
        if indicator.format == .number || indicator.format == .money || check == nil, let reference = self.references[k][standing.group] {
            let scope = campaign.hasGroups ? "group" : "all"
            let best = indicator.better == .higher ? "highest" : "lowest"
            references = [
                BulletChart.Reference(kind: .median, value: reference.median,
                                      text: t("bullet_median_\(scope)", ["value": chartText(reference.median, indicator.format)])),
                BulletChart.Reference(kind: .best, value: reference.bestValue,
                                      text: t("bullet_\(best)_\(scope)", ["value": chartText(reference.bestValue, indicator.format)])),
            ]
            description += " " + references[0].text + "; " + references[1].text + " — " + campaign.units[reference.best].name + "."
        }
        return BulletChart(
            id: "bullet-\(k)", title: indicator.name, description: description,
            value: standing.values[k], valueText: format.value(standing.values[k], as: indicator.format),
            target: check?.target?.value, targetText: check == nil ? nil : targetText(k, group: standing.group), met: check?.met,
            scaleMax: domain.high, scaleMin: domain.low, references: references)
    }

    func trend(unit u: Int, indicator k: Int) -> TrendChart {
        let indicator = campaign.indicators[k]
        let target = indicator.target.target(for: campaign.units[u].group)
        var points = campaign.snapshots.indices.map { s in
            TrendChart.Point(label: dates[s], value: result.values[s][u][k], valueText: "")
        }
        // Only the first and last values are written out (`TrendChart.Point.valueText`).
        let firstIndex = points.firstIndex { $0.value != nil }, lastIndex = points.lastIndex { $0.value != nil }
        if let firstIndex { points[firstIndex].valueText = chartText(points[firstIndex].value, indicator.format) }
        if let lastIndex, lastIndex != firstIndex {
            points[lastIndex].valueText = chartText(points[lastIndex].value, indicator.format)
        }
        var description = t("trend_desc_none", ["indicator": indicator.name])
        if let firstIndex, let lastIndex {
            let first = points[firstIndex], last = points[lastIndex]
            description = t("trend_desc", ["indicator": indicator.name, "from": first.valueText, "start": first.label,
                                           "to": last.valueText, "end": last.label])
        }
        return TrendChart(id: "trend-\(k)", title: indicator.name, description: description, points: points,
                          target: target?.value, targetText: targetText(k, group: campaign.units[u].group),
                          inverted: false, domain: domain(k), ticks: ticks[k])
    }

    func rankTrend(unit u: Int) -> TrendChart {
        let points = campaign.snapshots.indices.map { s -> TrendChart.Point in
            let rank = result.rank(of: u, at: s)
            return TrendChart.Point(label: dates[s], value: rank.map(Double.init),
                                    valueText: rank.map { rankLabels[$0] } ?? NumberFormat.missing)
        }
        let ranks = points.compactMap(\.value)
        let description = ranks.isEmpty ? t("rank_trend_none")
            : t("rank_trend_desc", ["from": points.first { $0.value != nil }!.valueText,
                                    "to": points.last { $0.value != nil }!.valueText])
        return TrendChart(id: "rank-trend", title: t("rank_history"), description: description, points: points,
                          target: nil, targetText: nil, inverted: true,
                          domain: (1, Double(max(1, campaign.units.count))),
                          ticks: campaign.units.count > 1 ? [TrendChart.Tick(value: 1, text: rankLabels[1]),
                                                             TrendChart.Tick(value: Double(campaign.units.count), text: rankLabels[campaign.units.count])]
                              : [TrendChart.Tick(value: 1, text: rankLabels[1])])
    }

    func distribution(_ k: Int) -> DistributionChart {
        let indicator = campaign.indicators[k]
        let dots = result.current.compactMap { standing -> DistributionChart.Dot? in
            guard let value = standing.values[k] else { return nil }
            return DistributionChart.Dot(value: value, met: standing.targetsMet.first { $0.indicator == k }?.met)
        }
        // One target line only when every group shares it.
        var target: Target?
        if case .all(let shared) = indicator.target { target = shared.threshold }
        let values = dots.map(\.value)
        let description = t("distribution_desc", [
            "count": String(dots.count), "indicator": indicator.name,
            "low": format.value(values.min(), as: indicator.format),
            "high": format.value(values.max(), as: indicator.format)])
        let axis = Self.axis(values: values, target: target, format: indicator.format)
        return DistributionChart(
            id: "dist-\(k)", title: indicator.name, description: description, dots: dots,
            target: target, targetText: targetText(target, k),
            axis: axis, tickTexts: format.ticks(axis.ticks, as: indicator.format))
    }

    /// The axis of an indicator's values and its shared target (the
    /// distribution chart's and the share card's): round ends around them;
    /// a percentage with no value from 0 to 100%.
    static func axis(values: [Double], target: Target?, format: ValueFormat) -> AxisRange {
        let all = values + (target.map { [$0.value] } ?? [])
        guard let low = all.min(), let high = all.max() else {
            return AxisRange.nice(low: 0, high: format == .percent ? 1 : 0)
        }
        return AxisRange.nice(low: low, high: high)
    }

    func ring(_ k: Int) -> ProgressRing? {
        let indicator = campaign.indicators[k]
        guard indicator.target != .none else { return nil }
        let withTarget = result.current.filter { s in s.targetsMet.contains { $0.indicator == k } }
        guard !withTarget.isEmpty else { return nil }
        let met = withTarget.filter { s in s.targetsMet.contains { $0.indicator == k && $0.met } }.count
        let text = t("meeting_target", ["count": String(met), "total": String(withTarget.count)])
        return ProgressRing(id: "ring-\(k)", title: indicator.name, description: text + " — " + indicator.name,
                            count: met, total: withTarget.count, centreText: format.integer(Double(met)) + "/" + format.integer(Double(withTarget.count)))
    }
}
