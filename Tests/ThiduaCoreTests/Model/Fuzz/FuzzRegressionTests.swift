import Foundation
import Testing
import ThiduaCore

/// Every input the libFuzzer harnesses once crashed on, kept in
/// Tests/FuzzRegressions/<harness>/, runs again here without the sanitizer
/// toolchain: a crash would stop the test process.
struct FuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("FuzzRegressions")

    @Test(arguments: FuzzHarness.allCases)
    func replay(_ harness: FuzzHarness) throws {
        // A wrong folder would replay nothing and pass.
        #expect(FileManager.default.fileExists(atPath: Self.folder.appendingPathComponent("xlsx").path))
        let inputs = Self.folder.appendingPathComponent(harness.rawValue)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: inputs.path)) ?? []
        for name in names.sorted() where !name.hasPrefix(".") {
            harness.run(try Data(contentsOf: inputs.appendingPathComponent(name)))
        }
    }
}
