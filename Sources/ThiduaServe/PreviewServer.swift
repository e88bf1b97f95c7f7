import FlyingSocks
import Foundation
import ThiduaCore

/// Serves a `PreviewSite` over HTTP on the loopback interface and rebuilds
/// it whenever its inputs change.
///
/// The HTTP/1.1 server is our own, small one on FlyingSocks' non-blocking
/// sockets: FlyingFox's `HTTPServer` has no bound on the request line or
/// the header fields and no timeout for reading a request (its timeout only
/// covers the handler), so one client sending a 20 MB request line or its
/// head a byte at a time could stall the preview. See `ServeLimits`.
public enum PreviewServer {
    /// Runs until the process is stopped. `log` receives one line per rebuild
    /// and every diagnostic.
    public static func run(site: PreviewSite, host: String, port: UInt16, log: @escaping @Sendable (String) -> Void) async throws {
        let limits = ServeLimits()
        #if canImport(Darwin)
        let pool: some AsyncSocketPool = .kQueue()
        #else
        let pool: some AsyncSocketPool = .ePoll()
        #endif
        try await pool.prepare()
        let address = try sockaddr_in.inet(ip4: host, port: port)
        let socket = try Socket(domain: Int32(type(of: address).family), type: .stream)
        try socket.setValue(true, for: .localAddressReuse)
        try socket.bind(to: address)
        try socket.listen()
        let listener = try AsyncSocket(socket: socket, pool: pool)

        // Its own thread: a rebuild takes seconds and would otherwise hold
        // one of the few threads that answer requests.
        let watcher = Thread {
            while !Thread.current.isCancelled {
                if let diagnostics = site.refresh() {
                    let messages = site.messages
                    for diagnostic in diagnostics { log(messages.line(diagnostic)) }
                    let failed = diagnostics.contains { $0.severity == .error }
                    log(failed ? messages.text(.serveBuildFailed) : messages.text(.serveRebuilt, ["version": site.generation]))
                }
                Thread.sleep(forTimeInterval: 0.5)
            }
        }
        watcher.start()
        defer { watcher.cancel() }
        log(site.messages.text(.serveListening, ["address": "http://\(host):\(port)/"]))
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await pool.run() }
            group.addTask { try await accept(on: listener, site: site, limits: limits, hosts: HostCheck(listeningOn: host)) }
            try await group.next()
            group.cancelAll()
        }
    }

    private static func accept(on listener: AsyncSocket, site: PreviewSite, limits: ServeLimits,
                               hosts: HostCheck) async throws {
        let open = ConnectionCount()
        while true {
            while !open.enter(below: limits.connections) {
                try await Task.sleep(nanoseconds: 20_000_000)
            }
            let client: AsyncSocket
            do {
                client = try await listener.accept()
            } catch is CancellationError {
                throw CancellationError()
            } catch {
                // Out of file descriptors, or a client gone before it was
                // accepted: neither is a reason to stop serving the others.
                open.leave()
                try await Task.sleep(nanoseconds: 100_000_000)
                continue
            }
            #if canImport(Darwin)
            try? client.socket.setValue(true, for: .noSIGPIPE)
            #endif
            Task {
                await PreviewConnection(socket: client, site: site, limits: limits, hosts: hosts).serve()
                open.leave()
            }
        }
    }
}

/// How many connections are being served.
private final class ConnectionCount: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    /// Counts one more connection unless `limit` are open already.
    func enter(below limit: Int) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard count < limit else { return false }
        count += 1
        return true
    }

    func leave() {
        lock.lock()
        count -= 1
        lock.unlock()
    }
}
