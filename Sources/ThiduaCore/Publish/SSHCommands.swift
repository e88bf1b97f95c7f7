import Foundation

/// Runs the system's `ssh` and `rsync` as child processes, with argument
/// arrays (never through a local shell), and turns their failures into
/// `PublishMessage`s. Their output is read, never printed as it is: ssh's
/// messages can name key files.
struct SSHCommands {
    var target: PublishTarget
    var ssh: String
    var rsync: String
    /// An ssh configuration file to use instead of ~/.ssh/config (`-F`).
    var sshConfig: String?

    struct Outcome {
        var status: Int32
        var output: String
        var errors: String
    }

    /// Options for every ssh connection: never ask a question (no terminal
    /// to answer it), give up on a dead connection instead of hanging.
    var sshOptions: [String] {
        var options = ["-o", "BatchMode=yes", "-o", "ConnectTimeout=20",
                       "-o", "ServerAliveInterval=15", "-o", "ServerAliveCountMax=4"]
        if let port = target.port { options += ["-p", String(port)] }
        if let sshConfig { options += ["-F", sshConfig] }
        return options
    }

    /// rsync's `-e` value: one string that rsync splits on spaces and
    /// unquotes itself (single quotes keep a path with spaces whole).
    var rsyncShell: String {
        ([ssh] + sshOptions).map { $0.contains(where: { $0 == " " || $0 == "'" || $0 == "\"" }) ? "'" + $0 + "'" : $0 }
            .joined(separator: " ")
    }

    /// Runs a remote script; throws the message for connection failures and
    /// for the script's own exit codes.
    func remote(_ script: String) throws -> String {
        let outcome = try Self.run(ssh, sshOptions + ["--", target.login, RemoteScripts.command(script)])
        if outcome.status == 0 { return outcome.output }
        throw PublishError(message(for: outcome, fromSSH: true))
    }

    /// Takes the server's publish lock (`RemoteScripts.lock`); it is held
    /// until `release` is called on the result, or this process ends.
    func lock(onWait: () -> Void) throws -> RemoteLock {
        try RemoteLock.take(ssh: ssh, arguments: sshOptions + ["--", target.login,
                                                              RemoteScripts.command(RemoteScripts.lock(root: target.path))],
                            onWait: onWait) {
            PublishError(self.message(for: $0, fromSSH: true))
        }
    }

    /// rsync from the local `folder` into `remoteFolder` under the target root.
    /// Files are compared by content (`--checksum`: a page rewritten with the
    /// same bytes is not sent), folders' times are ignored (each build makes
    /// new folders), and the server's copies are readable by the web server
    /// whatever this computer's umask.
    func rsync(_ folder: String, to remoteFolder: String, extra: [String],
               onOutput: ((String) -> Void)? = nil) throws -> Outcome {
        let source = folder.hasSuffix("/") ? folder : folder + "/"
        let destination = target.rsyncLogin + ":" + joinPath(target.path, remoteFolder) + "/"
        return try Self.run(rsync, ["--archive", "--delete", "--no-owner", "--no-group", "--compress",
                                    "--chmod=Du=rwx,Dgo=rx,Fu=rw,Fgo=r", "--timeout=60", "--checksum", "--omit-dir-times",
                                    "--exclude=/" + WriteStage.marker, "-e", rsyncShell] + extra + [source, destination],
                            onOutput: onOutput)
    }

