import ArgumentParser
import Foundation
import ThiduaCore
import ThiduaServe

@main
struct Thidua: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "thidua",
        abstract: "Builds public leaderboard websites for emulation campaigns (phong trào thi đua).",
        subcommands: [Build.self, Check.self, New.self, Serve.self])

    /// ArgumentParser's own `main`, after the allocator settings: they must
    /// come before any thread has allocated (see `MemoryTuning`).
    static func main() async {
        MemoryTuning.padHeapGrowth()
        await main(nil)
    }
}

/// Options shared by the subcommands that read content.
struct ContentOptions: ParsableArguments {
    @Option(name: .long, help: "The content folder (site.yml and one folder per campaign).")
    var content: String = "content"

    @Option(name: .long, help: "The theme folder (default: themes/default next to the content folder).")
    var theme: String?

    func themeCandidates() -> [String] {
        if let theme { return [theme] }
        let contentParent = URL(fileURLWithPath: content).deletingLastPathComponent().path
        var candidates = [joinPath(contentParent, "themes/default"), "themes/default"]
        // The theme shipped beside the binary: walk up from .build/release/thidua to the checkout.
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<5 {
            candidates.append(folder.appendingPathComponent("themes/default").path)
            candidates.append(folder.appendingPathComponent("share/thidua/themes/default").path)
            folder = folder.deletingLastPathComponent()
        }
        return candidates
    }
}

/// A bar on standard error when it is a terminal; nothing otherwise (logs
/// and CI get the plain summary lines printed at the end).
func progressBar() -> BuildProgress? {
    guard isatty(2) != 0 else { return nil }
    let lastDrawn = LockedInt()
    return BuildProgress { stage, done, total in
        // Redraw at most about a hundred times per stage.
        guard total == 0 || done == 0 || done == total || done - lastDrawn.value >= max(1, total / 100) else { return }
        lastDrawn.value = done
        var line = "\r\u{1B}[K" + stage
        if total > 0 {
            let width = 30, filled = width * done / total
            line += " [" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled) + "] \(done)/\(total)"
        }
        if done == total && total > 0 { line += "\r\u{1B}[K" }
        FileHandle.standardError.write(Data(line.utf8))
    }
}

/// Only touched from the progress callback, which runs one call at a time.
final class LockedInt: @unchecked Sendable {
    var value = 0
}

/// The binary's path, size and modification time: a rebuilt thidua rebuilds the site.
func toolIdentity() -> String {
    let path = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path
    let attributes = (try? FileManager.default.attributesOfItem(atPath: path)) ?? [:]
    let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
    let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
    return "thidua \(path) \(size) \(modified)"
}

func report(_ diagnostics: [Diagnostic]) {
    for diagnostic in diagnostics {
        FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8))
    }
}

func run(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let failure as BuildFailure {
        report(failure.diagnostics)
        let count = failure.errors.count
        FileHandle.standardError.write(Data("thidua: \(count) error\(count == 1 ? "" : "s"); nothing was written\n".utf8))
        throw ExitCode(1)
    } catch let error as FileSystemError {
        report([.error(SourceLocation(path: error.path), error.message)])
        throw ExitCode(1)
    }
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Build the site from the content folder.")

    @OptionGroup var source: ContentOptions

    @Option(name: .long, help: "The output folder; replaced as a whole only when the build succeeds.")
    var output: String = "public"

    @Option(name: .customLong("base-url"), help: "The site's absolute URL, e.g. https://example.gov.vn/thidua/ (overrides site.yml).")
    var baseURL: String?

    @Flag(name: .customLong("no-wait"), help: "Fail at once when another build is writing the same output folder, instead of waiting for it.")
    var noWait = false

    @Flag(name: .customLong("allow-empty"), help: "Publish even when the content has no campaign (otherwise an error that keeps the site).")
    var allowEmpty = false

    @Flag(name: .customLong("allow-removal"), help: "Remove the pages of campaigns the output folder has and the content no longer has (otherwise an error).")
    var allowRemoval = false

    func run() throws {
        let start = Date()
        try ThiduaCLI.run {
            var options = BuildOptions(contentPath: source.content, outputPath: output,
                                       themeCandidates: source.themeCandidates(), baseURL: baseURL,
                                       toolIdentity: toolIdentity())
            options.waitForOtherBuilds = !noWait
            options.allowEmpty = allowEmpty
            options.allowRemoval = allowRemoval
            options.onWait = { line in FileHandle.standardError.write(Data((line + "\n").utf8)) }
            let result = try Pipeline.build(options, fileSystem: DiskFileSystem(), progress: progressBar())
            report(result.warnings)
            let seconds = String(format: "%.2f", Date().timeIntervalSince(start))
            let warnings = result.warnings.isEmpty ? "" : "; \(result.warnings.count) warning(s)"
            let cards = "; share images: \(result.cardsRendered.count) rendered, \(result.cardsReused) reused"
                + "; reports (PDF): \(result.reportsRendered.count) rendered, \(result.reportsReused) reused"
            if result.unchanged {
                print("Unchanged: \(output)/ already holds this site (\(result.filesKept) files); nothing written in \(seconds) s\(warnings)")
            } else {
                print("Built \(result.campaigns) campaign(s), \(result.units) units into \(output)/ in \(seconds) s: "
                    + "\(result.filesWritten) files written (\(result.bytesWritten / 1024) KiB), \(result.filesKept) unchanged, "
                    + "\(result.filesRemoved) removed\(cards)\(warnings)")
            }
            print("  " + result.stageSeconds.map { "\($0.stage) \(String(format: "%.2f", $0.seconds)) s" }.joined(separator: " · "))
        }
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Validate the content; write nothing.")

    @OptionGroup var source: ContentOptions

    func run() throws {
        try ThiduaCLI.run {
            let options = BuildOptions(contentPath: source.content, themeCandidates: source.themeCandidates())
            let warnings = try Pipeline.check(options, fileSystem: DiskFileSystem())
            report(warnings)
            print("Content OK" + (warnings.isEmpty ? "" : " (\(warnings.count) warning(s))"))
        }
    }
}

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Preview the site on this computer; it rebuilds and reloads when content or theme change.")

    @OptionGroup var source: ContentOptions

    @Option(name: .long, help: "The address to listen on (default: this computer only).")
    var host: String = "127.0.0.1"

    @Option(name: .long, help: "The port to listen on.")
    var port: UInt16 = 1313

    func run() async throws {
        let options = BuildOptions(contentPath: source.content, themeCandidates: source.themeCandidates(),
                                   baseURL: "http://\(host):\(port)/")
        let site = PreviewSite(options: options, fileSystem: DiskFileSystem())
        try await PreviewServer.run(site: site, host: host, port: port) { line in
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
    }
}

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a campaign folder: a commented campaign.md, units.csv and a sample snapshot that builds at once.")

    @Argument(help: "The campaign's folder name, which is its URL slug: a-z, 0-9 and \"-\" (e.g. dvc-2025).")
    var slug: String

    @Option(name: .long, help: "The content folder (site.yml is created there when missing).")
    var content: String = "content"

    func run() throws {
        try ThiduaCLI.run {
            for path in try CampaignScaffold.create(slug: slug, contentPath: content, fileSystem: DiskFileSystem()) {
                print("Created \(path)")
            }
            print("Next: edit \(joinPath(content, slug, "campaign.md")) and units.csv, put the data in "
                + "\(joinPath(content, slug, "data"))/YYYY-MM-DD.csv or .xlsx, then run: thidua build --content \(content)")
        }
    }
}
