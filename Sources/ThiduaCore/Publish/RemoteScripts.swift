/// The short POSIX sh scripts `thidua publish` runs on the server, and the
/// reading of what they print. Every value put in a script is single-quoted;
/// release names are checked by `Releases.isReleaseName` before use.
///
/// On the server, `<root>/releases/<name>` are the releases, `<root>/current`
/// a relative symbolic link to the live one, and `<name>.partial` a release
/// still being uploaded.
public enum RemoteScripts {
    /// Exit codes the scripts use for the failures they detect.
    public enum Code: Int32 {
        case notWritable = 71
        case rsyncMissing = 72
        case currentNotLink = 73
        case releaseMissing = 74
        case busy = 76
    }

    /// `text` as one sh word.
    public static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
    }

    /// The command line given to ssh: the script run by `/bin/sh` whatever
    /// the login shell is.
    public static func command(_ script: String) -> String {
        "/bin/sh -c " + quote(script)
    }

    private static func enter(_ root: String) -> String {
        """
        cd -- \(quote(root)) 2>/dev/null || exit \(Code.notWritable.rawValue)
        """
    }

    /// Checks the server (rsync installed, root writable), removes partial
    /// uploads of failed runs, and lists the releases:
    /// `removed <name>`, `current <link target>`, `release <name>` lines.
    public static func prepare(root: String) -> String {
        """
        command -v rsync >/dev/null 2>&1 || exit \(Code.rsyncMissing.rawValue)
        mkdir -p -- \(quote(root))/releases 2>/dev/null || exit \(Code.notWritable.rawValue)
        \(enter(root))
        [ -w releases ] && [ -w . ] || exit \(Code.notWritable.rawValue)
        if [ -e current ] && [ ! -L current ]; then exit \(Code.currentNotLink.rawValue); fi
        rm -f .current.thidua-new
        for d in releases/*\(Releases.partialSuffix); do
          if [ -e "$d" ]; then rm -rf -- "$d" || exit \(Code.notWritable.rawValue); echo "removed ${d#releases/}"; fi
        done
        \(listing)
        """
    }

    /// Seconds a publish waits for another one's lock before giving up.
    public static let lockWait = 50
    /// Seconds without a heartbeat from this computer after which the server
    /// drops the lock: a connection cut without a word (no TCP reset) must
    /// not block the next publish for hours. Shorter than `lockWait`, so
    /// that the next publish waits such a lock out.
    public static let heartbeatTimeout = 30

    /// Holds an exclusive lock on `<root>/.thidua-publish.lock` while this
    /// computer keeps sending a byte (`x`) every few seconds: prints
    /// `waiting` when another holds it, `locked` once taken. The lock goes at
    /// the end of input, after `heartbeatTimeout` seconds of silence, or
    /// when the session ends. (Without `flock` on the server, no lock.)
    public static func lock(root: String) -> String {
        """
        mkdir -p -- \(quote(root)) 2>/dev/null || exit \(Code.notWritable.rawValue)
        \(enter(root))
        if command -v flock >/dev/null 2>&1; then
          exec 9>>.thidua-publish.lock || exit \(Code.notWritable.rawValue)
          if ! flock -n 9; then echo waiting; flock -w \(lockWait) 9 || exit \(Code.busy.rawValue); fi
        fi
        echo locked
        while [ "$(timeout \(heartbeatTimeout) head -c 1)" = x ]; do :; done
        """
    }

    /// Lists the releases without changing anything (for a rollback).
    public static func status(root: String) -> String {
        """
        \(enter(root))
        if [ -e current ] && [ ! -L current ]; then exit \(Code.currentNotLink.rawValue); fi
        \(listing)
        """
    }

    private static let listing = """
        echo "current $(readlink current 2>/dev/null)"
        for d in releases/*; do [ -d "$d" ] && [ ! -L "$d" ] && echo "release ${d#releases/}"; done
        exit 0
        """

    /// Makes `release` live: renames its partial folder when `fromPartial`,
    /// then points `current` at it through a new link renamed over the old
    /// one (rename is atomic: `current` is never missing or half-written).
    public static func activate(root: String, release: String, fromPartial: Bool) -> String {
        let target = quote("releases/" + release)
        let rename = fromPartial
            ? "mv -T -- \(quote("releases/" + release + Releases.partialSuffix)) \(target) || exit \(Code.notWritable.rawValue)\n"
            : ""
        return """
        \(enter(root))
        \(rename)[ -d \(target) ] || exit \(Code.releaseMissing.rawValue)
        rm -f .current.thidua-new
        ln -s \(target) .current.thidua-new || exit \(Code.notWritable.rawValue)
        mv -T .current.thidua-new current || exit \(Code.notWritable.rawValue)
        """
    }

    /// Deletes old releases (after the swap succeeded).
    public static func prune(root: String, releases: [String]) -> String {
        """
        \(enter(root))
        rm -rf -- \(releases.map { quote("releases/" + $0) }.joined(separator: " "))
        """
    }

    /// The state printed by `prepare` or `status`.
    public struct Listing: Equatable, Sendable {
        public var releases: Releases
        public var removedPartials: [String]
    }

    public static func parseListing(_ output: String) -> Listing {
        var names: [String] = [], removed: [String] = [], current: String?
        for line in output.split(separator: "\n") {
            if line.hasPrefix("removed ") {
                removed.append(String(line.dropFirst(8)))
            } else if line.hasPrefix("release ") {
                names.append(String(line.dropFirst(8)))
            } else if line.hasPrefix("current ") {
                let target = line.dropFirst(8)
                // A link made by thidua: `releases/<name>` (an absolute one is read by its last part).
                let name = target.split(separator: "/").last.map(String.init) ?? ""
                if Releases.isReleaseName(name) { current = name }
            }
        }
        let releases = Releases(names: names, current: current)
        return Listing(releases: Releases(names: releases.names, current: current.flatMap { releases.names.contains($0) ? $0 : nil }),
                       removedPartials: removed)
    }
}
