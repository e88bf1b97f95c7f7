/// Which `Host` a request may name. A preview listening on the loopback
/// interface answers only requests addressed to this computer: a web page
/// elsewhere could otherwise point its own domain name at 127.0.0.1 (DNS
/// rebinding) and read the preview through the visitor's browser. A
/// preview opened to the network (`--host 0.0.0.0`) takes any name.
struct HostCheck: Sendable {
    private let allowed: Set<String>?

    init(listeningOn host: String) {
        let loopback: Set<String> = ["localhost", "127.0.0.1", "[::1]"]
        if host == "0.0.0.0" || host == "::" {
            allowed = nil
        } else {
            allowed = loopback.union([host.lowercased()])
        }
    }

    /// Whether a request with this `Host` field (nil when it has none, as
    /// in HTTP/1.0) is answered.
    func admits(_ field: String?) -> Bool {
        guard let allowed, let field else { return true }
        var name = field.lowercased()
        // Drop the port: after the bracket of an IPv6 address, or after the only colon.
        if name.hasPrefix("["), let close = name.firstIndex(of: "]") {
            name = String(name[...close])
        } else if let colon = name.lastIndex(of: ":") {
            name = String(name[..<colon])
        }
        return allowed.contains(name)
    }
}
