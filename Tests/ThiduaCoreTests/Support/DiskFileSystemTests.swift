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

struct DiskFileSystemTests {
    /// Whether /dev/shm (a tmpfs on Debian) is another file system than the temporary folder.
    static var shmIsElsewhere: Bool {
        var a = stat(), b = stat()
        return stat("/dev/shm", &a) == 0 && stat(FileManager.default.temporaryDirectory.path, &b) == 0 && a.st_dev != b.st_dev
    }

    /// Waits until the detached deletions `removeSoon` started in `folder`
    /// are done: a few seconds at most here, or the test fails.
    static func waitForRemovals(in folder: String) throws {
        let deadline = Date().addingTimeInterval(20)
        while try DiskFileSystem().list(folder).contains(where: { $0.name.contains(".removing-") }) {
            guard Date() < deadline else { return }
            usleep(20_000)
        }
    }

    /// A hard link cannot cross file systems (EXDEV): the file is copied instead.
    @Test(.enabled(if: shmIsElsewhere, "needs /dev/shm on another file system than the temporary folder"))
    func aLinkAcrossFileSystemsBecomesACopy() throws {
        let here = FileManager.default.temporaryDirectory.appendingPathComponent("thidua-disk-\(getpid())").path
        let elsewhere = "/dev/shm/thidua-disk-\(getpid())"
        defer {
            try? FileManager.default.removeItem(atPath: here)
            try? FileManager.default.removeItem(atPath: elsewhere)
        }
        let fs = DiskFileSystem()
        try fs.write(Data("ảnh chia sẻ".utf8), to: elsewhere + "/card.png")
        try fs.link(elsewhere + "/card.png", to: here + "/site/a/card.png")
        #expect(try fs.read(here + "/site/a/card.png") == Data("ảnh chia sẻ".utf8))
        var copied = stat()
        #expect(stat(here + "/site/a/card.png", &copied) == 0 && copied.st_nlink == 1)
    }

    /// Removing a folder removes all it holds, its many subfolders on every
    /// core, and a symbolic link in it without what the link points to.
    @Test func removingAFolderRemovesEverythingInItButNotWhatLinksPointTo() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("thidua-remove-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let fs = DiskFileSystem()
        try fs.write(Data("giữ".utf8), to: root + "/outside/keep.txt")
        for i in 0..<40 {
            try fs.write(Data("\(i)".utf8), to: root + "/site/c/xa-\(i)/index.html")
            try fs.write(Data("\(i)".utf8), to: root + "/site/c/xa-\(i)/nhung/index.html")
        }
        try fs.write(Data("a".utf8), to: root + "/site/index.html")
        try FileManager.default.createDirectory(atPath: root + "/site/c/empty", withIntermediateDirectories: true)
        #expect(symlink(root + "/outside", root + "/site/c/to-outside") == 0)
        #expect(symlink(root + "/outside/keep.txt", root + "/site/file-link") == 0)
        try fs.remove(root + "/site")
        #expect(!FileManager.default.fileExists(atPath: root + "/site"))
        #expect(try fs.read(root + "/outside/keep.txt") == Data("giữ".utf8))
        // Nothing there: nothing to do. A file: removed.
        try fs.remove(root + "/site")
        try fs.remove(root + "/outside/keep.txt")
        #expect(!fs.isFile(root + "/outside/keep.txt") && fs.isFolder(root + "/outside"))
    }

    /// A replaced site is removed soon: its path is free when `removeSoon`
    /// returns, and a detached `rm` deletes what was set aside; what such a
    /// deletion leaves (here: a set-aside folder made by hand, as a stopped
    /// `rm` leaves it) `removeLeftovers` removes, and nothing else.
    @Test func aReplacedSiteIsRemovedSoonAndItsLeftoversLater() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("thidua-soon-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let fs = DiskFileSystem()
        for i in 0..<20 { try fs.write(Data("\(i)".utf8), to: root + "/.out.thidua-previous/xa-\(i)/index.html") }
        try fs.write(Data("giữ".utf8), to: root + "/out/index.html")
        fs.removeSoon(root + "/.out.thidua-previous")
        #expect(!fs.isFolder(root + "/.out.thidua-previous"))
        try Self.waitForRemovals(in: root)
        #expect(try fs.list(root).map(\.name) == ["out"])

        try fs.write(Data("1".utf8), to: root + "/.out.thidua-previous.removing-4242/xa/index.html")
        try fs.write(Data("2".utf8), to: root + "/.out.thidua-previous.removing-me/index.html")
        try fs.removeLeftovers(of: root + "/.out.thidua-previous")
        #expect(try fs.list(root).map(\.name) == [".out.thidua-previous.removing-me", "out"])
        #expect(try fs.read(root + "/out/index.html") == Data("giữ".utf8))
        // Nothing there to remove soon: nothing happens.
        fs.removeSoon(root + "/missing")
        #expect(try fs.list(root).map(\.name) == [".out.thidua-previous.removing-me", "out"])
    }

    /// Names that are not UTF-8 (a Windows archive unpacked here: "Báo cáo"
    /// in Latin-1) are removed as the folder lists them; a path to a link
    /// written with a trailing slash removes the link, not what it points to.
    @Test func namesThatAreNotUTF8AndLinksWithASlash() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("thidua-remove-bytes-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let fs = DiskFileSystem()
        try fs.write(Data("a".utf8), to: root + "/site/c/index.html")
        let folder = root + "/site/c"
        #expect(makeEntry(in: folder, Latin1.baoCao + Array(".pdf".utf8)))
        #expect(makeEntry(in: folder, Latin1.baoCao, isFolder: true))
        #expect(makeEntry(in: folder, Latin1.baoCao, Latin1.baoCao + Array(".xls".utf8)))
        try fs.write(Data("giữ".utf8), to: root + "/kept/x.txt")
        #expect(symlink(root + "/kept", root + "/site/c/link") == 0)
        try fs.remove(root + "/site/c/link/")
        #expect(try fs.read(root + "/kept/x.txt") == Data("giữ".utf8))
        try fs.remove(root + "/site")
        #expect(!FileManager.default.fileExists(atPath: root + "/site"))
    }

    @Test func aLinkOnTheSameFileSystemSharesTheFile() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("thidua-link-fs-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let fs = DiskFileSystem()
        try fs.write(Data("x".utf8), to: root + "/cache/card.png")
        try fs.link(root + "/cache/card.png", to: root + "/site/nested/card.png")
        var linked = stat()
        #expect(stat(root + "/site/nested/card.png", &linked) == 0 && linked.st_nlink == 2)
    }

    /// A named pipe, a socket or a device is named as such instead of being
    /// opened (a pipe would block the build forever).
    @Test func specialFilesAreNamed() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("thidua-fifo-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        #expect(mkfifo(root + "/2024-12-26.csv", 0o644) == 0)
        let fs = DiskFileSystem()
        #expect(throws: FileSystemError(path: root + "/2024-12-26.csv",
            message: Message(.notOrdinaryFile, ["kind": MessageKey.kindFifo]))) {
            try fs.read(root + "/2024-12-26.csv")
        }
        #expect(throws: FileSystemError(path: "/dev/null",
            message: Message(.notOrdinaryFile, ["kind": MessageKey.kindCharacterDevice]))) {
            try fs.read("/dev/null")
        }
    }
}
