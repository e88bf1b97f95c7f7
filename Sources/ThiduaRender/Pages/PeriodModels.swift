/// Page models of the leaderboards of past snapshots ("Kỳ số liệu
/// 16/07/2024"): see `PeriodPages.swift`. Answered by name in
/// `Templates/PageModelLookup.swift` like every other model.

/// Links from one period's page to its neighbours in time.
struct PeriodNav {
    /// The snapshot before, if any.
    var previous: Link?
    /// The snapshot after, unless it is the latest (then `latest` is the link).
    var next: Link?
    /// The latest snapshot's page, unless this page is it.
    var latest: Link?
}

/// One entry of the list of every period.
struct PeriodItem {
    /// The date ("16/07/2024").
    var text: String
    var url: String
    /// The period of the page the list is on (`aria-current`).
    var here: Bool
    /// "số liệu mốc" for the baseline, "mới nhất" for the current snapshot.
    var note: String?
}

/// Every snapshot's leaderboard, newest first: the selector on the
/// campaign home and on each period's page.
struct PeriodList {
    /// "Bảng xếp hạng từng kỳ số liệu (5 kỳ)".
    var summary: String
    var items: [PeriodItem]
}

/// The leaderboard at a past snapshot: the ranking tables only.
struct PeriodPage {
    var layout: Layout
    /// "Kỳ số liệu 16/07/2024".
    var title: String
    var campaignTitle: String
    var asOf: String
    /// What the ± column compares with, or that there is nothing to compare with.
    var changeNote: String
    /// Said when no unit has what ranking needs at this snapshot.
    var unranked: String?
    var nav: PeriodNav
    var periods: PeriodList
    var table: TableShape
    /// Large campaigns: the best units and a line per group, whose full
    /// tables are on the period's group pages.
    var compact: Bool
    var top: GroupSection?
    var groupSummaries: [GroupSummary]
    var groups: [GroupSection]
    var downloads: [Link]
    /// The downloads section's id: a past indicator page's table links it
    /// for the units it leaves out (`PeriodPage.downloadsAnchor`).
    var downloadsID: String
    /// The official A4 report (PDF) of the period.
    var report: Link
}

extension PeriodPage: SharablePage {
    static let downloadsAnchor = "tai-du-lieu"
}
