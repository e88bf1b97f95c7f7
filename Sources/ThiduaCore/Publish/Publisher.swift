import Foundation

/// `thidua publish`: sends a built site to a server over SSH with rsync,
/// into a new release folder that becomes live through an atomic swap of
/// the `current` link, and steps back with `rollback`.
///
/// The live site only changes after rsync succeeded and a second rsync
/// pass (a dry run) found the upload identical to the local site: a failed
/// or cut-off upload leaves a `.partial` folder that the next run removes.
public struct Publisher {
    public struct Options: Sendable {
        /// The built site (the output folder of `thidua build`).
        public var site: String
        public var target: PublishTarget
        /// An ssh configuration file used instead of ~/.ssh/config.
        public var sshConfig: String?
        public var now: Date = Date()
        /// Told how the upload goes (`.uploading`), then nil when it ended;
        /// for a terminal (the lines are meant to overwrite each other).
        public var progress: (@Sendable (PublishMessage?) -> Void)?

        public init(site: String, target: PublishTarget, sshConfig: String? = nil) {
            self.site = site
            self.target = target
            self.sshConfig = sshConfig
        }
    }

    /// What a publish did, for tests and the summary.
    public struct Report: Sendable {
        public var release: String
        public var previous: String?
        public var filesSent: Int
        public var filesLinked: Int
        public var pruned: [String]
        /// Nothing differed from the live release: no release was made.
        public var unchanged: Bool
    }

    let options: Options
    let say: @Sendable (PublishMessage) -> Void

    public init(_ options: Options, say: @escaping @Sendable (PublishMessage) -> Void) {
        self.options = options
        self.say = say
    }

    private func tools() throws -> SSHCommands {
        guard let ssh = SSHCommands.find("ssh") else { throw PublishError(.toolMissing("ssh")) }
        guard let rsync = SSHCommands.find("rsync") else { throw PublishError(.toolMissing("rsync")) }
        return SSHCommands(target: options.target, ssh: ssh, rsync: rsync, sshConfig: options.sshConfig)
    }

    public func publish() throws -> Report {
        let site = WriteStage.trim(options.site)
        guard FileManager.default.fileExists(atPath: joinPath(site, WriteStage.marker)) else {
            throw PublishError(.siteMissing(folder: site))
        }
        let commands = try tools()
        // No build may swap the folder while it is read.
        let say = self.say
        let lock = try OutputLock.take(guarding: site, wait: true, fileSystem: DiskFileSystem(),
                                       onWait: { _ in say(.waitingForBuild(folder: site)) })
        defer { lock.release() }

        let gzip: GzipCopies.Report
        do {
            gzip = try GzipCopies.write(in: site)
        } catch {
            throw PublishError(.gzipFailed("\(error)"))
        }
        say(.compressed(written: gzip.written, reused: gzip.reused))

        let root = options.target.path
        // One publish at a time per server: the next one would take this one's upload for a leftover.
        let remoteLock = try commands.lock { say(.waitingForOther(host: options.target.host, seconds: RemoteScripts.lockWait)) }
        defer { remoteLock.release() }
        let listing = RemoteScripts.parseListing(try commands.remote(RemoteScripts.prepare(root: root)))
        if !listing.removedPartials.isEmpty { say(.removedPartial(count: listing.removedPartials.count)) }
        let previous = listing.releases.current
        // A site identical to the live release (names, contents, times) makes no new
        // release: a timer may run publish often without pushing out the old ones.
        if let previous {
            let same = try commands.rsync(site, to: "releases/" + previous, extra: ["--dry-run", "--itemize-changes"])
            if same.status == 0 && Self.changes(same.output) == 0 {
                say(.unchanged(release: previous))
                return Report(release: previous, previous: previous, filesSent: 0, filesLinked: 0, pruned: [], unchanged: true)
            }
        }
        let release = Releases.newName(at: options.now, existing: listing.releases.names)
        say(.sending(target: options.target.display, release: release, basedOn: previous))

        // --link-dest is relative to the destination folder: a sibling release.
        let partial = "releases/" + release + Releases.partialSuffix
        let progress = options.progress
        // The whole file list first (no incremental recursion), so that the
        // percentage only grows; redrawn at most four times a second.
        var lastDrawn = Date.distantPast
        let upload = try commands.rsync(site, to: partial,
                                        extra: ["--stats"] + (progress == nil ? [] : ["--info=progress2", "--no-inc-recursive"])
                                            + (previous.map { ["--link-dest=../" + $0] } ?? []),
                                        onOutput: progress.map { progress in { text in
                                            guard Date().timeIntervalSince(lastDrawn) >= 0.25 else { return }
                                            let lines = text.split(whereSeparator: { $0 == "\r" || $0 == "\n" })
                                            if let state = lines.reversed().lazy.compactMap({ RsyncStats.progress(String($0)) }).first {
                                                progress(state)
                                                lastDrawn = Date()
                                            }
                                        } })
        progress?(nil)
        guard upload.status == 0 else { throw PublishError(commands.message(for: upload, fromSSH: false)) }
        let stats = RsyncStats.parse(upload.output)
        let total = try GzipCopies.regularFiles(in: site).filter { $0 != WriteStage.marker }.count
        say(.sent(files: stats.filesTransferred, bytes: stats.bytesTransferred,
                  linked: max(0, total - stats.filesTransferred)))

        let check = try commands.rsync(site, to: partial, extra: ["--dry-run", "--itemize-changes"])
        guard check.status == 0 else { throw PublishError(commands.message(for: check, fromSSH: false)) }
        let differences = Self.changes(check.output)
        guard differences == 0 else { throw PublishError(.verifyFailed(differences: differences)) }

        _ = try commands.remote(RemoteScripts.activate(root: root, release: release, fromPartial: true))
        say(.live(path: root, release: release, previous: previous))

        let after = Releases(names: listing.releases.names + [release], current: release)
        let old = after.toPrune(keep: options.target.keep)
        if !old.isEmpty {
            _ = try commands.remote(RemoteScripts.prune(root: root, releases: old))
            say(.pruned(count: old.count, keep: options.target.keep))
        }
        return Report(release: release, previous: previous, filesSent: stats.filesTransferred,
                      filesLinked: max(0, total - stats.filesTransferred), pruned: old, unchanged: false)
    }

