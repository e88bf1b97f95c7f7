/// Prepared page models handed to the theme's Mustache templates. Every
/// field is final text (or a flag, or a list); templates compute nothing.

struct Link {
    var text: String
    var url: String
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
    var hasBreadcrumbs: Bool { !breadcrumbs.isEmpty }
    var t: [String: String]
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

struct Cell {
    var text: String
    var hasTarget: Bool
    var met: Bool
    var statusText: String
}

struct Row {
    var rank: String
    var name: String
    var url: String
    var groupRank: String
    var bracket: String
    var cells: [Cell]
    var score: String
    var awards: String
}

struct GroupSection {
    var name: String
    var hasName: Bool
    var chart: String
    var rows: [Row]
}

struct ColumnHeader {
    var name: String
    var target: String
}

struct AwardSummary {
    var name: String
    var rule: String
    var count: String
    var winners: [Link]
}

struct LeaderboardPage {
    var layout: Layout
    var title: String
    var issuer: String?
    var document: String?
    var period: String
    var asOf: String
    var figures: [Figure]
    var groups: [GroupSection]
    var columns: [ColumnHeader]
    var hasBrackets: Bool
    var hasGroups: Bool
    var byScore: Bool
    var awards: [AwardSummary]
    var hasAwards: Bool
    var planURL: String
    var jsonURL: String
    var csvURL: String
}

struct IndicatorLine {
    var name: String
    var value: String
    var target: String
    var hasTarget: Bool
    var met: Bool
    var statusText: String
}

struct HistoryRow {
    var date: String
    var rank: String
    var cells: [String]
}

struct UnitPage {
    var layout: Layout
    var name: String
    var groupName: String
    var campaignTitle: String
    var campaignURL: String
    var summary: String
    var ranks: [Figure]
    var score: String?
    var indicators: [IndicatorLine]
    var historyHeaders: [String]
    var history: [HistoryRow]
    var awards: [String]
    var hasAwards: Bool
    var asOf: String
}

struct PlanPage {
    var layout: Layout
    var title: String
    var issuer: String?
    var document: String?
    var html: String
    var campaignURL: String
}

struct NotFoundPage {
    var layout: Layout
}
