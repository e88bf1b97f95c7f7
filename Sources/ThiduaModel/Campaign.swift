/// One campaign: its rules from the front matter, its roster, its snapshots
/// and its plan text. A pure value built by the Model stage.
public struct Campaign: Sendable {
    /// The folder name and URL slug.
    public var slug: String
    public var title: String
    public var issuer: String?
    public var document: String?
    public var period: Period
    /// Index into `snapshots` of the baseline snapshot, when declared.
    public var baseline: Int?
    public var sample: Bool
    public var groups: [Group]
    public var metrics: [Metric]
    public var indicators: [Indicator]
    public var ranking: RankingRule
    public var awards: [Award]
    public var units: [Unit]
    /// What `awards.csv` says was granted, in file order.
    public var grants: [Grant] = []
    /// `totals_label`: what the campaign's totals are called ("Toàn tỉnh"); nil: derived from the issuer.
    public var totalsLabel: String?
    /// Figures the plan itself prints (`plan_figures`), checked against the totals.
    public var planFigures: [PlanFigure] = []
    /// Snapshots sorted by date, oldest first.
    public var snapshots: [Snapshot]
    /// The plan text (Markdown), without the front matter.
    public var body: String
    public var source: SourceLocation
    /// A digest of everything this value holds apart from the snapshots'
    /// rows: the plan, roster and `awards.csv` files (paths and texts) and
    /// the data files' paths, which give the snapshots' dates. Equal digests
    /// mean equal campaigns once `Snapshot.rows` are set aside
    /// (`CampaignResult.withoutUnitData`); "" when the value was not read
    /// from files.
    public var planDigest = ""

    /// Index of the current snapshot: the latest dated on or before the end of the period.
    public var current: Int
    /// Index of the snapshot before the current one, if any.
    public var previous: Int? { current > 0 ? current - 1 : nil }

    public func group(_ id: String) -> Group? { groups.first { $0.id == id } }
    public var hasBrackets: Bool { groups.contains { $0.brackets != nil } }
    /// Whether units are ranked within groups as well: more than one group
    /// (a plan without groups has the one group "all").
    public var hasGroups: Bool { groups.count > 1 }
}

public struct Period: Hashable, Sendable {
    public var start: Day
    public var end: Day
}

/// A set of competing units ranked among themselves ("khối").
public struct Group: Hashable, Sendable {
    public var id: String
    public var name: String
    public var brackets: Bracketing?
}

/// Size brackets within a group, by the value of a metric in the current
/// snapshot: bounds `[a, b]` make `< a`, `a ≤ x < b`, `≥ b`.
public struct Bracketing: Hashable, Sendable {
    /// Index into `Campaign.metrics`.
    public var metric: Int
    /// Strictly ascending.
    public var bounds: [Double]

    /// The bracket index (0 ..< bounds.count + 1) of a value.
    public func bracket(of value: Double) -> Int {
        bounds.firstIndex { value < $0 } ?? bounds.count
    }
}

/// A raw figure read from the data files.
public struct Metric: Hashable, Sendable {
    public var id: String
    public var name: String
    /// Header of the column in the data files.
    public var column: String
    /// `optional: true`: a data file may lack the column (no data there).
    public var optional: Bool = false
    /// `cumulative: true`: a running total, which a later snapshot should
    /// never show lower (checked).
    public var cumulative: Bool = false
    /// `allow_negative: true`: the figure may be below zero (a balance, a
    /// change); otherwise a negative cell is warned about.
    public var allowNegative: Bool = false
    /// `check: "received_online / total"`: the column reports a figure that
    /// should equal this formula of other metrics, within `tolerance`.
    public var check: Expression?
    public var checkText: String?
    /// Largest difference the check accepts (default 0.01: one percentage point).
    public var tolerance: Double = 0.01
    /// How the campaign's and each group's totals combine the units' figures.
    public var aggregate: Aggregate = .sum
}

/// `aggregate:` of a metric.
public enum Aggregate: String, Hashable, Sendable, CaseIterable {
    /// The sum of the units' figures (counts, money).
    case sum
    /// The arithmetic mean of the units' figures.
    case mean
    /// No total (a figure that does not add up, such as a score).
    case none
}

public enum ValueFormat: String, Hashable, Sendable, CaseIterable {
    case percent, points, number, money
}

public enum Direction: String, Hashable, Sendable {
    case higher, lower
}

/// A computed figure that units are measured on.
public struct Indicator: Sendable {
    public var id: String
    public var name: String
    public var formula: Expression
    public var formulaText: String
    public var format: ValueFormat
    public var better: Direction
    public var target: TargetRule
    public var weight: Double
}

/// One key of `ranking.by`.
public enum RankingKey: Hashable, Sendable {
    /// An indicator (index into `Campaign.indicators`).
    case indicator(Int)
    /// The weighted attainment score.
    case score
}

/// What `ranking.by` says: keys compared in order, later keys breaking ties.
public struct RankingRule: Hashable, Sendable {
    public var keys: [RankingKey]

    public init(keys: [RankingKey]) { self.keys = keys }

