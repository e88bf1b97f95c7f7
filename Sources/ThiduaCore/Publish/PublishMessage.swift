/// Every line `thidua publish` prints. Each says what happened and, for a
/// failure, what to do. None names a key file, an ssh option or an
/// environment variable. The texts are the theme's message catalogues'
/// (`publish…` keys); `message` says which, with what values.
public enum PublishMessage: Equatable, Sendable {
    // Failures before anything is sent.
    case noTarget(siteFile: String)
    case invalidTo(String)
    case invalidOption(String, String, String)
    case siteMissing(folder: String)
    case toolMissing(String)
    case gzipFailed(String)
    // Failures of the connection or the server.
    case unreachable(host: String, reason: Unreachable)
    case hostKeyUnknown(login: String)
    case hostKeyChanged(host: String)
    case permissionDenied(login: String)
    case notWritable(path: String)
    case diskFull(path: String)
    case remoteRsyncMissing(host: String)
    case currentNotLink(path: String)
    case busy(host: String)
    case interrupted
    case timedOut
    case uploadFailed(code: Int32, detail: String)
    case verifyFailed(differences: Int)
    case sshFailed(code: Int32, detail: String)
    case noRelease
    case noPrevious(current: String)
    // Progress and results.
    case waitingForBuild(folder: String)
    case waitingForOther(host: String, seconds: Int)
    case compressed(written: Int, reused: Int)
    case removedPartial(count: Int)
    case unchanged(release: String)
    case sending(target: String, release: String, basedOn: String?)
    case uploading(percent: Int, bytesPerSecond: Int, remaining: String)
    case sent(files: Int, bytes: Int, linked: Int)
    case live(path: String, release: String, previous: String?)
    case pruned(count: Int, keep: Int)
    case rolledBack(path: String, from: String, to: String)

    /// Why a server could not be reached, as ssh says it.
    public enum Unreachable: Equatable, Sendable {
        case unknownHost, refused, timedOut, noRoute, closed

        var key: MessageKey {
            switch self {
            case .unknownHost: return .publishUnknownHost
            case .refused: return .publishRefused
            case .timedOut: return .publishConnectTimedOut
            case .noRoute: return .publishNoRoute
            case .closed: return .publishClosed
            }
        }
    }

    /// A release folder's time: Vietnam time `05/12/2026 20:05:01` in
    /// Vietnamese, UTC `2026-12-05 13:05:01 UTC` in English (the catalogue picks).
    static func release(_ name: String) -> Message {
        Message(.publishReleaseTime, ["vietnam": Releases.describe(name, .vi), "utc": Releases.describe(name, .en)])
    }

    /// `: detail` after an exit code, or nothing.
    static func detail(_ detail: String) -> MessageValue {
        detail.isEmpty ? .text("") : Message(.publishDetail, ["detail": detail]).messageValue
    }

    /// Sizes and speeds in decimal units, as rsync's.
    static func size(_ bytes: Int) -> Message {
        if bytes < 1000 { return Message(.publishBytes, ["value": bytes]) }
        if bytes < 1_000_000 { return Message(.publishKilobytes, ["value": bytes / 1000]) }
        return Message(.publishMegabytes, ["value": MessageValue.number(oneDecimal(Double(bytes) / 1e6))])
    }

    static func speed(_ bytesPerSecond: Int) -> Message {
        bytesPerSecond < 1_000_000
            ? Message(.publishKilobytesPerSecond, ["value": bytesPerSecond / 1000])
            : Message(.publishMegabytesPerSecond, ["value": MessageValue.number(oneDecimal(Double(bytesPerSecond) / 1e6))])
    }

    private static func oneDecimal(_ value: Double) -> Double { (value * 10).rounded() / 10 }

    /// The catalogue key and values of this line.
    public var message: Message {
        let release = Self.release
        switch self {
        case .noTarget(let siteFile): return Message(.publishNoTarget, ["siteFile": siteFile])
        case .invalidTo(let text): return Message(.publishInvalidTo, ["text": text])
        case .invalidOption(let option, let low, let high):
            return Message(.publishInvalidOption, ["option": option, "low": low, "high": high])
        case .siteMissing(let folder): return Message(.publishSiteMissing, ["folder": folder])
        case .toolMissing(let tool): return Message(.publishToolMissing, ["tool": tool])
        case .gzipFailed(let detail): return Message(.publishGzipFailed, ["detail": detail])
        case .unreachable(let host, let reason): return Message(.publishUnreachable, ["host": host, "reason": reason.key])
        case .hostKeyUnknown(let login): return Message(.publishHostKeyUnknown, ["login": login])
        case .hostKeyChanged(let host): return Message(.publishHostKeyChanged, ["host": host])
        case .permissionDenied(let login): return Message(.publishPermissionDenied, ["login": login])
        case .notWritable(let path): return Message(.publishNotWritable, ["path": path])
        case .diskFull(let path): return Message(.publishDiskFull, ["path": path])
        case .remoteRsyncMissing(let host): return Message(.publishRemoteRsyncMissing, ["host": host])
        case .currentNotLink(let path): return Message(.publishCurrentNotLink, ["path": path])
        case .busy(let host): return Message(.publishBusy, ["host": host])
        case .interrupted: return Message(.publishInterrupted)
        case .timedOut: return Message(.publishTimedOut)
        case .uploadFailed(let code, let detail):
            return Message(.publishUploadFailed, ["code": "\(code)", "detail": Self.detail(detail)])
        case .verifyFailed(let differences): return Message(.publishVerifyFailed, ["count": differences])
        case .sshFailed(let code, let detail):
            return Message(.publishSSHFailed, ["code": "\(code)", "detail": Self.detail(detail)])
        case .noRelease: return Message(.publishNoRelease)
        case .noPrevious(let current): return Message(.publishNoPrevious, ["current": release(current)])
        case .waitingForBuild(let folder): return Message(.publishWaitingForBuild, ["folder": folder])
        case .waitingForOther(let host, let seconds): return Message(.publishWaitingForOther, ["host": host, "seconds": seconds])
        case .compressed(let written, let reused): return Message(.publishCompressed, ["written": written, "reused": reused])
        case .removedPartial(let count): return Message(.publishRemovedPartial, ["count": count])
        case .unchanged(let name): return Message(.publishUnchanged, ["release": release(name)])
        case .sending(let target, let name, let basedOn):
            let base = basedOn.map { Message(.publishSendingChanges, ["release": release($0)]) } ?? Message(.publishSendingAll)
            return Message(.publishSending, ["target": target, "release": release(name), "base": base])
        case .uploading(let percent, let rate, let remaining):
            let left = remaining == "0:00:00" ? MessageValue.text("") : Message(.publishTimeLeft, ["time": remaining]).messageValue
            return Message(.publishUploading, ["percent": "\(percent)", "speed": Self.speed(rate), "left": left])
        case .sent(let files, let bytes, let linked):
            return Message(.publishSent, ["files": files, "size": Self.size(bytes), "linked": linked])
        case .live(let path, let name, let previous):
            let kept = previous.map { Message(.publishPreviousKept, ["release": release($0)]).messageValue } ?? .text("")
            return Message(.publishLive, ["path": path, "release": release(name), "previous": kept])
        case .pruned(let count, let keep): return Message(.publishPruned, ["count": count, "keep": keep])
        case .rolledBack(let path, let from, let to):
            return Message(.publishRolledBack, ["path": path, "from": release(from), "to": release(to)])
        }
    }
}
