/// Prepared page models handed to the theme's Mustache templates. Every
/// field is final text (or a flag, or a list); templates compute nothing.
/// Templates see the stored properties, found by `ModelKind` from the
/// compiler's metadata (`Templates/PageModelConformances.swift` names the
/// models and their few computed fields); templates test lists with
/// `empty(list)`, and optional text is nil rather than empty (an empty
/// string counts as true).

struct Link {
    var text: String
    var url: String
}

/// Links a reader opens on purpose (`<details>`): a long list that would
/// otherwise fill screens of a phone.
struct FoldedLinks {
    /// Lists of more links than this are folded.
    static let limit = 6
    var summary: String
    var links: [Link]
}

/// What every page's layout needs.
struct Layout {
    var lang: String
    var siteTitle: String
    var organization: String?
    var root: String
    var pageTitle: String
    var description: String
    var sample: Bool
    var breadcrumbs: [Link]
    /// The campaign's section links (leaderboard, indicators, awards, plan), when inside a campaign.
    var sections: [Link]
    var t: [String: String]
    /// Open Graph tags, canonical URL and share links (Render/Share/Sharing.swift).
    var share: ShareMeta? = nil
    /// Whether the page has a ranking table the finder enhances (`thidua.js`):
    /// only such pages carry the finder's UI strings.
    var finder = false
}

struct CampaignCard {
    var title: String
    var url: String
    var issuer: String?
    var period: String
    var asOf: String
    var units: String
    var status: String
    var sample: Bool
}

struct IndexPage {
    var layout: Layout
    var campaigns: [CampaignCard]
}

struct Figure {
    var value: String
    var label: String
}

/// A headline figure drawn as a ring ("9/23 meet the target").
struct RingFigure {
    var svg: String
    var label: String
    var url: String
}

/// What shows whether a value meets its target.
protocol TargetStatus {
    var hasTarget: Bool { get }
    var met: Bool { get }
    /// "đạt" / "chưa đạt"; "" without a target.
    var statusText: String { get }
}

extension TargetStatus {
    /// The CSS class, "met" or "missed"; nil without a target.
    var status: String? { hasTarget ? (met ? "met" : "missed") : nil }
    /// "✓" or "✗"; "" without a target.
    var mark: String { hasTarget ? (met ? "✓" : "✗") : "" }
}

struct Cell: TargetStatus {
    var text: String
    var hasTarget: Bool
    var met: Bool
    var statusText: String
}

/// A row of a ranking table, its cells in the table's column order
/// (`TableShape`): the rank the rows are ordered by, the name, the value
/// that decides the rank, then the rest.
struct Row {
    /// The rank the table is ordered by: the rank in the group in a
    /// group's table, the overall rank otherwise.
    var rank: String
    var change: String
    var changeLabel: String
    var up: Bool
    var down: Bool
    var name: String
    var url: String
    /// The other rank (`GroupSection.otherRankHeader`): the overall rank in
    /// a group's table, the rank in the group otherwise; shown when the
    /// campaign has groups.
    var otherRank: String
    /// The unit's group and bracket, for the finder's filters (`data-group`, `data-bracket`).
    var group: String
    var bracket: String
    /// The leading ranking indicator's cell (`TableShape.lead`), when an indicator decides the rank.
    var leadCell: Cell?
    /// The other indicators' cells, in `TableShape.columns` order.
    var cells: [Cell]
    var score: String
    /// The awards the unit is eligible for, one line each.
    var awards: [String]
    var highlight: Bool
}

/// A row of a unit page's neighbours table.
struct NeighbourLine {
    /// The page's own unit.
    var highlight: Bool
    /// The row's cells, already rendered by the theme's `neighbour-row`
    /// template: a unit's row is on five pages, so the Render stage renders
    /// it once.
    var cells: String
}

/// What the theme's `neighbour-row` template renders: the cells of a row
/// of a unit page's neighbours table, and the table's shape.
struct NeighbourRow {
    var row: Row
    var table: TableShape
}

struct ChartBlock {
    var svg: String
    /// nil when the chart is only inline (unit charts of large campaigns).
    var downloadURL: String?
    /// The chart as a PNG image (`ChartDownload`), nil with `downloadURL`.
    var pngURL: String?
}

struct GroupSection {
    var name: String
    var url: String?
    /// The group's ranked bars (current snapshot only).
    var bars: RankedBarList?
    var rows: [Row]
    /// The indicator columns' headers (`TableShape.lead`, `TableShape.columns`);
    /// in a group's table, with that group's own targets.
    var lead: ColumnHeader?
    var columns: [ColumnHeader]
    /// The header of the second rank column: "Hạng chung" in a group's
    /// table (rows in group order), "Hạng trong khối" in the overall one.
    var otherRankHeader: String
    /// The accessible name of the table's scrollable region.
    var tableLabel: String
}

struct ColumnHeader {
    var name: String
    var target: String?
    var url: String
    /// A long header (name and target over `ColumnHeader.wideLength`
    /// characters): its column is made wider, so that it does not stand
    /// many lines above the others.
    var wide: Bool = false

    static let wideLength = 70
}

