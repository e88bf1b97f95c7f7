/// Site-relative paths of a campaign's pages and files (no leading `/`).
struct CampaignPaths {
    var slug: String

    var home: String { "\(slug)/" }
    var plan: String { "\(slug)/ke-hoach/" }
    var awards: String { "\(slug)/khen-thuong/" }
    var data: String { "\(slug)/data/" }
    func unit(_ id: String) -> String { "\(slug)/\(id)/" }
    func indicator(_ id: String) -> String { "\(slug)/chi-so/\(Self.slug(ofIndicator: id))/" }
    func group(_ id: String) -> String { "\(slug)/nhom/\(id)/" }
    func groupChart(_ id: String) -> String { data + "xep-hang-\(id).svg" }
    /// Every snapshot of the units of group `id`: `history-<group>.csv`, or
    /// `history.csv` in a campaign of one group (`HistoryCSV`).
    func history(group id: String, of campaign: Campaign) -> String {
        campaign.hasGroups ? data + "history-\(id).csv" : data + "history.csv"
    }
    func trendChart(unit: String, indicator: String) -> String { self.unit(unit) + Self.slug(ofIndicator: indicator) + ".svg" }
    /// With an underscore, which no indicator slug has, so it cannot collide.
    func rankChart(unit: String) -> String { self.unit(unit) + "xep_hang.svg" }
    func distributionChart(_ id: String) -> String { indicator(id) + "phan-bo.svg" }
    /// The leaderboard at a past snapshot: `ky/2024-07-16/` (the current
    /// snapshot's leaderboard is the campaign home, and has no such folder).
    func period(_ day: Day) -> String { "\(slug)/ky/\(day)/" }
    func indicator(_ id: String, period day: Day) -> String { period(day) + "chi-so/\(Self.slug(ofIndicator: id))/" }
    /// The official A4 report at a snapshot: `bao-cao/2024-07-16.pdf`.
    func report(_ day: Day) -> String { "\(slug)/bao-cao/\(day).pdf" }

    /// The leaderboard at snapshot `s` of `campaign`: the home for the current one.
    func leaderboard(at s: Int, of campaign: Campaign) -> String {
        s == campaign.current ? home : period(campaign.snapshots[s].date)
    }
    func indicator(_ id: String, at s: Int, of campaign: Campaign) -> String {
        s == campaign.current ? indicator(id) : indicator(id, period: campaign.snapshots[s].date)
    }

    /// Indicator ids are identifiers (`received_rate`); URLs use hyphens.
    static func slug(ofIndicator id: String) -> String {
        // Called for every unit and indicator: ASCII ids (all of them, in
        // practice) skip Foundation's search.
        guard id.utf8.allSatisfy({ $0 < 0x80 }) else { return id.lowercased().replacingOccurrences(of: "_", with: "-") }
        guard id.utf8.contains(where: { $0 == UInt8(ascii: "_") || (0x41...0x5A).contains($0) }) else { return id }
        return String(decoding: id.utf8.map { $0 == UInt8(ascii: "_") ? UInt8(ascii: "-") : (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 },
                      as: UTF8.self)
    }
}

import Foundation
