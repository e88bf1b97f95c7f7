import Foundation
@testable import ThiduaSupport
@testable import ThiduaLoad
@testable import ThiduaModel
@testable import ThiduaRank
@testable import ThiduaChart
@testable import ThiduaRender
@testable import ThiduaWrite
@testable import ThiduaCore

/// Whole small sites written inline and built in memory, with the real
/// default theme copied in from the repository.
struct TestSite {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    let fs: MemoryFileSystem

    /// `files` are paths relative to `content/` mapped to their text;
    /// `binary` the same for bytes (Excel workbooks).
    init(_ files: [String: String], binary: [String: Data] = [:],
         site: String = "title: \"Thi đua\"\nbase_url: \"https://example.gov.vn/thidua/\"\n") {
        var all: [String: String] = ["content/site.yml": site]
        for (path, text) in files { all["content/" + path] = text }
        fs = MemoryFileSystem(files: all)
        for (path, data) in binary { try! fs.write(data, to: "content/" + path) }
        let theme = Self.repository.appendingPathComponent("themes/default")
        let enumerator = FileManager.default.enumerator(atPath: theme.path)!
        while let relative = enumerator.nextObject() as? String {
            let path = theme.appendingPathComponent(relative).path
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue {
                try! fs.write(Data(contentsOf: URL(fileURLWithPath: path)), to: "themes/default/" + relative)
            }
        }
    }

    /// The files of an example campaign as it is in the repository's
    /// `content/` folder, by their path under `content/`.
    static func exampleFiles(_ folder: String) throws -> [String: String] {
        let root = repository.appendingPathComponent("content/" + folder)
        var files: [String: String] = [:]
        for name in ["campaign.md", "units.csv"] {
            files[folder + "/" + name] = try String(contentsOf: root.appendingPathComponent(name), encoding: .utf8)
        }
        for name in try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("data").path) {
            files[folder + "/data/" + name] = try String(contentsOf: root.appendingPathComponent("data/" + name), encoding: .utf8)
        }
        return files
    }

    var options: BuildOptions {
        BuildOptions(contentPath: "content", outputPath: "public", themeCandidates: ["themes/default"])
    }

    func build() throws -> BuildReport { try Pipeline.build(options, fileSystem: fs) }

    func analyse() throws -> Pipeline.Analysis { try Pipeline.analyse(options, fileSystem: fs) }

    /// Every message of a build, warnings included, as printed: the
    /// warnings of a build that succeeds, or all diagnostics of one that fails.
    func messages() -> [String] {
        do {
            return try build().warnings.map(\.english)
        } catch let failure as BuildFailure {
            return failure.diagnostics.map(\.english)
        } catch {
            return ["unexpected: \(error)"]
        }
    }

    /// The messages of a build that must fail, as printed.
    func errors() -> [String] {
        do {
            _ = try build()
            return []
        } catch let failure as BuildFailure {
            return failure.errors.map(\.english)
        } catch {
            return ["unexpected: \(error)"]
        }
    }

    func text(_ path: String) -> String? { fs.text("public/" + path) }

    /// The result of the first campaign.
    func result() throws -> CampaignResult { try analyse().results[0] }
}

/// A campaign.md with the given YAML lines between the `---` fences.
func campaignMD(_ yaml: String, body: String = "# Kế hoạch\n") -> String {
    "---\n" + yaml + "\n---\n" + body
}

extension CampaignResult {
    /// Current standings as `unit id → standing`.
    func byID() -> [String: Standing] {
        Dictionary(uniqueKeysWithValues: current.map { (campaign.units[$0.unit].id, $0) })
    }

    var order: [String] { current.map { campaign.units[$0.unit].id } }
}

/// The smallest whole campaign in folder `folder`: one metric `v`, one
/// indicator `x = v`, a year-long period, and the given roster and one
/// snapshot (`2024-01-31`).
func oneIndicatorCampaign(_ folder: String = "c", title: String = "T", units: String, data: String,
                          body: String = "# Kế hoạch\n") -> [String: String] {
    [
        folder + "/campaign.md": campaignMD("""
            title: "\(title)"
            period: {start: 2024-01-01, end: 2024-12-31}
            metrics: [{id: v}]
            indicators: [{id: x, formula: "v"}]
            """, body: body),
        folder + "/units.csv": units,
        folder + "/data/2024-01-31.csv": data,
    ]
}
