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

/// The parts of `thidua publish` that need no server: the destination, the
/// release names and choices, the .gz copies, the reading of rsync and ssh.
/// scripts/publish/check_publish.py runs the whole against a real sshd.
struct PublishTargetTests {
    @Test func parsesUserHostPath() {
        #expect(PublishTarget.parse("thidua@portal.example.gov.vn:/srv/thidua/")
            == PublishTarget(user: "thidua", host: "portal.example.gov.vn", path: "/srv/thidua"))
        #expect(PublishTarget.parse("portal:/srv/thidua") == PublishTarget(host: "portal", path: "/srv/thidua"))
        #expect(PublishTarget.parse("web@portal:~/www/thidua") == PublishTarget(user: "web", host: "portal", path: "www/thidua"))
        let v6 = PublishTarget.parse("root@[::1]:/srv/a b")
        #expect(v6 == PublishTarget(user: "root", host: "::1", path: "/srv/a b"))
        #expect(v6?.login == "root@::1")
        #expect(v6?.rsyncLogin == "root@[::1]")
    }

    @Test(arguments: ["portal.example.gov.vn", "portal:", "portal:/", "portal:~", "-oProxyCommand=x:/srv",
                      "@portal:/srv", "-l@portal:/srv", "por tal:/srv", "portal:/srv\nrm", "[::1/srv"])
    func rejects(_ text: String) {
        #expect(PublishTarget.parse(text) == nil)
    }

    @Test func readsSiteYml() throws {
        let fs = MemoryFileSystem(files: ["content/site.yml": """
            title: "T"
            language: en
            publish:
              host: portal.example.gov.vn
              user: thidua
              path: /srv/thidua/
              port: 2222
              keep: 3
            """])
        let target = try PublishSettingsReader.readSiteFile("content/site.yml", fileSystem: fs)
        #expect(target == PublishTarget(user: "thidua", host: "portal.example.gov.vn", path: "/srv/thidua", port: 2222, keep: 3))
    }

    @Test func aWrongLanguageStopsPublishingAsItStopsABuild() {
        let fs = MemoryFileSystem(files: ["site.yml": "title: T\nlanguage: fr\npublish:\n  host: portal\n  path: /srv\n"])
        do {
            _ = try PublishSettingsReader.readSiteFile("site.yml", fileSystem: fs)
            Issue.record("no error")
        } catch let failure as BuildFailure {
            #expect(failure.diagnostics.map(\.english) == ["site.yml:2:11: `language` is \"fr\"; expected one of: vi, en"])
        } catch {
            Issue.record("\(error)")
        }
    }

    @Test func flagsOverrideSiteYml() throws {
        let fs = MemoryFileSystem(files: ["c/site.yml": "title: T\npublish:\n  host: a\n  path: /srv/a\n  port: 2222\n  keep: 3\n"])
        let fromSite = try PublishSettingsReader.resolve(contentPath: "c", to: nil, port: nil, keep: 7, fileSystem: fs)
        #expect(fromSite == PublishTarget(host: "a", path: "/srv/a", port: 2222, keep: 7))
        let fromFlag = try PublishSettingsReader.resolve(contentPath: "c", to: "u@b:/srv/b", port: 22, keep: nil, fileSystem: fs)
        #expect(fromFlag == PublishTarget(user: "u", host: "b", path: "/srv/b", port: 22, keep: 3))
        #expect(throws: PublishError(.noTarget(siteFile: "none/site.yml"))) {
            try PublishSettingsReader.resolve(contentPath: "none", to: nil, port: nil, keep: nil, fileSystem: fs)
        }
        #expect(throws: PublishError(.invalidOption("--keep", "1", "100"))) {
            try PublishSettingsReader.resolve(contentPath: "c", to: nil, port: nil, keep: 0, fileSystem: fs)
        }
    }

    @Test func wrongPublishBlockIsReportedWithItsPosition() {
        let fs = MemoryFileSystem(files: ["site.yml": "title: T\npublish:\n  host: portal\n  port: abc\n  keep: 0\n  paht: /srv\n"])
        do {
            _ = try PublishSettingsReader.readSiteFile("site.yml", fileSystem: fs)
            Issue.record("no error")
        } catch let failure as BuildFailure {
            #expect(failure.diagnostics.map(\.english) == [
                "site.yml:6:3: warning: unknown key `paht` in publish is ignored; known keys: host, user, path, port, keep; did you mean `path`?",
                "site.yml:3:3: `path` is required",
                "site.yml:4:9: `port` must be a whole number from 1 to 65535",
                "site.yml:5:9: `keep` must be a whole number from 1 to 100",
            ])
        } catch {
            Issue.record("\(error)")
        }
    }
}

