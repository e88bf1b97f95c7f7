import Foundation
import Testing
@testable import ThiduaSupport
@testable import ThiduaLoad
@testable import ThiduaModel
@testable import ThiduaRank
@testable import ThiduaChart
@testable import ThiduaRender
@testable import ThiduaWrite
@testable import ThiduaCore

/// The official Mustache specification's required modules, from the copy in
/// `Tests/MustacheSpec` (CI has the repository alone).
struct MustacheSpecTests {
    static let modules = ["comments", "delimiters", "interpolation", "inverted", "partials", "sections"]

    static var folder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../MustacheSpec").standardized
    }

    struct Module: Decodable { var tests: [Case] }
    struct Case: Decodable {
        var name: String
        var data: MustacheData
        var template: String
        var expected: String
        var partials: [String: String]?
    }

    static func render(_ text: String, _ data: MustacheData, partials: [String: String] = [:]) throws -> String {
        var templates = try partials.mapValues { try MustacheParser.parse($0) }
        templates["\u{0}"] = try MustacheParser.parse(text)
        let step = try #require(MustacheCompiler(templates: templates).compile(template: "\u{0}", for: MustacheData.templateKind))
        var run = MustacheRun(capacity: 0)
        withUnsafePointer(to: data) { run.frames.append(UnsafeRawPointer($0)); step(&run) }
        return run.out.text
    }

    @Test func everyRequiredTestPasses() throws {
        var count = 0
        for module in Self.modules {
            let data = try Data(contentsOf: Self.folder.appendingPathComponent(module + ".json"))
            for test in try JSONDecoder().decode(Module.self, from: data).tests {
                let out = try? Self.render(test.template, test.data, partials: test.partials ?? [:])
                #expect(out == test.expected, "\(module): \(test.name)")
                count += 1
            }
        }
        #expect(count == 136)
    }

    /// The copy equals the shared one, where that exists (the session's machine).
    @Test func theCopyIsTheSharedSpecification() throws {
        let shared = Self.folder.appendingPathComponent("../../../shared/mustache-spec").standardized
        guard FileManager.default.fileExists(atPath: shared.path) else { return }
        let names = try FileManager.default.contentsOfDirectory(atPath: shared.path).sorted()
        #expect(try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).sorted() == names)
        for name in names {
            #expect(try Data(contentsOf: shared.appendingPathComponent(name)) == Data(contentsOf: Self.folder.appendingPathComponent(name)), "\(name)")
        }
    }
}
