import ArgumentParser
import Foundation
import ThiduaCore

@main
struct Thidua: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "thidua",
        abstract: "Builds public leaderboard websites for emulation campaigns (phong trào thi đua).",
        subcommands: [Build.self, Check.self])
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

    func run() throws {
        let start = Date()
        try ThiduaCLI.run {
            let options = BuildOptions(contentPath: source.content, outputPath: output,
                                       themeCandidates: source.themeCandidates(), baseURL: baseURL)
            let result = try Pipeline.build(options, fileSystem: DiskFileSystem())
            report(result.warnings)
            let seconds = Date().timeIntervalSince(start)
            print("Built \(result.campaigns) campaign(s), \(result.units) units: \(result.filesWritten) files, "
                + "\(result.bytesWritten / 1024) KiB into \(output)/ in \(String(format: "%.2f", seconds)) s"
                + "; share images: \(result.cardsRendered.count) rendered, \(result.cardsReused) reused"
                + (result.cardsRendered.isEmpty ? "" : String(format: " (%.2f s)", result.cardSeconds))
                + (result.warnings.isEmpty ? "" : "; \(result.warnings.count) warning(s)"))
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
