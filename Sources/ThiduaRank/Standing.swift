/// A unit's place in a campaign at one snapshot: its values, ranks,
/// targets met and awards.
public struct Standing: Hashable, Sendable {
    /// Index into `Campaign.units`.
    public var unit: Int
    public var group: String
    /// Bracket index within the group, when the group has brackets and the
    /// unit has the bracket metric.
    public var bracket: Int?
    /// Whether the unit has a row in this snapshot.
    public var reported: Bool
    public var rank: Int?
    public var groupRank: Int?
    public var bracketRank: Int?
    /// 0–100 when `score` is a ranking key and the unit has a row, else nil.
    public var score: Double?
    /// Indexed by indicator.
    public var values: [Double?]
    /// For each indicator with a target for the unit's group, in indicator
    /// order: (indicator index, met).
    public var targetsMet: [TargetCheck]
    /// Award indices the unit is eligible for, in award order.
    public var awards: [Int]

    // Inlinable: read across modules in place, not through a copy of the
    // whole standing (a retain of each of its arrays and strings).
    @inlinable public var isRanked: Bool { rank != nil }
    @inlinable public var meetsAllTargets: Bool { targetsMet.allSatisfy(\.met) }
}

public struct TargetCheck: Hashable, Sendable {
    public var indicator: Int
    /// The indicator's goal for the unit's group.
    public var goal: Goal
    public var met: Bool

    public init(indicator: Int, goal: Goal, met: Bool) {
        self.indicator = indicator
        self.goal = goal
        self.met = met
    }

    /// The value part of the goal (the number a chart draws), if any.
    public var target: Target? { goal.threshold }
}

/// The ranked result of a campaign: indicator values at every snapshot and
/// the standings at every snapshot, each in leaderboard order.
public struct CampaignResult: Sendable {
    public var campaign: Campaign
    public var values: Evaluator.Table
    /// The totals at every snapshot (indexed like `Campaign.snapshots`).
    public var totals: [Totals] = []
    /// Warnings found while ranking (plan figures that disagree with the totals).
    public var warnings: [Diagnostic] = []
    /// The key of each snapshot's standings (`RankMemo.keys`), nil when
    /// the campaign's inputs are not known: what is made of one snapshot's
    /// standings alone may be kept across builds under a key made of it.
    public var rankKeys: [String]?
    /// `[snapshot]` → standings ordered by rank (unranked last), then
    /// Vietnamese alphabetical order of the unit name, then unit id.
    public var standings: [[Standing]] {
        didSet {
            positions = Self.index(standings, units: campaign.units.count)
            scopes = Scopes(standings[campaign.current])
        }
    }
    /// `[snapshot][unit]` → index into `standings[snapshot]`.
    private var positions: [[Int]]

    /// Counts and members of the current standings, computed once.
    public private(set) var scopes: Scopes

    /// Who is where at the current snapshot, for pages and charts that would
    /// otherwise filter every standing once per unit.
    public struct Scopes: Sendable {
        /// Ranked units overall.
        public var ranked: Int
        /// Ranked units per group id.
        public var rankedInGroup: [String: Int]
        /// Ranked units per group id and bracket.
        public var rankedInBracket: [String: [Int: Int]]
        /// Indices into the current standings, per group id, in leaderboard order.
        public var members: [String: [Int]]

        package init(_ standings: [Standing]) {
            ranked = 0
            rankedInGroup = [:]
            rankedInBracket = [:]
            members = [:]
            // By index, reading fields in place: a standing is large, and
            // this runs for each of a national campaign's 52 snapshots.
            for i in standings.indices {
                let group = standings[i].group
                members[group, default: []].append(i)
                guard standings[i].isRanked else { continue }
                ranked += 1
                rankedInGroup[group, default: 0] += 1
                if let bracket = standings[i].bracket { rankedInBracket[group, default: [:]][bracket, default: 0] += 1 }
            }
        }
    }

