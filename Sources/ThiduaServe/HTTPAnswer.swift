import Foundation

/// A response of the preview server, with the few header fields it sends.
struct HTTPAnswer: Sendable {
    var status: Int
    var contentType: String
    var body: Data

    init(status: Int, contentType: String, body: Data) {
        self.status = status
        self.contentType = contentType
        self.body = body
    }

    /// A refusal: the status and its reason as a line of text.
    init(refusing status: Int) {
        self.init(status: status, contentType: "text/plain; charset=utf-8",
                  body: Data("\(status) \(Self.reason(status))\n".utf8))
    }

    /// The bytes to send; `withBody` is false for a HEAD request.
    func encoded(keepAlive: Bool, withBody: Bool) -> Data {
        var head = "HTTP/1.1 \(status) \(Self.reason(status))\r\n"
            + "Content-Type: \(contentType)\r\n"
            + "Content-Length: \(body.count)\r\n"
            + "Cache-Control: no-store\r\n"
            + "Connection: \(keepAlive ? "keep-alive" : "close")\r\n"
        if status == 405 { head += "Allow: GET, HEAD\r\n" }
        var data = Data((head + "\r\n").utf8)
        if withBody { data.append(body) }
        return data
    }

    static func reason(_ status: Int) -> String {
        switch status {
        case 200: return "OK"
        case 400: return "Bad Request"
        case 404: return "Not Found"
        case 405: return "Method Not Allowed"
        case 411: return "Length Required"
        case 413: return "Content Too Large"
        case 414: return "URI Too Long"
        case 421: return "Misdirected Request"
        case 431: return "Request Header Fields Too Large"
        case 505: return "HTTP Version Not Supported"
        default: return "Error"
        }
    }
}