    /// The number of lines of `rsync --itemize-changes` output: one per difference.
    static func changes(_ output: String) -> Int {
        output.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.count
    }

    /// Points `current` back to the release before the live one.
    public func rollback() throws -> (from: String, to: String) {
        let commands = try tools()
        let root = options.target.path
        let remoteLock = try commands.lock { say(.waitingForOther(host: options.target.host, seconds: RemoteScripts.lockWait)) }
        defer { remoteLock.release() }
        let releases = RemoteScripts.parseListing(try commands.remote(RemoteScripts.status(root: root))).releases
        guard let current = releases.current else { throw PublishError(.noRelease) }
        guard let previous = releases.previous() else { throw PublishError(.noPrevious(current: current)) }
        _ = try commands.remote(RemoteScripts.activate(root: root, release: previous, fromPartial: false))
        say(.rolledBack(path: root, from: current, to: previous))
        return (current, previous)
    }
}

/// The figures of rsync's `--stats`.
public struct RsyncStats: Equatable, Sendable {
    public var filesTransferred = 0
    public var bytesTransferred = 0

    /// A line of `--info=progress2`, "  5,275,648  26%    4.89MB/s    0:00:02 (xfr#1, to-chk=0/2)",
    /// as the message shown while uploading; nil for other lines.
    public static func progress(_ line: String) -> PublishMessage? {
        let fields = line.split(separator: " ")
        guard fields.count >= 4, fields[1].hasSuffix("%"), let percent = Int(fields[1].dropLast()),
              fields[0].allSatisfy({ $0.isNumber || $0 == "," }), fields[2].hasSuffix("/s"),
              fields[3].split(separator: ":").count == 3 else { return nil }
        let rate = fields[2].dropLast(2)
        let number = rate.prefix { $0.isNumber || $0 == "." }
        guard let value = Double(number) else { return nil }
        let unit = String(rate.dropFirst(number.count))
        let perSecond = value * (["kB": 1e3, "MB": 1e6, "GB": 1e9][unit] ?? 1)
        return .uploading(percent: min(100, percent), bytesPerSecond: Int(perSecond), remaining: String(fields[3]))
    }

    /// Reads "Number of regular files transferred: 1,234" and "Total
    /// transferred file size: 5,678 bytes" (thousands separated by commas
    /// or not, depending on the rsync version).
    public static func parse(_ output: String) -> RsyncStats {
        var stats = RsyncStats()
        for line in output.split(separator: "\n") {
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2 else { continue }
            let digits = Int(parts[1].split(separator: " ").first.map { $0.filter(\.isNumber) } ?? "") ?? 0
            switch parts[0].trimmingCharacters(in: .whitespaces) {
            case "Number of regular files transferred", "Number of files transferred": stats.filesTransferred = digits
            case "Total transferred file size": stats.bytesTransferred = digits
            default: break
            }
        }
        return stats
    }
}
