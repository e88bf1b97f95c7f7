/// Every chart of one campaign, as models ready to be written as SVG.
public struct CampaignCharts: Sendable {
    /// The ranked bar chart of each group, by group id.
    public var groupBars: [String: RankedBarChart]
    /// `[indicator]`: every unit's value on the indicator.
    public var distributions: [DistributionChart]
    /// `[indicator]`: how many units meet the target, nil without a target.
    public var rings: [ProgressRing?]
    /// What drew these, for the charts drawn later: a unit's, when its
    /// page is made (`ChartBuilder.unitCharts`), and past snapshots' (the
    /// official reports' group bars). Its labels and references are made once.
    package var builder: ChartBuilder?

    /// No chart at all: where a page may not show any chart but a unit's
    /// own (`CampaignResult.withoutUnitData`), reading one traps.
    public static let none = CampaignCharts(groupBars: [:], distributions: [], rings: [], builder: nil)
}

/// The Chart stage: chart models drawn from ranked results, with titles and
/// descriptions written from the data in the site's language.
public enum ChartStage {
    /// The figure a campaign is ranked on: the first ranking indicator, or
    /// nil when ranking by score.
    public static func headlineIndicator(_ campaign: Campaign) -> Int? {
        campaign.ranking.leadingIndicator
    }

    public static func charts(_ result: CampaignResult, format: NumberFormat, strings: UIStrings) -> CampaignCharts {
        let builder = ChartBuilder(result: result, format: format, strings: strings)
        let campaign = result.campaign
        var groupBars: [String: RankedBarChart] = [:]
        for group in campaign.groups {
            if let chart = builder.groupBars(group) { groupBars[group.id] = chart }
        }
        return CampaignCharts(
            groupBars: groupBars,
            distributions: campaign.indicators.indices.map(builder.distribution),
            rings: campaign.indicators.indices.map(builder.ring),
            builder: builder)
    }
}
