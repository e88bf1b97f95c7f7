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
}
