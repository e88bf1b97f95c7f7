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
    /// Snapshots sorted by date, oldest first.
    public var snapshots: [Snapshot]
    /// The plan text (Markdown), without the front matter.
    public var body: String
    public var source: SourceLocation

    /// Index of the current snapshot: the latest dated on or before the end of the period.
    public var current: Int
    /// Index of the snapshot before the current one, if any.
    public var previous: Int? { current > 0 ? current - 1 : nil }

    public func group(_ id: String) -> Group? { groups.first { $0.id == id } }
    public var hasBrackets: Bool { groups.contains { $0.brackets != nil } }
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
    /// `check: "received_online / total"`: the column reports a figure that
    /// should equal this formula of other metrics, within `tolerance`.
    public var check: Expression?
    public var checkText: String?
    /// Largest difference the check accepts (default 0.01: one percentage point).
    public var tolerance: Double = 0.01
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

/// What `ranking.by` says.
public enum RankingRule: Hashable, Sendable {
    /// Compare on these indicators (indices) in order.
    case indicators([Int])
    /// Weighted attainment score.
    case score
}

public struct Award: Hashable, Sendable {
    public enum Requirement: String, Hashable, Sendable { case allTargets = "all_targets", none }
    public enum Scope: String, Hashable, Sendable { case group, bracket, all }

    public var id: String
    public var name: String
    public var require: Requirement
    public var top: Int?
    public var per: Scope
    /// Group ids the award is limited to; nil means every group.
    public var groups: [String]?
}

/// A competing unit from the roster.
public struct Unit: Hashable, Sendable {
    public var id: String
    public var name: String
    public var group: String
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

    /// The file, row and column of a unit's figure for a metric (the row
    /// alone when `metric` is nil or has no column).
    public func location(unit: Int, metric: Int?) -> SourceLocation {
        let row = unit < rowNumbers.count ? rowNumbers[unit] : nil
        let column = metric.flatMap { $0 < columns.count ? columns[$0] : nil }
        return SourceLocation(path: source.path, line: row, column: row == nil ? nil : column.map { $0 + 1 })
    }

    /// `"cell C5: "` for a spreadsheet cell, empty otherwise.
    public func cellPrefix(unit: Int, metric: Int) -> String {
        guard isSpreadsheet, unit < rowNumbers.count, let row = rowNumbers[unit],
              metric < columns.count, let column = columns[metric] else { return "" }
        return "cell \(CellReference.name(row: row, column: column)): "
    }
}