    public init(campaign: Campaign, values: Evaluator.Table, standings: [[Standing]]) {
        self.campaign = campaign
        self.values = values
        self.standings = standings
        self.positions = Self.index(standings, units: campaign.units.count)
        self.scopes = Scopes(standings[campaign.current])
    }

    /// The current standings of a group, in leaderboard order.
    public func members(of group: String) -> [Standing] {
        let all = current
        return (scopes.members[group] ?? []).map { all[$0] }
    }

    /// The campaign with its plan, roster, grants and snapshot dates, and
    /// the counts of the current scopes, but no unit's figures, values or
    /// standings (and no scope's members): what the pages of every unit of
    /// the campaign have in common. A page made from it and a unit's own
    /// facts cannot show anything else, so their two keys are the page's
    /// (`Campaign.planDigest` names the campaign part). Reading a unit's
    /// data from it traps: its tables are empty.
    public var withoutUnitData: CampaignResult {
        var frame = keeping(snapshots: [])
        frame.scopes = scopes
        frame.scopes.members = [:]
        return frame
    }

    /// The result with the rows, values and standings of the snapshots in
    /// `kept` only: the others' are empty, and so are the totals and, unless
    /// the current snapshot is kept, the current scopes. A page made from it
    /// shows nothing of the other snapshots but their dates; reading their
    /// figures traps.
    public func keeping(snapshots kept: Set<Int>) -> CampaignResult {
        var campaign = campaign
        var values = values, standings = standings
        for s in campaign.snapshots.indices where !kept.contains(s) {
            campaign.snapshots[s].rows = []
            campaign.snapshots[s].rowNumbers = []
            campaign.snapshots[s].columns = []
            values[s] = []
            standings[s] = []
        }
        var slice = CampaignResult(campaign: campaign, values: values, standings: standings)
        for s in slice.positions.indices where !kept.contains(s) { slice.positions[s] = [] }
        slice.kept = kept
        return slice
    }

    /// The snapshots whose figures this result holds: nil for all of them
    /// (see `keeping(snapshots:)`).
    public private(set) var kept: Set<Int>?

    /// Whether the result holds snapshot `s`'s figures.
    public func holds(_ s: Int) -> Bool { kept?.contains(s) ?? true }

    /// Stops the build when snapshot `s`'s figures were set aside: a page
    /// made from a slice would otherwise read an empty table as "nobody".
    public func requireKept(_ s: Int) {
        precondition(holds(s), "snapshot \(s) is not in this slice of \(campaign.slug)")
    }

    /// The overall rank of a unit (by index) at a snapshot, without copying its standing.
    public func rank(of unit: Int, at snapshot: Int) -> Int? {
        standings[snapshot][positions[snapshot][unit]].rank
    }

    /// Whether a unit (by index) meets indicator `k`'s target at a snapshot,
    /// as its standing says (the value part or the condition part of the
    /// goal), without copying the standing.
    public func meetsTarget(unit: Int, indicator k: Int, at snapshot: Int) -> Bool {
        standings[snapshot][positions[snapshot][unit]].targetsMet.first(where: { $0.indicator == k })?.met == true
    }

    /// The totals at the current snapshot.
    public var currentTotals: Totals? {
        requireKept(campaign.current)
        return totals.isEmpty ? nil : totals[campaign.current]
    }

    /// The awards granted to a unit (by index), in awards.csv order.
    public func grants(of unit: Int) -> [Grant] { campaign.grants.filter { $0.unit == unit } }

    /// Standings at the current snapshot.
    public var current: [Standing] {
        requireKept(campaign.current)
        return standings[campaign.current]
    }

    /// The standing of a unit (by index) at a snapshot.
    public func standing(of unit: Int, at snapshot: Int) -> Standing? {
        standings[snapshot][positions[snapshot][unit]]
    }

    private static func index(_ standings: [[Standing]], units: Int) -> [[Int]] {
        standings.map { list in
            var positions = [Int](repeating: 0, count: units)
            for (i, standing) in list.enumerated() { positions[standing.unit] = i }
            return positions
        }
    }
}