struct ReleasesTests {
    @Test func namesByUTCTime() {
        let date = Date(timeIntervalSince1970: 1_796_475_901)  // 2026-12-05 13:05:01 UTC
        #expect(Releases.newName(at: date, existing: []) == "20261205T130501Z")
        #expect(Releases.newName(at: date, existing: ["20261205T130501Z"]) == "20261205T130501Z-2")
        #expect(Releases.newName(at: date, existing: ["20261205T130501Z", "20261205T130501Z-2.partial"]) == "20261205T130501Z-3")
    }

    @Test func recognisesOnlyItsOwnNames() {
        for name in ["20261205T130501Z", "20261205T130501Z-2", "20261205T130501Z-10"] { #expect(Releases.isReleaseName(name)) }
        for name in ["20261205T130501Z.partial", "20261205T130501", "2026120xT130501Z", "20261205T130501Z-", "20261205T130501Z-01",
                     "old-site", "20261205T130501Z-2a"] {
            #expect(!Releases.isReleaseName(name))
        }
    }

    @Test func ordersBySuffixNumber() {
        let releases = Releases(names: ["20261205T130501Z-10", "x", "20261205T130501Z-2", "20261204T000000Z", "20261205T130501Z"],
                                current: "20261205T130501Z-2")
        #expect(releases.names == ["20261204T000000Z", "20261205T130501Z", "20261205T130501Z-2", "20261205T130501Z-10"])
        #expect(releases.previous() == "20261205T130501Z")
    }

    @Test func prunesAllButTheNewestAndTheLiveOne() {
        let names = (1...6).map { "2026120\($0)T000000Z" }
        #expect(Releases(names: names, current: names[5]).toPrune(keep: 3) == Array(names[0..<3]))
        // After a rollback to the second: it stays although older than the three newest.
        #expect(Releases(names: names, current: names[1]).toPrune(keep: 3) == [names[0], names[2]])
        #expect(Releases(names: names, current: names[5]).toPrune(keep: 10) == [])
        #expect(Releases(names: names, current: names[5]).toPrune(keep: 1) == Array(names[0..<5]))
    }

    @Test func rollbackTarget() {
        let names = ["20261201T000000Z", "20261202T000000Z", "20261203T000000Z"]
        #expect(Releases(names: names, current: names[2]).previous() == names[1])
        #expect(Releases(names: names, current: names[0]).previous() == nil)
        #expect(Releases(names: names, current: nil).previous() == nil)
    }

    @Test func showsVietnamTime() {
        #expect(Releases.describe("20261205T200501Z", .vi) == "06/12/2026 03:05:01")
        #expect(Releases.describe("20261205T200501Z-2", .en) == "2026-12-05 20:05:01 UTC")
    }
}

struct GzipCopiesTests {
    @Test func choosesTextFiles() {
        for path in ["index.html", "a/b/style.css", "x.JS", "c.svg", "leaderboard.json", "leaderboard.csv", "feed.xml", "robots.txt"] {
            #expect(GzipCopies.isCompressible(path))
        }
        for path in ["card.png", "data.zip", "index.html.gz", ".thidua-output", "a/.hidden.html", "README", "x.htm"] {
            #expect(!GzipCopies.isCompressible(path))
        }
    }

