import FlyingSocks
import Foundation
import ThiduaCore

/// One client of the preview: its requests are answered one after another
/// until it closes the connection, asks to close it, sends a request the
/// preview refuses, or runs out of time (`ServeLimits`).
struct PreviewConnection: Sendable {
    let socket: AsyncSocket
    let site: PreviewSite
    let limits: ServeLimits
    let hosts: HostCheck

    /// Serves the client, then closes the connection.
    func serve() async {
        defer { try? socket.close() }
        var reader = RequestReader()
        while true {
            let head: RequestHead?
            do {
                (head, reader) = try await withDeadline(seconds: limits.requestTimeout) { [reader, socket, limits] in
                    var reader = reader
                    let head = try await reader.next(from: socket, limits: limits)
                    return (head, reader)
                }
            } catch let refusal as RejectedRequest {
                if await send(HTTPAnswer(refusing: refusal.status), keepAlive: false, withBody: true) { await linger() }
                return
            } catch {
                // Out of time, or the client is gone: nothing is worth sending.
                return
            }
            guard let head else { return }
            guard hosts.admits(head.fields["host"]) else {
                if await send(HTTPAnswer(refusing: 421), keepAlive: false, withBody: true) { await linger() }
                return
            }
            guard await send(answer(head), keepAlive: head.keepsAlive, withBody: head.method != "HEAD") else { return }
            if !head.keepsAlive {
                await linger()
                return
            }
        }
    }

    private func answer(_ head: RequestHead) -> HTTPAnswer {
        guard let path = head.path else { return HTTPAnswer(refusing: 400) }
        let response = site.response(for: path)
        return HTTPAnswer(status: response.status, contentType: response.contentType, body: response.body)
    }

    /// Sends the answer within the response timeout; false if it could not.
    private func send(_ answer: HTTPAnswer, keepAlive: Bool, withBody: Bool) async -> Bool {
        let data = answer.encoded(keepAlive: keepAlive, withBody: withBody)
        do {
            try await withDeadline(seconds: limits.responseTimeout) { [socket] in try await socket.write(data) }
            return true
        } catch {
            return false
        }
    }

    /// Closing a socket that still has unread bytes resets the connection,
    /// and the client may then lose the answer it has not read yet (a 414
    /// sent while it is still sending its 20 MB request line): so say that
    /// nothing more comes and drop what the client still sends, for a while.
    private func linger() async {
        _ = shutdown(socket.socket.file.rawValue, Int32(SHUT_WR))
        _ = try? await withDeadline(seconds: limits.lingerTimeout) { [socket] in
            repeat {
                _ = try await socket.read(atMost: 65536)
                // A client sending as fast as it can must not keep this thread from the others.
                await Task.yield()
            } while true
        }
    }
}
