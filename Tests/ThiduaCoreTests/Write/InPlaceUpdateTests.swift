import Foundation
import Testing
@testable import ThiduaSupport
@testable import ThiduaRender
@testable import ThiduaWrite

/// A build that changes few files puts them onto the live site one by one;
/// one that changes many swaps a whole new folder in. Either way the output
/// holds exactly the new site, and a failure leaves it exactly as it was.
struct InPlaceUpdateTests {
    /// Ten pages of a site: `xa-1/index.html` … `xa-10/index.html`, and the home page.
    static func site(_ changed: [Int: String] = [:], without: Set<Int> = []) -> [OutputFile] {
        [OutputFile(path: "index.html", text: "Trang chủ")]
            + (1...10).filter { !without.contains($0) }.map { OutputFile(path: "xa-\($0)/index.html", text: changed[$0] ?? "Xã \($0)") }
    }

    static func write(_ files: [OutputFile], _ fs: FileSystem) throws -> WriteStage.Report {
        try WriteStage.write(files, fingerprint: "f", to: "public", fileSystem: fs)
    }

    static func output(_ fs: MemoryFileSystem) -> [String: String] {
        fs.snapshot.filter { !$0.key.hasSuffix(WriteStage.marker) }
            .mapValues { String(decoding: $0, as: UTF8.self) }
    }

    static func expected(_ files: [OutputFile]) -> [String: String] {
        Dictionary(uniqueKeysWithValues: files.map { ("public/" + $0.path, String(decoding: $0.data, as: UTF8.self)) })
    }

    @Test func aChangedPageIsRenamedOntoTheLiveSite() throws {
        let fs = MemoryFileSystem()
        _ = try Self.write(Self.site(), fs)
        let mark = fs.writes.count
        let new = Self.site([3: "Xã 3 mới"])
        let report = try Self.write(new, fs)
        #expect(report.filesWritten == 1 && report.filesKept == 10 && report.filesRemoved == 0)
        #expect(Self.output(fs) == Self.expected(new))
        // The page, the record forgetting it while it is replaced, and the new record: nothing else.
        #expect(fs.writes[mark...] == [".public.thidua-staging/xa-3/index.html",
                                       ".public.thidua-staging/.thidua-output", ".public.thidua-staging/.thidua-output"])
        let record = try #require(WriteStage.manifest(in: "public", fileSystem: fs))
        #expect(record.fingerprint == "f")
        #expect(record.files.keys.sorted() == new.map(\.path).sorted())
        #expect(record.files["xa-3/index.html"]?.hash == ContentHash(Data("Xã 3 mới".utf8)))
    }

    @Test func theFoldersAbovePaths() {
        #expect(InPlaceUpdate.folders(above: ["a/b/c.html", "a/d.html", "e.html", "a/b/f/g.html", "h/i/j.png", "a/b/k"])
                == ["a", "a/b", "a/b/f", "h", "h/i"])
        #expect(InPlaceUpdate.folders(above: ["index.html", "feed.xml"]).isEmpty)
        #expect(InPlaceUpdate.folders(above: ["x/tỉnh-á/y.csv"]) == ["x", "x/tỉnh-á"])
    }

    @Test func removedPagesAndStrayFilesGoWithTheirEmptyFolders() throws {
        let fs = MemoryFileSystem()
        _ = try Self.write(Self.site(), fs)
        try fs.write(Data("tệp chép tay".utf8), to: "public/xa-4/ghi-chu.txt")
        try fs.write(Data("x".utf8), to: "public/cu/index.html")
        let new = Self.site([2: "Xã 2 mới"], without: [7])
        let report = try Self.write(new, fs)
        #expect(report.filesRemoved == 1)
        #expect(Self.output(fs) == Self.expected(new))
        #expect(!fs.isFolder("public/xa-7") && !fs.isFolder("public/cu"))
        #expect(fs.snapshot.keys.filter { $0.contains(".public.thidua-") }.isEmpty)
    }

    /// Which way a build went shows when renames fail: only an update in place renames.
    @Test func manyChangedPagesSwapAWholeFolderIn() throws {
        let memory = MemoryFileSystem()
        _ = try Self.write(Self.site(), memory)
        let fs = FailingFileSystem(memory)
        fs.renamesLeft = 0
        let all = Dictionary(uniqueKeysWithValues: (1...4).map { ($0, "Xã \($0) mới") })
        let new = Self.site(all)
        let report = try Self.write(new, fs)
        #expect(report.filesWritten == 4 && report.filesKept == 7)
        #expect(Self.output(memory) == Self.expected(new))
        // Three of eleven files is under a third: in place, where the failing rename stops it.
        let more = all.merging([5: "Xã 5 mới", 6: "Xã 6 mới", 8: "Xã 8 mới"]) { $1 }
        fs.renamesLeft = 0
        #expect(throws: BuildFailure.self) { try Self.write(Self.site(more), fs) }
        #expect(Self.output(memory) == Self.expected(new))
    }

    /// A rename failing half-way: every file replaced so far is put back,
    /// the record too, and nothing is left beside the output folder.
    @Test func aFailureHalfWayPutsEveryFileBack() throws {
        let memory = MemoryFileSystem()
        _ = try Self.write(Self.site(), memory)
        let before = memory.snapshot
        for renames in 0...4 {
            let fs = FailingFileSystem(memory)
            fs.renamesLeft = renames
            do {
                _ = try Self.write(Self.site([1: "Xã 1 mới", 9: "Xã 9 mới"], without: [5]), fs)
                Issue.record("rename \(renames + 1) should fail")
            } catch let failure as BuildFailure {
                #expect(failure.errors.first?.english.hasPrefix("public: the new site could not replace the old one") == true)
            }
            #expect(memory.snapshot == before, "failing at rename \(renames + 1)")
        }
    }

    /// While files are replaced, the live record lacks them and matches no
    /// inputs: a build stopped half-way is followed by one that writes them.
    @Test func theRecordForgetsWhatIsBeingReplaced() {
        let entry = Manifest.Entry(hash: ContentHash(Data("a".utf8)), size: 1)
        let record = Manifest(fingerprint: "f", files: ["a.html": entry, "b.html": entry, "c.html": entry])
        let forgetting = record.forgetting(["b.html", "c.html"])
        #expect(forgetting.fingerprint == "incomplete")
        #expect(forgetting.files == ["a.html": entry])
        #expect(Manifest.parse(forgetting.serialized()) == forgetting)
    }
}

