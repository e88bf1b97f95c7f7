import ArgumentParser
import Foundation
import ThiduaCore
import ThiduaServe

@main
struct Thidua: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "thidua",
        abstract: commandLineMessages.text(.helpThidua),
        version: ThiduaVersion.current,
        subcommands: [Build.self, Check.self, New.self, Serve.self, Publish.self])

    /// ArgumentParser's own `main` (its texts translated), after the
    /// allocator settings: they must come before any thread has allocated
    /// (see `MemoryTuning`).
    static func main() async {
        MemoryTuning.padHeapGrowth()
        await runTranslated()
    }
}


/// Options shared by the subcommands that read content.
struct ContentOptions: ParsableArguments {
    @Option(name: .long, help: help(.helpContent))
    var content: String = "content"

    @Option(name: .long, help: help(.helpTheme))
    var theme: String?

    @Option(name: .long, help: help(.helpLang))
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

/// thidua's build ID (`buildID()`), else the binary's path, size and
/// modification time: a rebuilt thidua rebuilds the site.
func toolIdentity() -> String {
    if let id = buildID() { return "thidua build \(id)" }
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
    static let configuration = CommandConfiguration(abstract: commandLineMessages.text(.helpBuild))

    @OptionGroup var source: ContentOptions

    @Option(name: .long, help: help(.helpOutput))
    var output: String = "public"

    @Option(name: .customLong("base-url"), help: help(.helpBaseURL))
    var baseURL: String?

    @Flag(name: .customLong("no-wait"), help: help(.helpNoWait))
    var noWait = false

    @Flag(name: .customLong("allow-empty"), help: help(.helpAllowEmpty))
    var allowEmpty = false

    @Flag(name: .customLong("allow-removal"), help: help(.helpAllowRemoval))
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
    static let configuration = CommandConfiguration(abstract: commandLineMessages.text(.helpCheck))

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
        abstract: commandLineMessages.text(.helpServe))

    @OptionGroup var source: ContentOptions

    @Option(name: .long, help: help(.helpHost))
    var host: String = "127.0.0.1"

    @Option(name: .long, help: help(.helpPort))
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
        abstract: commandLineMessages.text(.helpNew))

    @Argument(help: help(.helpSlug))
    var slug: String

    @Option(name: .long, help: help(.helpNewContent))
    var content: String = "content"

    @Option(name: .long, help: help(.helpNewLang))
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
        abstract: commandLineMessages.text(.helpPublish),
        discussion: commandLineMessages.text(.helpPublishDiscussion))

    @Option(name: .long, help: help(.helpPublishContent))
    var content: String = "content"

    @Option(name: .long, help: help(.helpPublishOutput))
    var output: String = "public"

    @Option(name: .long, help: help(.helpTo))
    var to: String?

    @Option(name: .long, help: help(.helpSSHPort))
    var port: Int?

    @Option(name: .long, help: help(.helpKeep))
    var keep: Int?

    @Option(name: .customLong("ssh-config"), help: help(.helpSSHConfig))
    var sshConfig: String?

    @Flag(name: .long, help: help(.helpRollback))
    var rollback = false

    @Option(name: .long, help: help(.helpPublishLang))
    var lang: Language?

    func run() throws {
        var options = BuildOptions(contentPath: content, themeCandidates: themeCandidates(theme: nil, content: content))
        options.language = lang
        let messages = options.messages(fileSystem: DiskFileSystem())
        do {
            try ThiduaCLI.run(messages) {
                let target = try PublishSettingsReader.resolve(
                    contentPath: content, to: to, port: port, keep: keep, fileSystem: DiskFileSystem())
                var publishing = Publisher.Options(site: output, target: target, sshConfig: sshConfig)
                if isatty(2) != 0 {
                    publishing.progress = { message in
                        FileHandle.standardError.write(Data(("\r\u{1B}[K" + (message.map { messages.text($0.message) } ?? "")).utf8))
                    }
                }
                let publisher = Publisher(publishing) { message in
                    print(messages.text(message.message))
                    fflush(stdout)
                }
                if rollback { _ = try publisher.rollback() } else { _ = try publisher.publish() }
            }
        } catch let error as PublishError {
            FileHandle.standardError.write(Data(("thidua publish: " + messages.text(error.message.message) + "\n").utf8))
            throw ExitCode(1)
        }
    }
}

extension Language: ExpressibleByArgument {}