struct Mover {
    var name: String
    var url: String
    var change: String
    var rank: String
}

/// The ranking table's columns, shared by every page that shows one:
/// rank, name, the value that decides the rank (the score, or the leading
/// ranking indicator), then change, the other rank, bracket, the score when
/// it only breaks ties, the other indicators and the awards.
struct TableShape {
    /// The leading ranking indicator, shown right after the name; nil when the score leads.
    var lead: ColumnHeader?
    /// The indicators other than `lead`, in plan order.
    var columns: [ColumnHeader]
    var hasGroups: Bool
    var hasBrackets: Bool
    /// The score decides the rank: its column comes right after the name.
    var scoreFirst: Bool
    /// The score is a later ranking key: its column comes after the bracket.
    var scoreLater: Bool
    var hasChange: Bool
}

/// One line per group on the home page of a large campaign.
struct GroupSummary {
    var name: String
    /// The group's page; nil at a past period (group pages are current).
    var url: String?
    var units: String
    var meetingAll: String
    var leader: Link?
}

struct LeaderboardPage {
    var layout: Layout
    var title: String
    var issuer: String?
    var document: String?
    var period: String
    var asOf: String
    var figures: [Figure]
    var rings: [RingFigure]
    var groups: [GroupSection]
    var table: TableShape
    /// Large campaigns: the home page lists groups and the top units; the
    /// full tables are on the group pages.
    var compact: Bool
    var groupSummaries: [GroupSummary]
    var top: GroupSection?
    var moversUp: [Mover]
    var moversDown: [Mover]
    var hasMovers: Bool
    var moversSince: String
    var improved: [Mover]
    var improvedTitle: String
    var awards: [AwardSummary]
    var hasAwards: Bool
    var downloads: [Link]
    /// The history files, one per group, when there are too many to list.
    var foldedHistory: FoldedLinks?
    /// `data/README.txt`, last.
    var readme: Link
    /// The totals of the whole campaign and of each group ("Toàn tỉnh").
    var totals: TotalsBlock?
    /// The plan page's section on how the ranking is computed.
    var methodURL: String
    /// The leaderboard of every snapshot; nil with a single snapshot.
    var periods: PeriodList?
    /// The official A4 report (PDF) of the current snapshot.
    var report: Link
}

struct IndicatorLine: TargetStatus {
    var name: String
    var url: String
    var value: String
    var target: String
    var hasTarget: Bool
    var met: Bool
    var statusText: String
    var need: String?
    var streak: String?
    var pace: String?
    var chart: ChartBlock
    var trend: ChartBlock
}

struct HistoryRow {
    var date: String
    var rank: String
    var cells: [String]
}

struct UnitPage {
    var layout: Layout
    var name: String
    var groupName: String?
    var groupURL: String?
    var campaignTitle: String
    var campaignURL: String
    var summary: String
    var ranks: [Figure]
    var change: String?
    var baselineChange: String?
    var indicators: [IndicatorLine]
    var rankTrend: ChartBlock
    var historyHeaders: [String]
    var history: [HistoryRow]
    /// "The latest 12 of 52 snapshots", when the table is cut.
    var historyNote: String?
    var historyURL: String
    /// The history file's link text: the group's name in a campaign of several groups.
    var historyText: String
    /// The unit and up to two units either side in its group.
    var neighbours: [NeighbourLine]
    var table: TableShape
    /// The awards the unit is eligible for proposal, with their rules.
    var awards: [String]
    var hasAwards: Bool
    /// The awards granted to the unit or its people, with the decisions.
    var grants: [String]
    var asOf: String
}

struct IndicatorPage {
    var layout: Layout
    var name: String
    var formula: String
    var target: String?
    var campaignURL: String
    var asOf: String
    /// The distribution chart's summary and the charts: at the current snapshot only.
    var summary: String?
    var chart: ChartBlock?
    var ring: String?
    /// The same indicator's page at the periods around this one.
    var periodNav: PeriodNav?
    var rows: [IndicatorRow]
    /// Whether any unit has a target on this indicator: without one, the
    /// table has no status and no shortfall columns (they would be empty).
    var targets: Bool
    /// The table's number of columns (a cut list's gap row spans them).
    var columnCount: Int { targets ? 6 : 4 }
    /// "3.221 units in between are not listed" when the list is cut.
    var omitted: String?
    var omittedAt: Int
    var csvURL: String
    /// The link's text: the current leaderboard's CSV, or a past period's downloads.
    var csvText: String
}

struct IndicatorRow: TargetStatus {
    var gapBefore: Bool = false
    var rank: String
    var name: String
    var url: String
    var group: String
    var value: String
    var hasTarget: Bool
    var met: Bool
    var statusText: String
    var need: String
}

struct GroupPage {
    var layout: Layout
    var name: String
    var asOf: String
    var section: GroupSection
    var table: TableShape
}

struct PlanPage {
    var layout: Layout
    var title: String
    var issuer: String?
    var document: String?
    var html: String
    var campaignURL: String
    /// How the ranking is computed, in words (above the plan text).
    var method: MethodSection
}

struct NotFoundPage {
    var layout: Layout
}