    @Test func gzipIsDeterministicAndStandard() throws {
        let text = Data(String(repeating: "Bảng xếp hạng thi đua 37.051 hồ sơ. ", count: 200).utf8)
        let packed = try GzipCopies.gzip(text)
        #expect(packed == (try GzipCopies.gzip(text)))
        // Header: gzip magic, deflate, no flags, time 0, maximum compression.
        #expect(Array(packed.prefix(9)) == [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 2])
        #expect(try gunzip(packed) == text)
    }

    @Test func writesCopiesWithTheOriginalsTimes() throws {
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("thidua-gzip-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: site) }
        let page = Data(String(repeating: "<p>Hạng 1: Sở Nội vụ</p>\n", count: 100).utf8)
        let files = ["index.html": page, "a/style.css": page, "tiny.txt": Data("a".utf8), "card.png": page]
        for (path, data) in files {
            let url = URL(fileURLWithPath: joinPath(site, path))
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: URL(fileURLWithPath: joinPath(site, path)))
        }
        #expect(try GzipCopies.write(in: site) == GzipCopies.Report(written: 2, reused: 0, skipped: 1))
        #expect(FileManager.default.fileExists(atPath: joinPath(site, "index.html.gz")))
        #expect(!FileManager.default.fileExists(atPath: joinPath(site, "tiny.txt.gz")))
        #expect(!FileManager.default.fileExists(atPath: joinPath(site, "card.png.gz")))
        #expect(try gunzip(Data(contentsOf: URL(fileURLWithPath: joinPath(site, "a/style.css.gz")))) == page)
        #expect(try GzipCopies.modificationTime(joinPath(site, "index.html.gz")) == GzipCopies.modificationTime(joinPath(site, "index.html")))
        // Nothing changed: nothing rewritten. A changed page: its copy rewritten.
        #expect(try GzipCopies.write(in: site) == GzipCopies.Report(written: 0, reused: 2, skipped: 1))
        Thread.sleep(forTimeInterval: 0.01)
        try Data(page + Data("<p>Mới</p>".utf8)).write(to: URL(fileURLWithPath: joinPath(site, "index.html")))
        #expect(try GzipCopies.write(in: site) == GzipCopies.Report(written: 1, reused: 1, skipped: 1))
        #expect(try gunzip(Data(contentsOf: URL(fileURLWithPath: joinPath(site, "index.html.gz")))) == page + Data("<p>Mới</p>".utf8))
    }

    /// The system's gzip, so that the copies are checked by another decoder.
    private func gunzip(_ data: Data) throws -> Data {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("thidua-\(UUID().uuidString).gz")
        try data.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-dc", file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let out = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return out
    }
}

struct RemoteOutputTests {
    @Test func quotesForSh() {
        #expect(RemoteScripts.quote("/srv/it's here") == #"'/srv/it'\''s here'"#)
        #expect(RemoteScripts.command("echo 'a'") == #"/bin/sh -c 'echo '\''a'\'''"#)
    }

    @Test func readsTheListing() {
        let listing = RemoteScripts.parseListing("""
            removed 20261205T130501Z.partial
            current releases/20261204T100000Z
            release 20261203T100000Z
            release 20261204T100000Z
            release old-site
            """)
        #expect(listing.removedPartials == ["20261205T130501Z.partial"])
        #expect(listing.releases == Releases(names: ["20261203T100000Z", "20261204T100000Z"], current: "20261204T100000Z"))
        // No link, or a link to something else: no live release.
        #expect(RemoteScripts.parseListing("current \nrelease 20261203T100000Z\n").releases.current == nil)
        #expect(RemoteScripts.parseListing("current releases/20261209T100000Z\n").releases.current == nil)
    }

    @Test func readsRsyncStats() {
        let stats = RsyncStats.parse("""
            Number of files: 3,479 (reg: 3,478, dir: 1)
            Number of created files: 12
            Number of regular files transferred: 1,234
            Total file size: 33,456,789 bytes
            Total transferred file size: 40,123 bytes
            """)
        #expect(stats == RsyncStats(filesTransferred: 1234, bytesTransferred: 40123))
    }

