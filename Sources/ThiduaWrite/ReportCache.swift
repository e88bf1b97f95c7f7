import Foundation

/// Turns official reports into PDFs, only when needed: as the share cards'
/// PNGs (`CardCache`), a report's PDF is kept in the card cache folder,
/// named by the SHA-256 of the renderer's identity and of the report's
/// pages (`ReportSource.digest`), so an unchanged report is linked from
/// there and the others are rendered in parallel across cores.
public struct ReportCache: Sendable {
    public struct Prepared: Sendable {
        /// (cache path, site path) of every report's PDF, for the Write stage to link.
        public var copies: [WriteStage.Copy]
        /// Reports rendered by this build (site paths); the others were reused.
        public var rendered: [String]
        public var reused: Int
        /// The cache file names this build uses (the card cache keeps them when pruned).
        public var used: Set<String>
    }

    public var folder: String
    public var fileSystem: FileSystem
    public var identity: String

    public init(folder: String, fileSystem: FileSystem, identity: String = PNGRenderer.identity + " pdf-a4-landscape") {
        self.folder = folder
        self.fileSystem = fileSystem
        self.identity = identity
    }

    func name(_ report: ReportSource) -> String { SHA256.hex(identity + "\n" + report.digest) + ".pdf" }

    /// The report's PDF: its pages on A4, portrait or landscape.
    public static func pdf(_ report: ReportSource) throws -> Data {
        let pages = report.laidOut()
        return try PNGRenderer.pdf(pages: pages.svg, width: pages.width, height: pages.height,
                                   title: report.title, date: report.date)
    }

    /// Makes sure every report has its PDF in the cache, rendering the missing ones.
    public func prepare(_ reports: [ReportSource]) throws -> Prepared {
        let names = reports.map(name)
        var missing: [(name: String, report: ReportSource)] = []
        var seen = Set<String>()
        for (report, name) in zip(reports, names) where seen.insert(name).inserted {
            if !fileSystem.isFile(joinPath(folder, name)) { missing.append((name, report)) }
        }
        let fs = fileSystem, folder = self.folder
        let outcomes = Parallel.map(Array(missing.enumerated())) { i, item in
            Result {
                let pdf = try Self.pdf(item.report)
                // Unique per process and report: another build may be rendering the same one.
                let temporary = joinPath(folder, "\(item.name).\(ProcessInfo.processInfo.processIdentifier)-\(i).part")
                try fs.write(pdf, to: temporary)
                try fs.move(temporary, to: joinPath(folder, item.name))
            }
        }
        for (item, outcome) in zip(missing, outcomes) {
            if case .failure(let error) = outcome {
                throw BuildFailure([.error(SourceLocation(path: item.report.path), .reportNotRendered, ["detail": "\(error)"])])
            }
        }
        let renderedNames = Set(missing.map(\.name))
        return Prepared(copies: zip(reports, names).map { (joinPath(folder, $1), $0.path, nil) },
                        rendered: missing.map(\.report.path),
                        reused: names.filter { !renderedNames.contains($0) }.count,
                        used: Set(names))
    }
}
