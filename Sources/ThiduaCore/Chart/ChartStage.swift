/// The charts of one campaign, keyed by what they show.
public struct CampaignCharts: Sendable {
    /// The ranked bar chart of each group, by group id.
    public var groupBars: [String: RankedBarChart]
}

/// The Chart stage: chart models drawn from ranked results.
public enum ChartStage {
    /// The figure a campaign is ranked on: the first ranking indicator, or
    /// nil when ranking by score.
    public static func headlineIndicator(_ campaign: Campaign) -> Int? {
        if case .indicators(let order) = campaign.ranking { return order.first }
        return nil
    }

    public static func charts(_ result: CampaignResult, format: NumberFormat, strings: UIStrings) -> CampaignCharts {
        let campaign = result.campaign
        var bars: [String: RankedBarChart] = [:]
        let headline = headlineIndicator(campaign)
        for group in campaign.groups {
            let members = result.current.filter { $0.group == group.id }
            guard !members.isEmpty else { continue }
            let name: String, target: Target?
            if let k = headline {
                name = campaign.indicators[k].name
                target = campaign.indicators[k].target.target(for: group.id)
            } else {
                name = strings.text("score")
                target = nil
            }
            let chartBars = members.map { standing -> RankedBarChart.Bar in
                let unit = campaign.units[standing.unit]
                let value = headline.map { standing.values[$0] } ?? standing.score
                let text = headline.map { format.value(value, as: campaign.indicators[$0].format) }
                    ?? value.map { format.decimal($0, decimals: 1) } ?? NumberFormat.missing
                let met = headline.flatMap { k in standing.targetsMet.first { $0.indicator == k }?.met }
                let rank = standing.groupRank.map { "\($0). " } ?? ""
                return RankedBarChart.Bar(label: rank + unit.name, value: value,
                                          valueText: value == nil ? strings.text("no_data") : text, met: met)
            }
            var sentences: [String] = []
            if let first = members.first, first.isRanked, let value = chartBars.first?.valueText {
                sentences.append(strings.text("chart_desc_top", ["first": campaign.units[first.unit].name, "value": value]))
            }
            var targetText: String?
            if let target, let k = headline {
                targetText = strings.text("target") + " " + format.target(target, as: campaign.indicators[k].format)
                let count = chartBars.filter { $0.met == true }.count
                sentences.append(strings.text("chart_desc_target", [
                    "count": String(count), "total": String(chartBars.count),
                    "target": format.target(target, as: campaign.indicators[k].format)]))
            }
            bars[group.id] = RankedBarChart(
                title: strings.text("chart_title", ["indicator": name]) + (group.name.isEmpty ? "" : " — " + group.name),
                description: sentences.joined(separator: " "), bars: chartBars,
                target: target?.value, targetText: targetText)
        }
        return CampaignCharts(groupBars: bars)
    }
}
