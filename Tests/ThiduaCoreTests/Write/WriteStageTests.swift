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

struct WriteStageTests {
    static let files = [
        "c/campaign.md": campaignMD("""
            title: "Ghi"
            period: {start: 2024-01-01, end: 2024-12-31}
            metrics: [{id: v}]
            indicators: [{id: x, formula: "v"}]
            """),
        "c/units.csv": "id,name\na,An\nb,Bình\n",
        "c/data/2024-01-31.csv": "unit,v\na,1\nb,2\n",
    ]

    /// Each folder is written on one lane, always the same.
    @Test func aFolderIsWrittenOnOneLane() {
        #expect(StagingWriter.lane(of: "c/a/index.html") == StagingWriter.lane(of: "c/a/embed.html"))
        #expect(Set(["c/a/x", "c/b/x", "c/c/x", "c/d/x"].map(StagingWriter.lane)) == [0, 1])
    }

    @Test func failedBuildLeavesThePreviousSiteExactlyAsItWas() throws {
        let site = TestSite(Self.files)
        _ = try site.build()
        let before = site.fs.snapshot.filter { $0.key.hasPrefix("public/") }
        #expect(before["public/c/a/index.html"] != nil)
        try site.fs.write(Data("unit,v\na,1\nb,hai\n".utf8), to: "content/c/data/2024-01-31.csv")
        #expect(site.errors().count == 1)
        let after = site.fs.snapshot.filter { $0.key.hasPrefix("public/") || $0.key.contains(".public.thidua-") }
        #expect(after == before)
    }

