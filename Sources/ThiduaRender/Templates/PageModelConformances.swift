// The page models the theme's templates show. Their fields are found by
// `ModelKind` from the compiler's metadata; only computed values the
// templates use are named here. `CompiledThemeTests` fails when a model
// holds a type the renderer cannot show.

extension Link: TemplateModel {}
extension FoldedLinks: TemplateModel {}
extension Layout: TemplateModel {}
extension CampaignCard: TemplateModel {}
extension IndexPage: TemplateModel {}
extension Figure: TemplateModel {}
extension RingFigure: TemplateModel {}
extension Cell: TemplateModel {}
extension Row: TemplateModel {}
extension NeighbourLine: TemplateModel {}
extension ChartBlock: TemplateModel {}
extension RankedBarList: TemplateModel {}
extension RankedBarRow: TemplateModel {}
extension GroupSection: TemplateModel {}
extension ColumnHeader: TemplateModel {}
extension Mover: TemplateModel {}
extension TableShape: TemplateModel {}
extension GroupSummary: TemplateModel {}
extension LeaderboardPage: TemplateModel {}
extension IndicatorLine: TemplateModel {}
extension HistoryRow: TemplateModel {}
extension UnitPage: TemplateModel {}
extension IndicatorRow: TemplateModel {}
extension GroupPage: TemplateModel {}
extension PlanPage: TemplateModel {}
extension NotFoundPage: TemplateModel {}
extension AwardSummary: TemplateModel {}
extension GrantEntry: TemplateModel {}
extension PersonGrant: TemplateModel {}
extension AwardsPage: TemplateModel {}
extension TotalsBlock: TemplateModel {}
extension TotalsRow: TemplateModel {}
extension MethodSection: TemplateModel {}
extension MethodItem: TemplateModel {}
extension PeriodNav: TemplateModel {}
extension PeriodItem: TemplateModel {}
extension PeriodList: TemplateModel {}
extension PeriodPage: TemplateModel {}
extension ShareMeta: TemplateModel {}
extension EmbedRow: TemplateModel {}
extension EmbedGroup: TemplateModel {}
extension EmbedIndicator: TemplateModel {}
extension EmbedPage: TemplateModel {}

extension IndicatorPage: TemplateModel {
    static var computedTemplateFields: [String: TemplateField] { ["columnCount": computedField { $0.columnCount }] }
}

extension TargetStatus where Self: TemplateModel {
    static var computedTemplateFields: [String: TemplateField] {
        ["status": computedField { $0.status }, "mark": computedField { $0.mark }]
    }
}

extension NeighbourRow: TemplateModel {
    // The row's own names too, so that the template reads like a row of a table.
    static var templateFieldsForwardedTo: String? { "row" }
}
