import Foundation

/// Where `thidua publish` sends the site: an SSH host and the folder on it
/// that holds `releases/` and the `current` link. The key is never part of
/// it: ssh takes it from the user's own configuration (~/.ssh/config, agent).
public struct PublishTarget: Equatable, Sendable {
    /// The login name; nil lets ssh choose (its configuration, else the local user).
    public var user: String?
    public var host: String
    /// The remote root folder, absolute or relative to the login's home folder.
    public var path: String
    public var port: Int?
    /// How many releases stay on the server, the live one included.
    public var keep: Int

    public static let defaultKeep = 5
    public static let keepRange = 1...100

    public init(user: String? = nil, host: String, path: String, port: Int? = nil, keep: Int = defaultKeep) {
        self.user = user
        self.host = host
        self.path = path
        self.port = port
        self.keep = keep
    }

    /// `user@host` or `host`, as ssh and rsync take it (IPv6 literals in brackets for rsync).
    public var login: String { (user.map { $0 + "@" } ?? "") + host }

    /// `login` as rsync takes it before `:path`: an IPv6 address in brackets.
    public var rsyncLogin: String { (user.map { $0 + "@" } ?? "") + (host.contains(":") ? "[" + host + "]" : host) }

    /// For messages: `user@host:/path` (never a key or an option).
    public var display: String { rsyncLogin + ":" + path }

    /// Parses `[user@]host:path` (`--to`); nil when it is not of that form.
    /// A leading `~/` is dropped: remote paths are relative to the home folder.
    public static func parse(_ text: String) -> PublishTarget? {
        var rest = Substring(text.trimmingCharacters(in: .whitespaces))
        var user: String?
        if let at = rest.firstIndex(of: "@"), !rest[..<at].contains(":") {
            user = String(rest[..<at])
            rest = rest[rest.index(after: at)...]
        }
        let host: String
        if rest.hasPrefix("[") {
            guard let close = rest.firstIndex(of: "]") else { return nil }
            host = String(rest[rest.index(after: rest.startIndex)..<close])
            rest = rest[rest.index(after: close)...]
        } else {
            guard let colon = rest.firstIndex(of: ":") else { return nil }
            host = String(rest[..<colon])
            rest = rest[colon...]
        }
        guard rest.hasPrefix(":") else { return nil }
        let path = normalizePath(String(rest.dropFirst()))
        guard let path, isValidHost(host), user.map(isValidUser) ?? true else { return nil }
        return PublishTarget(user: user, host: host, path: path)
    }

    /// Host names, IPv4 and IPv6 addresses: letters, digits, `.-_:`; never an
    /// option (a leading `-` would be read by ssh as one).
    static func isValidHost(_ host: String) -> Bool {
        !host.isEmpty && !host.hasPrefix("-")
            && host.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || ".-_:%".unicodeScalars.contains($0)) }
    }

    static func isValidUser(_ user: String) -> Bool {
        !user.isEmpty && !user.hasPrefix("-")
            && user.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || ".-_$".unicodeScalars.contains($0)) }
    }

    /// The path without a trailing `/` and with `~/` dropped; nil when empty,
    /// the filesystem root, or holding a line break.
    static func normalizePath(_ text: String) -> String? {
        var path = text.trimmingCharacters(in: .whitespaces)
        if path == "~" { return nil }
        if path.hasPrefix("~/") { path.removeFirst(2) }
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        guard !path.isEmpty, path != "/", path != ".", !path.hasPrefix("-"),
              !path.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\0" }) else { return nil }
        return path
    }
}

/// Reads the `publish:` mapping of site.yml:
///
///     publish:
///       host: portal.example.gov.vn
///       user: thidua
///       path: /srv/thidua
///       port: 22
///       keep: 5
public enum PublishSettingsReader {
    static let keys = ["host", "user", "path", "port", "keep"]

    /// The target, or nil when `publish` is absent or wrong (wrong: logged with its position).
    static func read(_ node: YAMLNode?, log: inout DiagnosticLog) -> PublishTarget? {
        guard let node, !node.isNull else { return nil }
        guard node.pairs != nil else {
            log.error(node.location, .publishNotMap)
            return nil
        }
        node.warnUnknownKeys(keys, context: Message(.ctxNamed, ["name": "publish"]), log: &log)
        let errorsBefore = log.errorCount
        let host = node.string("host", required: true, log: &log)
        if let host, !PublishTarget.isValidHost(host), let where_ = node["host"]?.location {
            log.error(where_, .publishHostInvalid)
        }
        let user = node.string("user", log: &log)
        if let user, !PublishTarget.isValidUser(user), let where_ = node["user"]?.location {
            log.error(where_, .publishUserInvalid)
        }
        var path: String?
        if let text = node.string("path", required: true, log: &log) {
            path = PublishTarget.normalizePath(text)
            if path == nil, let where_ = node["path"]?.location {
                log.error(where_, .publishPathInvalid)
            }
        }
        let port = integer(node, "port", range: 1...65535, log: &log)
        let keep = integer(node, "keep", range: PublishTarget.keepRange, log: &log)
        guard log.errorCount == errorsBefore, let host, let path else { return nil }
        return PublishTarget(user: user, host: host, path: path, port: port, keep: keep ?? PublishTarget.defaultKeep)
    }

    private static func integer(_ node: YAMLNode, _ key: String, range: ClosedRange<Int>, log: inout DiagnosticLog) -> Int? {
        guard let field = node[key], !field.isNull else { return nil }
        guard let text = field.scalar, let value = Int(text.trimmingCharacters(in: .whitespaces)), range.contains(value) else {
            // Ports are written without a thousands separator (65535).
            log.error(field.location, .publishWholeNumber, ["key": key, "low": String(range.lowerBound), "high": String(range.upperBound)])
            return nil
        }
        return value
    }

    /// The `publish` settings of the site.yml at `path`, for the publish
    /// command (which needs neither the campaigns nor the theme); its
    /// `language` is checked as a build checks it (the command line reads
    /// it earlier, `CommandLineText.language`). A missing file gives no target.
    public static func readSiteFile(_ path: String, fileSystem fs: FileSystem) throws -> PublishTarget? {
        guard fs.isFile(path) else { return nil }
        let text = String(decoding: try fs.read(path), as: UTF8.self)
        var log = DiagnosticLog()
        let root: YAMLNode
        do {
            root = try YAMLNode.parse(text, path: path)
        } catch let diagnostic as Diagnostic {
            throw BuildFailure([diagnostic])
        }
        _ = RulesReader.enumField(root, "language", default: Language.vi, log: &log)
        let target = read(root["publish"], log: &log)
        try log.throwIfErrors()
        return target
    }
}
