import Foundation

/// The releases on the server and the choices made about them: the new
/// release's name, which old ones to delete, which one a rollback goes back
/// to. Release folders are named by their UTC upload time,
/// `YYYYMMDDTHHMMSSZ` (a `-2`, `-3`… suffix when two fall in one second),
/// so byte order is upload order.
public struct Releases: Equatable, Sendable {
    /// Complete release names, oldest first.
    public var names: [String]
    /// The release `current` points to; nil before the first publish.
    public var current: String?

    public init(names: [String], current: String?) {
        self.names = names.filter(Releases.isReleaseName).sorted(by: Releases.precedes)
        self.current = current
    }

    /// The suffix of a folder still being uploaded (removed when the next
    /// publish finds it: a failed run's leftovers).
    public static let partialSuffix = ".partial"

    /// A release name made by thidua (anything else in `releases/` is left alone).
    public static func isReleaseName(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        guard bytes.count >= 16, bytes[8] == UInt8(ascii: "T"), bytes[15] == UInt8(ascii: "Z") else { return false }
        let digits = bytes[0..<8] + bytes[9..<15]
        guard digits.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return false }
        let suffix = bytes[16...]
        if suffix.isEmpty { return true }
        return suffix.count >= 2 && suffix.first == UInt8(ascii: "-")
            && suffix.dropFirst().allSatisfy { $0 >= 48 && $0 <= 57 } && suffix.dropFirst().first != 48
    }

    /// Upload order: by time, then by the `-N` suffix as a number (tie-break:
    /// `…Z` before `…Z-2` before `…Z-10`).
    static func precedes(_ a: String, _ b: String) -> Bool {
        let (aTime, aCount) = split(a), (bTime, bCount) = split(b)
        return aTime != bTime ? aTime < bTime : aCount < bCount
    }

    private static func split(_ name: String) -> (String, Int) {
        let time = String(name.prefix(16))
        return (time, Int(name.dropFirst(17)) ?? 1)
    }

    /// The name for a release uploaded at `date`, unique among `names`.
    public static func newName(at date: Date, existing names: [String]) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func two(_ n: Int?) -> String { String(format: "%02d", n ?? 0) }
        let base = String(format: "%04d", c.year ?? 0) + two(c.month) + two(c.day) + "T" + two(c.hour) + two(c.minute) + two(c.second) + "Z"
        let taken = Set(names)
        var name = base, count = 1
        while taken.contains(name) || taken.contains(name + partialSuffix) {
            count += 1
            name = base + "-\(count)"
        }
        return name
    }

    /// The releases to delete once `current` is live: all but the `keep`
    /// newest, and never the live one. Oldest first.
    public func toPrune(keep: Int) -> [String] {
        var kept = Set(names.suffix(max(1, keep)))
        if let current { kept.insert(current) }
        return names.filter { !kept.contains($0) }
    }

    /// The release a rollback makes live: the newest one older than `current`.
    public func previous() -> String? {
        guard let current else { return nil }
        return names.last { Releases.precedes($0, current) }
    }

    /// When the release `name` was uploaded: Vietnam time (UTC+7, no
    /// daylight saving) in Vietnamese, `dd/mm/yyyy hh:mm:ss`; UTC in English.
    public static func describe(_ name: String, _ language: Language = .vi) -> String {
        guard isReleaseName(name) else { return name }
        let b = Array(name)
        let n = { (r: Range<Int>) in Int(String(b[r])) ?? 0 }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard var date = calendar.date(from: DateComponents(year: n(0..<4), month: n(4..<6), day: n(6..<8),
                                                            hour: n(9..<11), minute: n(11..<13), second: n(13..<15)))
        else { return name }
        if language == .vi { date += 7 * 3600 }
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func two(_ v: Int?) -> String { String(format: "%02d", v ?? 0) }
        let day = language == .vi
            ? "\(two(c.day))/\(two(c.month))/\(c.year ?? 0)"
            : "\(c.year ?? 0)-\(two(c.month))-\(two(c.day))"
        return day + " " + two(c.hour) + ":" + two(c.minute) + ":" + two(c.second) + (language == .vi ? "" : " UTC")
    }
}