    /// The message for a failed ssh or rsync run.
    func message(for outcome: Outcome, fromSSH: Bool) -> PublishMessage {
        let errors = outcome.errors
        if fromSSH, let code = RemoteScripts.Code(rawValue: outcome.status) {
            switch code {
            case .notWritable, .releaseMissing: return .notWritable(path: target.path)
            case .rsyncMissing: return .remoteRsyncMissing(host: target.host)
            case .busy: return .busy(host: target.host)
            case .currentNotLink: return .currentNotLink(path: target.path)
            }
        }
        if errors.contains("REMOTE HOST IDENTIFICATION HAS CHANGED") { return .hostKeyChanged(host: target.host) }
        if errors.contains("Host key verification failed") || errors.contains("No ED25519 host key is known")
            || errors.contains("host key is known") {
            return .hostKeyUnknown(login: target.login)
        }
        // ssh's refusal names the methods tried, "(publickey,password)"; a file's names an errno, "(13)".
        if errors.range(of: #"Permission denied \([a-z-]+(,[a-z-]+)*\)"#, options: .regularExpression) != nil
            || errors.contains("Too many authentication failures") {
            return .permissionDenied(login: target.login)
        }
        // A connection that worked and then broke (rsync's own codes for it).
        if !fromSSH, [10, 12, 20, 255].contains(outcome.status),
           !Self.unreachableReasons.contains(where: { errors.contains($0.0) && $0.1 != .closed }) {
            return .interrupted
        }
        for (pattern, reason) in Self.unreachableReasons where errors.contains(pattern) {
            return .unreachable(host: target.host + (target.port.map { ":\($0)" } ?? ""), reason: reason)
        }
        if !fromSSH {
            if errors.contains("rsync: command not found") || errors.contains("rsync: not found") || outcome.status == 127 {
                return .remoteRsyncMissing(host: target.host)
            }
            if errors.contains("No space left") || errors.contains("Disk quota exceeded") {
                return .diskFull(path: target.path)
            }
            if errors.contains("Permission denied") || errors.contains("Read-only file system") {
                return .notWritable(path: target.path)
            }
            switch outcome.status {
            case 129...: return .interrupted  // rsync killed by a signal
            case 30, 35: return .timedOut
            case 10, 12, 20, 255: return .interrupted
            default: return .uploadFailed(code: outcome.status, detail: Self.redacted(errors))
            }
        }
        if outcome.status == 255 && (errors.contains("closed by") || errors.contains("reset by") || errors.contains("Broken pipe")
            || errors.contains("Timeout, server")) {
            return .interrupted
        }
        return .sshFailed(code: outcome.status, detail: Self.redacted(errors))
    }

    static let unreachableReasons: [(String, PublishMessage.Unreachable)] = [
        ("Could not resolve hostname", .unknownHost),
        ("Name or service not known", .unknownHost),
        ("Connection refused", .refused),
        ("Connection timed out", .timedOut),
        ("No route to host", .noRoute),
        ("Network is unreachable", .noRoute),
        ("Connection closed by", .closed),
        ("Connection reset by", .closed),
    ]

    /// The last lines of a tool's messages, without anything that looks like
    /// a path or an option (a key file's name, a home folder).
    static func redacted(_ errors: String) -> String {
        let lines = errors.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return lines.suffix(2).map { line in
            line.split(separator: " ").map { $0.contains("/") || $0.contains("~") || $0.hasPrefix("-") ? "…" : String($0) }
                .joined(separator: " ")
        }.joined(separator: " / ")
    }

    /// Runs `executable` with `arguments`; stdout and stderr go to temporary
    /// files (no pipe to fill up), read back when it ends. C messages, so that
    /// they can be recognised.
    /// With `onOutput`, stdout comes through a pipe instead and each piece
    /// is handed over as it arrives (rsync's progress lines).
    static func run(_ executable: String, _ arguments: [String], onOutput: ((String) -> Void)? = nil) throws -> Outcome {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("thidua-publish-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out"), err = folder.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["LC_ALL"] = "C"
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        let pipe = onOutput.map { _ in Pipe() }
        process.standardOutput = try pipe ?? FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        var streamed = Data()
        if let pipe, let onOutput {
            while true {
                let piece = pipe.fileHandleForReading.availableData
                if piece.isEmpty { break }
                streamed.append(piece)
                onOutput(String(decoding: piece, as: UTF8.self))
            }
        }
        process.waitUntilExit()
        let status = process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
        return Outcome(status: status,
                       output: String(decoding: pipe == nil ? (try? Data(contentsOf: out)) ?? Data() : streamed, as: UTF8.self),
                       errors: String(decoding: (try? Data(contentsOf: err)) ?? Data(), as: UTF8.self))
    }

    /// The full path of `tool` on PATH, or nil.
    static func find(_ tool: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let candidate = joinPath(String(folder), tool)
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}

/// The server's publish lock, held by a running ssh session. Started with
/// posix_spawn rather than Foundation's Process, which on Linux stopped
/// noticing the end of the other children while this one ran; its pipe
/// ends are close-on-exec so that rsync and the other ssh runs do not
/// inherit them.
final class RemoteLock {
    private let pid: pid_t
    private let input: Int32
    private let released = DispatchSemaphore(value: 0)
    private let heartbeat: Thread

    private init(pid: pid_t, input: Int32) {
        self.pid = pid
        self.input = input
        let released = self.released
        // The server drops the lock after `heartbeatTimeout` s without a byte.
        heartbeat = Thread {
            var byte = UInt8(ascii: "x")
            repeat {
                if write(input, &byte, 1) != 1 { return }
            } while released.wait(timeout: .now() + .seconds(RemoteScripts.heartbeatTimeout / 3)) == .timedOut
        }
        heartbeat.start()
    }

    static func take(ssh: String, arguments: [String], onWait: () -> Void,
                     failure: (SSHCommands.Outcome) -> PublishError) throws -> RemoteLock {
        // A write to a server gone away must fail, not kill thidua.
        signal(SIGPIPE, SIG_IGN)
        var stdin: [Int32] = [0, 0], stdout: [Int32] = [0, 0]
        guard pipe(&stdin) == 0, pipe(&stdout) == 0 else { throw PublishError(.sshFailed(code: errno, detail: "pipe")) }
        let errorsPath = FileManager.default.temporaryDirectory.appendingPathComponent("thidua-lock-\(getpid())-\(UUID().uuidString)").path
        let errors = open(errorsPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        defer { unlink(errorsPath) }
        for fd in [stdin[1], stdout[0]] { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdin[0], 0)
        posix_spawn_file_actions_adddup2(&actions, stdout[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errors, 2)
        posix_spawn_file_actions_addclose(&actions, stdin[0])
        posix_spawn_file_actions_addclose(&actions, stdout[1])
        var environment = ProcessInfo.processInfo.environment
        environment["LC_ALL"] = "C"
        let argv = ([ssh] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0.key + "=" + $0.value) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, ssh, &actions, nil, argv, envp)
        close(stdin[0])
        close(stdout[1])
        close(errors)
        guard spawned == 0 else {
            close(stdin[1])
            close(stdout[0])
            throw PublishError(.toolMissing("ssh"))
        }
        var seen = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 256)
        var toldWaiting = false
        while !String(decoding: seen, as: UTF8.self).contains("locked\n") {
            if !toldWaiting && String(decoding: seen, as: UTF8.self).contains("waiting\n") {
                toldWaiting = true
                onWait()
            }
            let count = read(stdout[0], &buffer, buffer.count)
            if count < 0 && errno == EINTR { continue }
            if count <= 0 {
                // It ended without the lock: say why.
                close(stdout[0])
                close(stdin[1])
                var status: Int32 = 0
                while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
                let code = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
                let message = (try? String(contentsOfFile: errorsPath, encoding: .utf8)) ?? ""
                throw failure(SSHCommands.Outcome(status: code, output: "", errors: message))
            }
            seen += buffer[..<count]
        }
        close(stdout[0])
        return RemoteLock(pid: pid, input: stdin[1])
    }

    /// Stops the heartbeat and ends the session, which drops the lock.
    func release() {
        released.signal()
        while !heartbeat.isFinished { usleep(1000) }
        close(input)
        kill(pid, SIGTERM)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    }
}

/// A publish that stopped: the message says why and what to do.
public struct PublishError: Error, Equatable, Sendable {
    public var message: PublishMessage
    public init(_ message: PublishMessage) { self.message = message }
}