/// The disk's rename replaces in one step and makes missing folders; its
/// listing tells folders from files without a stat per entry, following links.
struct DiskRenameTests {
    @Test func renameReplacesAndListingKnowsFolders() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("thidua-rename-\(getpid())").path
        try? FileManager.default.removeItem(atPath: root)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let fs = DiskFileSystem()
        try fs.write(Data("cũ".utf8), to: root + "/site/a.html")
        try fs.write(Data("mới".utf8), to: root + "/staging/a.html")
        try fs.write(Data("mới".utf8), to: root + "/staging/b.html")
        try fs.rename(root + "/staging/a.html", over: root + "/site/a.html")
        try fs.rename(root + "/staging/b.html", over: root + "/site/moi/b.html")
        #expect(try fs.read(root + "/site/a.html") == Data("mới".utf8))
        #expect(try fs.read(root + "/site/moi/b.html") == Data("mới".utf8))
        #expect(!fs.isFile(root + "/staging/a.html"))
        try FileManager.default.createSymbolicLink(atPath: root + "/site/lien-ket", withDestinationPath: root + "/site/moi")
        #expect(try fs.list(root + "/site") == [FolderEntry(name: "a.html", isFolder: false), FolderEntry(name: "lien-ket", isFolder: true),
                                                FolderEntry(name: "moi", isFolder: true)])
        #expect(throws: FileSystemError.self) { try fs.rename(root + "/khong-co", over: root + "/site/x") }
        #expect(throws: FileSystemError.self) { try fs.list(root + "/khong-co") }
    }
}

/// The disk, with the n-th rename failing once.
final class RenameFailingDisk: FileSystem, @unchecked Sendable {
    let disk = DiskFileSystem()
    var renamesLeft: Int

    init(renamesLeft: Int) { self.renamesLeft = renamesLeft }

