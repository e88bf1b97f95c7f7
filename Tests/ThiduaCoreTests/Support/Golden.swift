import Foundation
import Testing

/// Golden files under Tests/ThiduaCoreTests/Golden; run with
/// `THIDUA_RECORD=1 swift test` to write them anew after an intended change.
enum Golden {
    static let folder = TestSite.repository.appendingPathComponent("Tests/ThiduaCoreTests/Golden")

    static func assert(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["THIDUA_RECORD"] != nil {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing golden file \(name); run THIDUA_RECORD=1 swift test", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let line = zip(a, b).enumerated().first { $1.0 != $1.1 }?.offset ?? min(a.count, b.count)
            Issue.record("""
                \(name) differs from the golden file at line \(line + 1):
                expected: \(line < a.count ? String(a[line]) : "<end>")
                actual:   \(line < b.count ? String(b[line]) : "<end>")
                (THIDUA_RECORD=1 swift test re-records after an intended change)
                """, sourceLocation: sourceLocation)
        }
    }
}
