import FlyingSocks

/// Reads one request after another from a client, within `ServeLimits`; a
/// request the preview cannot or will not take throws `RejectedRequest`.
struct RequestReader: Sendable {
    private var scanner = HeadScanner()

    /// The next request's head, its body (if any) read and dropped; nil when
    /// the client closed the connection between two requests.
    mutating func next(from socket: AsyncSocket, limits: ServeLimits) async throws -> RequestHead? {
        var head = try scanner.nextHead(limits: limits)
        while head == nil {
            let chunk: [UInt8]
            do {
                chunk = try await socket.read(atMost: 4096)
            } catch SocketError.disconnected where scanner.bytes.isEmpty {
                return nil
            }
            scanner.append(chunk)
            head = try scanner.nextHead(limits: limits)
        }
        try await dropBody(of: head!, from: socket, limits: limits)
        return head
    }

    private mutating func dropBody(of head: RequestHead, from socket: AsyncSocket, limits: ServeLimits) async throws {
        guard head.method == "GET" || head.method == "HEAD" else { throw RejectedRequest(status: 405) }
        guard head.fields["transfer-encoding"] == nil else { throw RejectedRequest(status: 411) }
        guard let field = head.fields["content-length"] else { return }
        guard !field.isEmpty, field.count <= 18, field.allSatisfy({ $0.isASCII && $0.isNumber }), let length = Int(field) else {
            throw RejectedRequest(status: 400)
        }
        guard length <= limits.body else { throw RejectedRequest(status: 413) }
        var remaining = length - scanner.take(length).count
        while remaining > 0 {
            remaining -= try await socket.read(atMost: remaining).count
        }
    }
}