    func read(_ path: String) throws -> Data { try disk.read(path) }
    func list(_ path: String) throws -> [FolderEntry] { try disk.list(path) }
    func isFolder(_ path: String) -> Bool { disk.isFolder(path) }
    func isFile(_ path: String) -> Bool { disk.isFile(path) }
    func write(_ data: Data, to path: String) throws { try disk.write(data, to: path) }
    func remove(_ path: String) throws { try disk.remove(path) }
    func move(_ from: String, to: String) throws { try disk.move(from, to: to) }
    func link(_ from: String, to: String) throws { try disk.link(from, to: to) }
    func lock(_ path: String, wait: Bool) throws -> FileLock? { try disk.lock(path, wait: wait) }
    func rename(_ from: String, over to: String) throws {
        renamesLeft -= 1
        if renamesLeft == -1 { throw FileSystemError(path: from, message: Message(.cannotRename, ["to": to, "localizedDescription": "Permission denied"])) }
        try disk.rename(from, over: to)
    }
}

struct DiskInPlaceUpdateTests {
    /// Every path below `root`, folders included, with each file's bytes.
    static func tree(_ root: String) -> [String: Data?] {
        var tree: [String: Data?] = [:]
        let enumerator = FileManager.default.enumerator(atPath: root)
        while let path = enumerator?.nextObject() as? String {
            var folder: ObjCBool = false
            FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &folder)
            tree[path] = folder.boolValue ? nil : FileManager.default.contents(atPath: root + "/" + path)
        }
        return tree
    }

    /// A new page's folder, made on the live site before a later rename
    /// failed, goes again: the folder is as it was, to the last folder.
    @Test func aFailureRemovesTheFoldersItMade() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("thidua-inplace-\(getpid())").path
        try? FileManager.default.removeItem(atPath: root)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let output = root + "/public"
        _ = try WriteStage.write(InPlaceUpdateTests.site(), fingerprint: "f", to: output, fileSystem: DiskFileSystem())
        let before = Self.tree(root)
        let new = InPlaceUpdateTests.site([1: "Xã 1 mới"]) + [OutputFile(path: "xa-11/index.html", text: "Xã 11")]
        // Renames: the record forgetting, xa-1, xa-11, the new record. The fourth fails.
        #expect(throws: BuildFailure.self) {
            try WriteStage.write(new, fingerprint: "g", to: output, fileSystem: RenameFailingDisk(renamesLeft: 3))
        }
        #expect(Self.tree(root) == before)
        let report = try WriteStage.write(new, fingerprint: "g", to: output, fileSystem: DiskFileSystem())
        #expect(report.filesWritten == 2 && report.filesKept == 10)
        #expect(try DiskFileSystem().read(output + "/xa-11/index.html") == Data("Xã 11".utf8))
        // Nothing is left beside the output folder.
        #expect(try DiskFileSystem().list(root).map(\.name) == ["public"])
    }

    /// A stray whose name is not UTF-8 (put there by an unzip from Windows)
    /// cannot be named to move it aside: an update in place leaves it, where
    /// it used to fail the build; a swap removes it with the old site.
    @Test func aStrayWhoseNameIsNotUTF8StaysOnAnUpdateInPlace() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("thidua-inplace-bytes-\(getpid())").path
        try? FileManager.default.removeItem(atPath: root)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let output = root + "/public"
        let fs = DiskFileSystem()
        _ = try WriteStage.write(InPlaceUpdateTests.site(), fingerprint: "f", to: output, fileSystem: fs)
        #expect(makeEntry(in: output + "/xa-4", Latin1.bao + Array(".pdf".utf8)))
        #expect(try fs.list(output + "/xa-4").map(\.nameIsExact) == [false, true])
        let report = try WriteStage.write(InPlaceUpdateTests.site([2: "Xã 2 mới"]), fingerprint: "g", to: output, fileSystem: fs)
        #expect(report.filesWritten == 1 && report.filesRemoved == 0)
        #expect(try fs.list(output + "/xa-4").count == 2)
        // Most of the site changes: swapped in whole, the old site and the stray go.
        let changed = Dictionary(uniqueKeysWithValues: (1...10).map { ($0, "Xã \($0) mới") })
        _ = try WriteStage.write(InPlaceUpdateTests.site(changed), fingerprint: "h", to: output, fileSystem: fs)
        #expect(try fs.list(output + "/xa-4").map(\.name) == ["index.html"])
        try DiskFileSystemTests.waitForRemovals(in: root)
        #expect(try fs.list(root).map(\.name) == ["public"])
    }
}