    @Test func readsRsyncProgress() {
        let message = RsyncStats.progress("      5,275,648  26%    4.89MB/s    0:00:02 (xfr#1, to-chk=0/2)")
        #expect(message == .uploading(percent: 26, bytesPerSecond: 4_890_000, remaining: "0:00:02"))
        #expect(message?.message.vietnamese == "Đang gửi: 26% · 4,9 MB/s · còn khoảng 0:00:02")
        let start = RsyncStats.progress("         32,768   0%    0.00kB/s    0:00:00")
        #expect(start == .uploading(percent: 0, bytesPerSecond: 0, remaining: "0:00:00"))
        #expect(start?.message.english == "Sending: 0% · 0 KB/s")
        #expect(RsyncStats.progress("Number of files: 3,479 (reg: 3,478, dir: 1)") == nil)
        #expect(RsyncStats.progress("") == nil)
    }

    private let commands = SSHCommands(target: PublishTarget(user: "thidua", host: "portal", path: "/srv/thidua", port: 2222),
                                       ssh: "/usr/bin/ssh", rsync: "/usr/bin/rsync", sshConfig: "/home/a b/.ssh/config")

    @Test func namesConnectionFailures() {
        func message(_ status: Int32, _ errors: String, ssh: Bool = true) -> PublishMessage {
            commands.message(for: .init(status: status, output: "", errors: errors), fromSSH: ssh)
        }
        #expect(message(255, "ssh: connect to host portal port 2222: Connection refused\r\n") == .unreachable(host: "portal:2222", reason: .refused))
        #expect(message(255, "ssh: Could not resolve hostname portal: Name or service not known") == .unreachable(host: "portal:2222", reason: .unknownHost))
        #expect(message(255, "thidua@portal: Permission denied (publickey).") == .permissionDenied(login: "thidua@portal"))
        #expect(message(255, "No ED25519 host key is known for [portal]:2222 and you have requested strict checking.\r\nHost key verification failed.")
            == .hostKeyUnknown(login: "thidua@portal"))
        #expect(message(255, "@@@ WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED! @@@") == .hostKeyChanged(host: "portal"))
        #expect(message(72, "") == .remoteRsyncMissing(host: "portal"))
        #expect(message(71, "") == .notWritable(path: "/srv/thidua"))
        #expect(message(73, "") == .currentNotLink(path: "/srv/thidua"))
        #expect(message(76, "") == .busy(host: "portal"))
        #expect(message(12, "rsync: connection unexpectedly closed (1234 bytes received so far) [sender]", ssh: false) == .interrupted)
        #expect(message(10, "client_loop: send disconnect: Broken pipe\nrsync error: error in socket IO (code 10)", ssh: false) == .interrupted)
        #expect(message(11, "rsync: [receiver] write failed on \"/srv/thidua/x\": No space left on device (28)", ssh: false) == .diskFull(path: "/srv/thidua"))
        #expect(message(30, "rsync error: timeout in data send/receive (code 30)", ssh: false) == .timedOut)
        #expect(message(23, "rsync: [receiver] mkstemp \"/srv/thidua/x\" failed: Permission denied (13)", ssh: false) == .notWritable(path: "/srv/thidua"))
    }

