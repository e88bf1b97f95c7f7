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

/// One build at a time per output folder.
struct OutputLockTests {
    @Test func theLockLivesBesideTheFolder() {
        #expect(OutputLock.path(guarding: "public") == "./.public.thidua-lock")
        #expect(OutputLock.path(guarding: "/srv/www/thidua/") == "/srv/www/.thidua.thidua-lock")
    }

    @Test func noWaitFailsWhileAnotherBuildHoldsTheFolder() throws {
        let site = NothingAcceptedSilentlyTests().site()
        let held = try #require(try site.fs.lock(OutputLock.path(guarding: "public"), wait: false))
        try site.fs.write(Data("4242\n".utf8), to: OutputLock.path(guarding: "public"))
        var options = site.options
        options.waitForOtherBuilds = false
        do {
            _ = try Pipeline.build(options, fileSystem: site.fs)
            Issue.record("the build did not wait for the lock")
        } catch let failure as BuildFailure {
            #expect(failure.diagnostics.map(\.english) == [
                "public: another thidua build (process 4242) is writing this folder; wait for it to finish, or run again without --no-wait to wait for it",
            ])
        }
        #expect(site.fs.text("public/index.html") == nil)
        held.release()
        _ = try Pipeline.build(options, fileSystem: site.fs)
        #expect(site.fs.text("public/index.html") != nil)
    }

    @Test func aSecondBuildWaitsForTheFirst() throws {
        let site = NothingAcceptedSilentlyTests().site()
        let held = try #require(try site.fs.lock(OutputLock.path(guarding: "public"), wait: false))
        let notices = Notices()
        var waiting = site.options
        waiting.onWait = { notices.add($0.english) }
        let options = waiting
        let finished = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            _ = try? Pipeline.build(options, fileSystem: site.fs)
            finished.signal()
        }
        // Under load the build may take a while to reach the lock: wait for
        // its notice (not a fixed time) before letting go.
        let deadline = Date().addingTimeInterval(60)
        while notices.all.isEmpty && Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        #expect(finished.wait(timeout: .now() + 0.1) == .timedOut)
        #expect(site.fs.text("public/index.html") == nil)
        held.release()
        #expect(finished.wait(timeout: .now() + 60) == .success)
        #expect(site.fs.text("public/index.html") != nil)
        #expect(notices.all.count == 1 && notices.all[0].hasPrefix("Waiting: another thidua build"))
    }

    /// flock(2) on disk: a second holder is refused until the first lets go,
    /// and the file says who holds it.
    @Test func diskLocksExcludeEachOther() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("thidua-lock-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let fs = DiskFileSystem()
        let path = root + "/deep/.public.thidua-lock"
        let first = try #require(try fs.lock(path, wait: false))
        #expect(try fs.lock(path, wait: false) == nil)
        #expect(String(decoding: try fs.read(path), as: UTF8.self) == "\(getpid())\n")
        first.release()
        let second = try fs.lock(path, wait: false)
        #expect(second != nil)
    }

    /// The temporary PNG of a card is named for the process, so two builds
    /// sharing the cache never write the same `.part` file.
    @Test func cardTemporaryFilesAreUniquePerProcess() throws {
        let fs = FailingFileSystem(MemoryFileSystem())
        let cache = CardCache(folder: ".thidua-cache/cards", fileSystem: fs, identity: "test",
                              rasterize: { _ in Data("png".utf8) })
        _ = try cache.prepare([CardSource(path: "a/anh-chia-se.png", svg: "<svg/>")])
        let parts = fs.written.filter { $0.hasSuffix(".part") }
        #expect(parts.count == 1)
        #expect(parts.allSatisfy { $0.hasSuffix(".\(ProcessInfo.processInfo.processIdentifier)-0.part") })
    }
}

private final class Notices: @unchecked Sendable {
    private var lines: [String] = []
    private let lock = NSLock()
    func add(_ line: String) { lock.lock(); lines.append(line); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return lines }
}
