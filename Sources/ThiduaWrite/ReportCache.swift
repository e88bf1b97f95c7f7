import Foundation

/// Turns official reports into PDFs, only when needed: as the share cards'
/// PNGs (`CardCache`), a report's PDF is kept in the card cache folder,
/// named by the SHA-256 of the renderer's identity and of the report's
/// pages (`ReportSource.digest`), so an unchanged report is linked from
/// there and the others are rendered in parallel across cores. Beside it, a
/// keyed report has a small file named by its key (`ReportSource.key`)
/// that holds its PDF's name: a report whose key the cache knows is not
/// even modelled.
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

    /// The cache file of the report's model (`ReportSource.digest`: models the report).
    func name(_ report: ReportSource) -> String { SHA256.hex(identity + "\n" + report.digest) + ".pdf" }

    /// The cache file of what the report is made of (`ReportSource.key`):
    /// it holds the name of its model's file; nil without a key.
    func keyName(_ report: ReportSource) -> String? {
        report.key.map { SHA256.hex(identity + "\nkey\n" + $0) + ".txt" }
    }

    /// The report's PDF: its pages on A4, portrait or landscape.
    public static func pdf(_ report: ReportSource) throws -> Data {
        let pages = report.laidOut()
        return try PNGRenderer.pdf(pages: pages.svg, width: pages.width, height: pages.height,
                                   title: pages.title, date: report.date)
    }

    /// Makes sure every report has its PDF in the cache, rendering the missing ones.
    public func prepare(_ reports: [ReportSource]) throws -> Prepared {
        // A report whose key names a cached PDF is not modelled; the others
        // are (on every core), and may still find their model's PDF cached.
        let keyNames = reports.map(keyName)
        let fs = fileSystem, folder = self.folder
        let known = keyNames.map { keyName -> String? in
            guard let keyName, let data = try? fs.read(joinPath(folder, keyName)),
                  let name = String(data: data, encoding: .utf8), name.count == 68, name.hasSuffix(".pdf"),
                  fs.isFile(joinPath(folder, name)) else { return nil }
            return name
        }
        let names = Parallel.map(Array(reports.indices)) { i in known[i] ?? name(reports[i]) }
        var missing: [(name: String, report: ReportSource)] = []
        var seen = Set<String>()
        for (report, name) in zip(reports, names) where seen.insert(name).inserted {
            if !fileSystem.isFile(joinPath(folder, name)) { missing.append((name, report)) }
        }
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
        // The key's file for the next build: the model's file name. Replaced,
        // not rewritten in place: a cache copied with hard links shares it.
        for i in reports.indices where known[i] == nil {
            guard let keyName = keyNames[i] else { continue }
            try? fs.remove(joinPath(folder, keyName))
            try? fs.write(Data(names[i].utf8), to: joinPath(folder, keyName))
        }
        let renderedNames = Set(missing.map(\.name))
        return Prepared(copies: zip(reports, names).map { (joinPath(folder, $1), $0.path, nil) },
                        rendered: missing.map(\.report.path),
                        reused: names.filter { !renderedNames.contains($0) }.count,
                        used: Set(names).union(keyNames.compactMap { $0 }))
    }
}