    /// The cards are rasterised while the pages are written: when they
    /// fail, their error comes through as it is and the site stays as it was.
    @Test func cardsFailingWhileThePagesAreWrittenLeaveTheSiteAsItWas() throws {
        let site = TestSite(Self.files)
        _ = try site.build()
        let before = site.fs.snapshot.filter { $0.key.hasPrefix("public/") }
        struct CardsFailed: Error {}
        let files = [OutputFile(path: "index.html", data: Data("mới".utf8))]
        #expect(throws: CardsFailed.self) {
            try WriteStage.write(files, fingerprint: "x", to: "public", fileSystem: site.fs, pendingCopies: { throw CardsFailed() })
        }
        let after = site.fs.snapshot.filter { $0.key.hasPrefix("public/") || $0.key.contains(".public.thidua-") }
        #expect(after == before)
    }

    @Test func rebuildReplacesTheWholeSite() throws {
        let site = TestSite(Self.files)
        _ = try site.build()
        try site.fs.write(Data("id,name\na,An\n".utf8), to: "content/c/units.csv")
        try site.fs.write(Data("unit,v\na,1\n".utf8), to: "content/c/data/2024-01-31.csv")
        _ = try site.build()
        #expect(site.text("c/b/index.html") == nil)
        #expect(site.text("c/a/index.html") != nil)
        #expect(site.fs.snapshot.keys.filter { $0.contains("thidua-staging") || $0.contains("thidua-previous") }.isEmpty)
    }

    @Test func refusesAFolderNotMadeByThidua() throws {
        let site = TestSite(Self.files)
        try site.fs.write(Data("thư của tôi".utf8), to: "public/letter.txt")
        #expect(site.errors() == [
            "public: the folder exists, is not empty and was not made by thidua; remove it or choose another --output",
        ])
        #expect(site.fs.text("public/letter.txt") == "thư của tôi")
    }

    @Test func refusesToReplaceTheContentFolder() {
        let site = TestSite(Self.files)
        var options = site.options
        options.outputPath = "content"
        #expect(throws: BuildFailure.self) { try Pipeline.build(options, fileSystem: site.fs) }
        options.outputPath = "/"
        #expect(throws: BuildFailure.self) { try Pipeline.build(options, fileSystem: site.fs) }
    }

    @Test func sameContentSameBytes() throws {
        let first = TestSite(Self.files), second = TestSite(Self.files)
        _ = try first.build()
        _ = try second.build()
        #expect(first.fs.snapshot == second.fs.snapshot)
    }

    @Test func unchangedRebuildWritesNothing() throws {
        let site = TestSite(Self.files)
        let first = try site.build()
        #expect(!first.unchanged && first.filesKept == 0 && first.filesWritten > 0)
        let writes = site.fs.writes.count
        let second = try site.build()
        #expect(second.unchanged)
        #expect(second.filesWritten == 0 && second.filesKept == first.filesWritten)
        #expect(site.fs.writes.count == writes)
        // Decided from the inputs' fingerprint: the data is not even parsed,
        // and the report repeats what the first build said.
        #expect(second.stageSeconds.map(\.stage) == ["load"])
        #expect(second.campaigns == first.campaigns && second.units == first.units)
        #expect(second.warnings == first.warnings)
    }

    @Test func unchangedRebuildRepeatsTheWarnings() throws {
        var files = Self.files
        files["site.yml"] = "title: \"Thi đua\"\n"   // no base_url: a warning
        let site = TestSite(files)
        let first = try site.build()
        #expect(first.warnings.map(\.english).count == 1)
        let second = try site.build()
        #expect(second.unchanged)
        #expect(second.warnings.map(\.english) == first.warnings.map(\.english))
    }

    @Test func changedFigureRewritesOnlyWhatChanged() throws {
        let site = TestSite(Self.files)
        let first = try site.build()
        try site.fs.write(Data("unit,v\na,1\nb,3\n".utf8), to: "content/c/data/2024-01-31.csv")
        let mark = site.fs.writes.count
        let second = try site.build()
        let written = Set(site.fs.writes[mark...].map { $0.replacingOccurrences(of: ".public.thidua-staging/", with: "") })
        #expect(!second.unchanged)
        #expect(second.filesWritten + second.filesKept == first.filesWritten)
        #expect(written.contains("c/b/index.html"))
        #expect(written.contains("c/data/leaderboard.json"))
        #expect(!written.contains("c/ke-hoach/index.html"))     // the plan text did not change
        #expect(!written.contains("assets/style.css"))
        #expect(second.filesKept > 0)
        #expect(site.text("c/data/leaderboard.json")?.contains("\"x\": 3") == true)
    }

    @Test func manifestRoundTrips() {
        let manifest = Manifest(fingerprint: "abc", outputs: [
            OutputFile(path: "b/index.html", text: "<p>b</p>"), OutputFile(path: "a b.svg", text: "<svg/>")])
        #expect(String(decoding: manifest.serialized(), as: UTF8.self) == """
            thidua abc
            \(ContentHash(Data("<svg/>".utf8))) 6 a b.svg
            \(ContentHash(Data("<p>b</p>".utf8))) 8 b/index.html

            """)
        #expect(Manifest.parse(manifest.serialized()) == manifest)
        // Page keys, and a path with spaces in it: the path is the rest of the line.
        let key = PageKey(high: 0x0123_4567_89ab_cdef, low: 0xfedc_ba98_7654_3210)
        let keyed = Manifest(fingerprint: "f 1", files: ["x/b c.html": Manifest.Entry(hash: ContentHash(raw: 0xabc), size: 12, key: key)])
        #expect(String(decoding: keyed.serialized(), as: UTF8.self)
                == "thidua f 1\n0000000000000abc/0123456789abcdeffedcba9876543210 12 x/b c.html\n")
        #expect(Manifest.parse(keyed.serialized()) == keyed)
        #expect(Manifest.parse(Data("thidua f\n\nABC 3 a.html\n".utf8))?.files["a.html"]?.hash == ContentHash(raw: 0xabc))
        // Anything else is no manifest (the build then runs in full).
        for garbage in ["", "thidu f\n", "thidua f\nabc 3\n", "thidua f\nabc x a.html\n", "thidua f\nxyz 3 a.html\n",
                        "thidua f\n00000000000000000 3 a.html\n", "thidua f\nabc/123 3 a.html\n", "thidua f\nabc -3 a.html\n",
                        "thidua f\nabc 3 \n"] {
            #expect(Manifest.parse(Data(garbage.utf8)) == nil, "\(garbage)")
        }
        // Vectors from an independent Python transcription of the algorithm
        // (MurmurHash3 64-bit block mix, finalizer after each combine).
        #expect(ContentHash(Data()).description == "9ca066f1a4ab2eea")
        #expect(ContentHash(Data("a".utf8)).description == "049603088011f1b2")
        #expect(ContentHash(Data("thidua: the same bytes, the same hash".utf8)).description == "4e260ce865c34b3e")
        var split = ContentHash(), other = ContentHash()
        split.combine(Data("ab".utf8)); split.combine(Data("c".utf8))
        other.combine(Data("a".utf8)); other.combine(Data("bc".utf8))
        #expect(split.description == "c0675dbb103915f0" && other.description == "ca6e6dbaf7aebfbb")
    }
}

struct BuildProgressTests {
    @Test func reportsEveryStageAndEveryPageAndFile() throws {
        let site = TestSite(WriteStageTests.files)
        let log = ProgressLog()
        let report = try Pipeline.build(site.options, fileSystem: site.fs, progress: BuildProgress { stage, done, total in
            log.add(stage, done, total)
        })
        #expect(log.stages == ["load", "model", "rank", "chart", "render", "cards", "reports", "write"])
        #expect(log.last["render"]! == (2, 2))                          // two unit pages
        // The pages are written as they are rendered; the write stage counts the images and reports it links.
        let copies = report.cardsRendered.count + report.reportsRendered.count
        #expect(copies > 0 && log.last["write"]! == (copies, copies))
    }
}

final class ProgressLog: @unchecked Sendable {
    var stages: [String] = []
    var last: [String: (Int, Int)] = [:]
    func add(_ stage: String, _ done: Int, _ total: Int) {
        if stages.last != stage { stages.append(stage) }
        last[stage] = (done, total)
    }
}

/// A file system that fails on the n-th write, like a full disk, and can
/// report other sizes for files than they have; it remembers the paths written.
final class FailingFileSystem: FileSystem, @unchecked Sendable {
    let inner: MemoryFileSystem
    var writesLeft: Int
    /// Renames that succeed before one fails (`rename(_:over:)`); the ones after it succeed again.
    var renamesLeft = Int.max
    let sizes: (String) -> Int?
    let lock = NSLock()
    private var paths: [String] = []

    var written: [String] { lock.lock(); defer { lock.unlock() }; return paths }

    init(_ inner: MemoryFileSystem, failAfter writes: Int = .max, sizes: @escaping (String) -> Int? = { _ in nil }) {
        self.inner = inner
        self.writesLeft = writes
        self.sizes = sizes
    }

    func size(_ path: String) -> Int? { sizes(path) ?? inner.size(path) }

    func read(_ path: String) throws -> Data { try inner.read(path) }
    func list(_ path: String) throws -> [FolderEntry] { try inner.list(path) }
    func isFolder(_ path: String) -> Bool { inner.isFolder(path) }
    func isFile(_ path: String) -> Bool { inner.isFile(path) }
    func remove(_ path: String) throws { try inner.remove(path) }
    func move(_ from: String, to: String) throws { try inner.move(from, to: to) }
    func rename(_ from: String, over to: String) throws {
        lock.lock()
        renamesLeft -= 1
        let fail = renamesLeft == -1
        lock.unlock()
        if fail { throw FileSystemError(path: from, message: Message(.cannotRename, ["to": to, "localizedDescription": "Permission denied"])) }
        try inner.rename(from, over: to)
    }
    func link(_ from: String, to: String) throws { try inner.link(from, to: to) }
    func lock(_ path: String, wait: Bool) throws -> FileLock? { try inner.lock(path, wait: wait) }
    func write(_ data: Data, to path: String) throws {
        lock.lock()
        writesLeft -= 1
        paths.append(path)
        let fail = writesLeft < 0
        lock.unlock()
        if fail { throw FileSystemError(path: path, message: Message(.cannotWriteFile, ["localizedDescription": "No space left on device"])) }
        try inner.write(data, to: path)
    }
}

struct WriteFailureTests {
    @Test func aFullDiskMidBuildLeavesThePreviousSite() throws {
        let site = TestSite(WriteStageTests.files)
        _ = try site.build()
        let before = site.fs.snapshot.filter { $0.key.hasPrefix("public/") }
        try site.fs.write(Data("unit,v\na,5\nb,6\n".utf8), to: "content/c/data/2024-01-31.csv")
        let failing = FailingFileSystem(site.fs, failAfter: 3)
        #expect(throws: BuildFailure.self) { try Pipeline.build(site.options, fileSystem: failing) }
        #expect(site.fs.snapshot.filter { $0.key.hasPrefix("public/") } == before)
        #expect(site.fs.snapshot.keys.filter { $0.contains("thidua-staging") }.isEmpty)
    }

    @Test func refusesHugeFiles() throws {
        let site = TestSite(WriteStageTests.files)
        let huge = FailingFileSystem(site.fs) { $0.hasSuffix(".csv") && $0.contains("/data/") ? 200 * 1024 * 1024 : nil }
        do {
            _ = try Pipeline.build(site.options, fileSystem: huge)
            Issue.record("a 200 MB file must be refused")
        } catch let failure as BuildFailure {
            #expect(failure.errors.map(\.english) == [
                "content/c/data/2024-01-31.csv: the file is 200 MB, more than the 100 MB thidua reads; is it the right file? Split a very large export by period",
            ])
        }
    }
}

struct SymlinkTests {
    @Test func aLinkOutOfTheContentFolderIsRefused() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("thidua-link-\(getpid())")
        try? FileManager.default.removeItem(at: root)
        let content = root.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content.appendingPathComponent("c/data"), withIntermediateDirectories: true)
        for (path, text) in WriteStageTests.files where !path.contains("units.csv") {
            try text.write(to: content.appendingPathComponent(path), atomically: true, encoding: .utf8)
        }
        try "title: \"T\"\n".write(to: content.appendingPathComponent("site.yml"), atomically: true, encoding: .utf8)
        let secret = root.appendingPathComponent("secret.csv")
        try "id,name\na,An\nb,Bình\n".write(to: secret, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(at: content.appendingPathComponent("c/units.csv"), withDestinationURL: secret)
        defer { try? FileManager.default.removeItem(at: root) }
        let options = BuildOptions(contentPath: content.path, outputPath: root.appendingPathComponent("public").path,
                                   themeCandidates: [TestSite.repository.appendingPathComponent("themes/default").path])
        do {
            _ = try Pipeline.build(options, fileSystem: DiskFileSystem())
            Issue.record("the build should fail")
        } catch let failure as BuildFailure {
            #expect(failure.errors.count == 1)
            #expect(failure.errors.first?.english.contains("units.csv: the file is a link to") == true)
        }
    }
}