    @Test func neverRepeatsAPathOrAnOption() {
        #expect(SSHCommands.redacted("Load key \"/root/.ssh/id_ed25519\": bad permissions\nsomething -i ~/k odd\n")
            == "Load key … bad permissions / something … … odd")
    }

    @Test func passesTheSSHOptionsAsArguments() {
        #expect(commands.sshOptions == ["-o", "BatchMode=yes", "-o", "ConnectTimeout=20", "-o", "ServerAliveInterval=15",
                                        "-o", "ServerAliveCountMax=4", "-p", "2222", "-F", "/home/a b/.ssh/config"])
        #expect(commands.rsyncShell == "/usr/bin/ssh -o BatchMode=yes -o ConnectTimeout=20 -o ServerAliveInterval=15 "
            + "-o ServerAliveCountMax=4 -p 2222 -F '/home/a b/.ssh/config'")
    }

    @Test func everyMessageHasBothLanguages() {
        let all: [PublishMessage] = [
            .noTarget(siteFile: "s"), .invalidTo("x"), .invalidOption("--keep", "1", "100"), .siteMissing(folder: "p"),
            .toolMissing("rsync"), .gzipFailed("d"), .unreachable(host: "h", reason: .refused), .hostKeyUnknown(login: "l"),
            .hostKeyChanged(host: "h"), .permissionDenied(login: "l"), .notWritable(path: "p"), .diskFull(path: "p"), .remoteRsyncMissing(host: "h"),
            .currentNotLink(path: "p"), .busy(host: "h"), .interrupted, .timedOut, .uploadFailed(code: 1, detail: ""), .verifyFailed(differences: 2),
            .sshFailed(code: 1, detail: ""), .noRelease, .noPrevious(current: "20261205T130501Z"), .waitingForBuild(folder: "public"), .waitingForOther(host: "h", seconds: 50), .compressed(written: 1, reused: 2),
            .removedPartial(count: 1), .unchanged(release: "20261205T130501Z"),
            .sending(target: "t", release: "20261205T130501Z", basedOn: nil), .uploading(percent: 5, bytesPerSecond: 1000, remaining: "0:01:00"), .sent(files: 1, bytes: 3_300_000, linked: 1_480),
            .live(path: "p", release: "20261205T130501Z", previous: "20261204T130501Z"), .pruned(count: 1, keep: 5),
            .rolledBack(path: "p", from: "20261205T130501Z", to: "20261204T130501Z"),
        ]
        for message in all {
            let vi = message.message.vietnamese, en = message.message.english
            // A key missing from a catalogue shows as the key itself.
            #expect(!vi.hasPrefix("publish") && !en.hasPrefix("publish") && vi != en, "\(message)")
        }
        #expect(PublishMessage.sent(files: 1_234, bytes: 3_300_000, linked: 1_480).message.vietnamese
            == "Đã gửi 1.234 tệp (3,3 MB); 1.480 tệp không đổi, dùng lại từ bản trước.")
        #expect(PublishMessage.sent(files: 1, bytes: 900, linked: 0).message.english
            == "Sent 1 files (900 bytes); 0 unchanged files reused from the previous release.")
        #expect(PublishMessage.sent(files: 2, bytes: 45_600, linked: 1).message.english
            == "Sent 2 files (45 KB); 1 unchanged files reused from the previous release.")
        #expect(PublishMessage.live(path: "/srv/thidua", release: "20261205T130501Z", previous: "20261204T130501Z").message.vietnamese
            == "Trang mới đã được đưa lên: /srv/thidua/current → bản 05/12/2026 20:05:01. "
            + "Bản trước (04/12/2026 20:05:01) vẫn được giữ: `thidua publish --rollback` để quay lại.")
        #expect(PublishMessage.live(path: "/srv/thidua", release: "20261205T130501Z", previous: nil).message.english
            == "The new site is live: /srv/thidua/current → release 2026-12-05 13:05:01 UTC.")
        #expect(PublishMessage.unreachable(host: "portal:2222", reason: .refused).message.english
            == "cannot reach the server portal:2222 (the server refused the connection on this port); "
            + "check the host name, port and network, then run again. The live site is unchanged")
        #expect(PublishMessage.uploadFailed(code: 23, detail: "").message.vietnamese
            == "rsync không gửi được trang (mã 23). Trang đang chạy không thay đổi")
        #expect(PublishMessage.sshFailed(code: 255, detail: "x").message.english == "the command on the server failed (ssh code 255: x)")
    }
}
