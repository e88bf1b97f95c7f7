/// Collects the bytes a client sends until they hold a whole request head,
/// and refuses a head beyond `ServeLimits`: a request line longer than
/// `requestLine` (414) or header fields longer than `headerFields` (431). It
/// looks at each byte once, so a client that sends its head a byte at a time
/// costs no more than one that sends it at once.
struct HeadScanner: Sendable {
    /// Received bytes not yet taken as a request.
    private(set) var bytes: [UInt8] = []
    private var lineStart = 0           // where the line being scanned starts
    private var scanned = 0             // bytes already looked at
    private var requestLine: Range<Int>?
    private var fieldLines: [Range<Int>] = []

    mutating func append(_ chunk: [UInt8]) {
        bytes.append(contentsOf: chunk)
    }

    /// Removes and returns the first `count` received bytes that follow the
    /// last head (a body).
    mutating func take(_ count: Int) -> [UInt8] {
        let taken = Array(bytes.prefix(count))
        bytes.removeFirst(taken.count)
        return taken
    }

    /// The next complete head (removed from the received bytes), nil while
    /// it is incomplete; throws `RejectedRequest` when it cannot be one.
    mutating func nextHead(limits: ServeLimits) throws(RejectedRequest) -> RequestHead? {
        while scanned < bytes.count {
            let index = scanned
            scanned += 1
            guard bytes[index] == UInt8(ascii: "\n") else { continue }
            let end = index > lineStart && bytes[index - 1] == UInt8(ascii: "\r") ? index - 1 : index
            let line = lineStart..<end
            lineStart = index + 1
            if let requestLine {
                if index - requestLine.upperBound > limits.headerFields { throw RejectedRequest(status: 431) }
            } else {
                if index >= limits.requestLine { throw RejectedRequest(status: 414) }
                // Empty lines before a request line are allowed (RFC 9112 §2.2).
                if !line.isEmpty { requestLine = line }
                continue
            }
            if line.isEmpty {
                return try takeHead()
            } else {
                fieldLines.append(line)
            }
        }
        if let requestLine {
            if bytes.count - requestLine.upperBound > limits.headerFields { throw RejectedRequest(status: 431) }
        } else if bytes.count > limits.requestLine {
            throw RejectedRequest(status: 414)
        }
        return nil
    }

    private mutating func takeHead() throws(RejectedRequest) -> RequestHead {
        let head = RequestHead.parse(requestLine: bytes[requestLine!], fieldLines: fieldLines.map { bytes[$0] })
        bytes.removeFirst(lineStart)
        lineStart = 0
        scanned = 0
        requestLine = nil
        fieldLines = []
        return try head.get()
    }
}