    /// `ranking.by: score` (v1).
    public static let score = RankingRule(keys: [.score])

    /// Ranking on indicators alone, in this order.
    public static func indicators(_ order: [Int]) -> RankingRule { RankingRule(keys: order.map(RankingKey.indicator)) }

    /// Whether the score is one of the keys (the score is then shown and published).
    public var usesScore: Bool { keys.contains(.score) }

    /// Whether the score decides first.
    public var leadsWithScore: Bool { keys.first == .score }

    /// The indicator keys, in order.
    public var indicatorKeys: [Int] {
        keys.compactMap { if case .indicator(let k) = $0 { return k } else { return nil } }
    }

    /// The first key, when it is an indicator.
    public var leadingIndicator: Int? {
        if case .indicator(let k)? = keys.first { return k }
        return nil
    }
}

public struct Award: Hashable, Sendable {
    /// `require:` — who is eligible for proposal by the plan's rules.
    public enum Requirement: Hashable, Sendable {
        case none
        case allTargets
        /// No rule: only a decision (a row of `awards.csv`) gives it.
        case decided
        /// A condition, in which `all_targets` may stand as a term.
        case condition(Condition, text: String)
    }
    public enum Scope: String, Hashable, Sendable { case group, bracket, all }

    public var id: String
    public var name: String
    public var require: Requirement
    public var top: Int?
    public var per: Scope
    /// Group ids the award is limited to; nil means every group.
    public var groups: [String]?
    /// `criteria:`: the plan's own words for the award's standard.
    public var criteria: String?

    public init(id: String, name: String, require: Requirement, top: Int?, per: Scope, groups: [String]?,
                criteria: String? = nil) {
        self.id = id
        self.name = name
        self.require = require
        self.top = top
        self.per = per
        self.groups = groups
        self.criteria = criteria
    }
}

/// A row of `awards.csv`: an award granted by a decision.
public struct Grant: Hashable, Sendable {
    /// Index into `Campaign.awards`.
    public var award: Int
    /// Index into `Campaign.units`.
    public var unit: Int
    /// The decision's number, e.g. "Quyết định số 123/QĐ-UBND".
    public var decision: String?
    public var date: Day?
    /// An individual of the unit, when the award went to a person.
    public var person: String?
    /// The row in awards.csv (its line, first column).
    public var location: SourceLocation
}

/// A figure the plan prints (`plan_figures`), to compare with the totals.
public struct PlanFigure: Hashable, Sendable {
    public enum Subject: Hashable, Sendable {
        case metric(Int)
        case indicator(Int)
    }

    public var subject: Subject
    public var value: Double
    /// Index into `Campaign.snapshots`.
    public var snapshot: Int
    /// Where in the plan the figure is printed ("Mục I.1").
    public var source: String?
    /// A group id, or nil for the whole campaign.
    public var group: String?
    /// The figure's place in the front matter.
    public var location: SourceLocation
}

/// A competing unit from the roster.
public struct Unit: Hashable, Sendable {
    public var id: String
    public var name: String
    public var group: String
    /// Other names of the unit (`aliases` in units.csv), matched like its name.
    public var aliases: [String] = []

    public init(id: String, name: String, group: String, aliases: [String] = []) {
        self.id = id
        self.name = name
        self.group = group
        self.aliases = aliases
    }
}

/// One data file: the figures of each unit on one date.
public struct Snapshot: Sendable {
    public var date: Day
    public var source: SourceLocation
    /// Indexed by unit (roster order); nil when the unit has no row.
    /// Each row is indexed by metric; nil for an empty cell.
    public var rows: [[Double?]?]
    /// Where each unit's row is in the file (CSV line or Excel row number),
    /// indexed by unit; nil when the unit has no row.
    public var rowNumbers: [Int?] = []
    /// The 0-based column of each metric in the file, indexed by metric;
    /// nil for an optional metric the file does not have.
    public var columns: [Int?] = []
    /// Whether the file is an Excel workbook (messages then name cells as "C5").
    public var isSpreadsheet = false
    /// The key of everything the snapshot was read from (`SnapshotMemo`:
    /// thidua, the plan and roster, the file's path and bytes), which
    /// names what is kept of it across builds; empty when not known.
    public var inputKey = ""

    /// The file, row and column of a unit's figure for a metric (the row
    /// alone when `metric` is nil or has no column).
    public func location(unit: Int, metric: Int?) -> SourceLocation {
        let row = unit < rowNumbers.count ? rowNumbers[unit] : nil
        let column = metric.flatMap { $0 < columns.count ? columns[$0] : nil }
        return SourceLocation(path: source.path, line: row, column: row == nil ? nil : column.map { $0 + 1 })
    }

    /// `"cell C5: "` for a spreadsheet cell, empty otherwise.
    public func cellPrefix(unit: Int, metric: Int) -> MessageValue {
        guard isSpreadsheet, unit < rowNumbers.count, let row = rowNumbers[unit],
              metric < columns.count, let column = columns[metric] else { return .text("") }
        return Message(.cellPrefix, ["cell": CellReference.name(row: row, column: column)]).messageValue
    }
}
