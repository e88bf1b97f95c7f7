import ArgumentParser
import Foundation
import ThiduaCore
import ThiduaServe

@main
struct Thidua: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "thidua",
        abstract: "Builds public leaderboard websites for emulation campaigns (phong trào thi đua).",
        version: ThiduaVersion.current,
        subcommands: [Build.self, Check.self, New.self, Serve.self, Publish.self])

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

    @Option(name: .long, help: "The language of messages: vi or en (default: `language` of site.yml, else vi).")
    var lang: Language?

    func themeCandidates() -> [String] { ThiduaCLI.themeCandidates(theme: theme, content: content) }

    /// What the build reads, with the language of its messages.
    func options(output: String = "public", baseURL: String? = nil) -> BuildOptions {
        var options = BuildOptions(contentPath: content, outputPath: output, themeCandidates: themeCandidates(),
                                   baseURL: baseURL, toolIdentity: toolIdentity())
        options.language = lang
        options.messageThemes = ThiduaCLI.themeCandidates(theme: nil, content: content)
        return options
    }
}

/// The theme folders to try: `--theme`, else themes/default next to the
/// content folder, in the current folder, then beside the binary.
func themeCandidates(theme: String?, content: String) -> [String] {
    if let theme { return [theme] }
    let contentParent = URL(fileURLWithPath: content).deletingLastPathComponent().path
    var candidates = [joinPath(contentParent, "themes/default"), "themes/default"]
    // The theme shipped beside the binary: walk up from .build/release/thidua to the checkout,
    // or from /usr/bin/thidua to the package's /usr/share/thidua/themes/default.
    var folder = URL(fileURLWithPath: executablePath()).deletingLastPathComponent()
    for _ in 0..<5 {
        candidates.append(folder.appendingPathComponent("themes/default").path)
        candidates.append(folder.appendingPathComponent("share/thidua/themes/default").path)
        folder = folder.deletingLastPathComponent()
    }
    return candidates
}

