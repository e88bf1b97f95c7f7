import FlyingFox
import Foundation
import ThiduaCore

/// Serves a `PreviewSite` over HTTP on the loopback interface and rebuilds
/// it whenever its inputs change.
public enum PreviewServer {
    /// Runs until the process is stopped. `log` receives one line per rebuild
    /// and every diagnostic.
    public static func run(site: PreviewSite, host: String, port: UInt16, log: @escaping @Sendable (String) -> Void) async throws {
        let server = HTTPServer(address: try .inet(ip4: host, port: port), timeout: 30)
        await server.appendRoute("GET *") { request in
            let answer = site.response(for: request.path)
            var headers: HTTPHeaders = [:]
            headers[.contentType] = answer.contentType
            headers[.cacheControl] = "no-store"
            return HTTPResponse(statusCode: HTTPStatusCode(answer.status, phrase: answer.status == 200 ? "OK" : "Not Found"),
                                headers: headers, body: answer.body)
        }
        let watcher = Task {
            while !Task.isCancelled {
                if let diagnostics = site.refresh() {
                    for diagnostic in diagnostics { log(diagnostic.description) }
                    let failed = diagnostics.contains { $0.severity == .error }
                    log(failed ? "Build failed; still serving the previous site." : "Rebuilt (version \(site.generation)).")
                }
                try? await Task.sleep(nanoseconds: 500_000_000)
            }
        }
        defer { watcher.cancel() }
        log("Serving on http://\(host):\(port)/ — edit content/ or themes/ and the open page reloads. Ctrl-C to stop.")
        try await server.run()
    }
}