/// A bar on standard error when it is a terminal; nothing otherwise (logs
/// and CI get the plain summary lines printed at the end).
func progressBar(_ messages: MessageCatalogue) -> BuildProgress? {
    guard isatty(2) != 0 else { return nil }
    let lastDrawn = LockedInt()
    return BuildProgress { stage, done, total in
        // Redraw at most about a hundred times per stage.
        guard total == 0 || done == 0 || done == total || done - lastDrawn.value >= max(1, total / 100) else { return }
        lastDrawn.value = done
        var line = "\r\u{1B}[K" + stageName(stage, messages)
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

/// The running binary's path, links resolved. Run from `$PATH` (the
/// installed /usr/bin/thidua), argv[0] is only "thidua", so Linux's
/// /proc/self/exe comes first.
func executablePath() -> String {
    if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
    return URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path
}

/// The binary's path, size and modification time: a rebuilt thidua rebuilds the site.
func toolIdentity() -> String {
    let path = executablePath()
    let attributes = (try? FileManager.default.attributesOfItem(atPath: path)) ?? [:]
    let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
    let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
    return "thidua \(path) \(size) \(modified)"
}

/// A pipeline stage's name (`load`, `model`, …) in the language of the messages.
func stageName(_ stage: String, _ messages: MessageCatalogue) -> String {
    let keys: [String: MessageKey] = ["load": .stageLoad, "model": .stageModel, "rank": .stageRank, "chart": .stageChart,
                                      "render": .stageRender, "cards": .stageCards, "reports": .stageReports, "write": .stageWrite]
    return keys[stage].map { messages.text($0) } ?? stage
}

func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}

func report(_ diagnostics: [Diagnostic], _ messages: MessageCatalogue) {
    for diagnostic in diagnostics { printError(messages.line(diagnostic)) }
}

func run(_ messages: MessageCatalogue, _ body: () throws -> Void) throws {
    do {
        try body()
    } catch let failure as BuildFailure {
        report(failure.diagnostics, messages)
        let count = failure.errors.count
        printError(messages.text(count == 1 ? .summaryOneError : .summaryErrors, ["count": count]))
        throw ExitCode(1)
    } catch let error as FileSystemError {
        report([.error(SourceLocation(path: error.path), error.message)], messages)
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
        var options = source.options(output: output, baseURL: baseURL)
        let messages = options.messages(fileSystem: DiskFileSystem())
        try ThiduaCLI.run(messages) {
            options.waitForOtherBuilds = !noWait
            options.allowEmpty = allowEmpty
            options.allowRemoval = allowRemoval
            options.onWait = { message in printError(messages.text(message)) }
            let result = try Pipeline.build(options, fileSystem: DiskFileSystem(), progress: progressBar(messages))
            report(result.warnings, messages)
            let seconds = Self.seconds(Date().timeIntervalSince(start), messages)
            let warnings = result.warnings.isEmpty ? "" : messages.text(.summaryWarnings, ["count": result.warnings.count])
            let cards = messages.text(.summaryCards, ["rendered": result.cardsRendered.count, "reused": result.cardsReused])
                + messages.text(.summaryReports, ["rendered": result.reportsRendered.count, "reused": result.reportsReused])
            if result.unchanged {
                print(messages.text(.buildUnchanged, ["output": output, "files": result.filesKept, "seconds": seconds,
                                                      "warnings": warnings]))
            } else {
                print(messages.text(.buildDone, [
                    "campaigns": result.campaigns, "units": result.units, "output": output, "seconds": seconds,
                    "written": result.filesWritten, "kib": result.bytesWritten / 1024, "kept": result.filesKept,
                    "removed": result.filesRemoved, "cards": cards, "warnings": warnings]))
            }
            print("  " + result.stageSeconds.map {
                messages.text(.stageTime, ["stage": stageName($0.stage, messages), "seconds": Self.seconds($0.seconds, messages)])
            }.joined(separator: " · "))
        }
    }

    /// Seconds with two decimals, in the messages' number format (`1,25` in Vietnamese).
    static func seconds(_ value: Double, _ messages: MessageCatalogue) -> String {
        let text = String(format: "%.2f", value)
        return messages.language == .vi ? text.replacingOccurrences(of: ".", with: ",") : text
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Validate the content; write nothing.")

    @OptionGroup var source: ContentOptions

    func run() throws {
        let options = source.options()
        let messages = options.messages(fileSystem: DiskFileSystem())
        try ThiduaCLI.run(messages) {
            let warnings = try Pipeline.check(options, fileSystem: DiskFileSystem())
            report(warnings, messages)
            print(warnings.isEmpty ? messages.text(.checkOK) : messages.text(.checkOKWarnings, ["count": warnings.count]))
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
        let options = source.options(baseURL: "http://\(host):\(port)/")
        let site = PreviewSite(options: options, fileSystem: DiskFileSystem())
        try await PreviewServer.run(site: site, host: host, port: port) { line in
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
    }
}

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a campaign folder: a commented campaign.md, units.csv and a sample snapshot; then run thidua build.")

    @Argument(help: "The campaign's folder name, which is its URL slug: a-z, 0-9 and \"-\" (e.g. dvc-2025).")
    var slug: String

    @Option(name: .long, help: "The content folder (site.yml is created there when missing).")
    var content: String = "content"

    @Option(name: .long, help: "The language of messages: vi or en (default: vi).")
    var lang: Language?

    func run() throws {
        let messages = MessageCatalogue.load(lang ?? .vi, themeCandidates: themeCandidates(theme: nil, content: content),
                                             fileSystem: DiskFileSystem())
        try ThiduaCLI.run(messages) {
            for path in try CampaignScaffold.create(slug: slug, contentPath: content, fileSystem: DiskFileSystem()) {
                print(messages.text(.newCreated, ["path": path]))
            }
            print(messages.text(.newNext, ["plan": joinPath(content, slug, "campaign.md"), "data": joinPath(content, slug, "data"),
                                           "content": content]))
        }
    }
}

struct Publish: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Send the built site to the web server over SSH (rsync); it goes live only when complete.",
        discussion: """
            The destination is the `publish:` section of site.yml (host, path, and optionally user, port, keep) \
            or --to. The login key comes from your SSH configuration (~/.ssh/config, ssh-agent). Each publish is \
            a new folder <path>/releases/<time>; <path>/current points to the live one.
            """)

    @Option(name: .long, help: "The content folder, whose site.yml names the destination.")
    var content: String = "content"

    @Option(name: .long, help: "The built site to send (the --output of thidua build).")
    var output: String = "public"

    @Option(name: .long, help: "The destination, user@host:/folder (overrides site.yml).")
    var to: String?

    @Option(name: .long, help: "The SSH port (overrides site.yml).")
    var port: Int?

    @Option(name: .long, help: "How many releases to keep on the server, the live one included (default 5).")
    var keep: Int?

    @Option(name: .customLong("ssh-config"), help: "An ssh configuration file to use instead of ~/.ssh/config.")
    var sshConfig: String?

    @Flag(name: .long, help: "Make the release before the live one live again.")
    var rollback = false

    @Option(name: .long, help: "The language of the messages: vi or en (default: site.yml's language).")
    var lang: Language?

    func run() throws {
        var language = lang ?? .vi
        var options = BuildOptions(contentPath: content, themeCandidates: themeCandidates(theme: nil, content: content))
        options.language = lang
        let messages = options.messages(fileSystem: DiskFileSystem())
        do {
            try ThiduaCLI.run(messages) {
                let (target, siteLanguage) = try PublishSettingsReader.resolve(
                    contentPath: content, to: to, port: port, keep: keep, fileSystem: DiskFileSystem())
                language = lang ?? siteLanguage
                let chosen = language
                var publishing = Publisher.Options(site: output, target: target, sshConfig: sshConfig)
                if isatty(2) != 0 {
                    publishing.progress = { message in
                        FileHandle.standardError.write(Data(("\r\u{1B}[K" + (message?.text(chosen) ?? "")).utf8))
                    }
                }
                let publisher = Publisher(publishing) { message in
                    print(message.text(chosen))
                    fflush(stdout)
                }
                if rollback { _ = try publisher.rollback() } else { _ = try publisher.publish() }
            }
        } catch let error as PublishError {
            FileHandle.standardError.write(Data(("thidua publish: " + error.message.text(language) + "\n").utf8))
            throw ExitCode(1)
        }
    }
}

extension Language: ExpressibleByArgument {}
