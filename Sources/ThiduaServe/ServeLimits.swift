/// The bounds `thidua serve` puts on every client, so that one hostile or
/// slow client cannot stall the preview for the others. The README's `serve`
/// section quotes these values.
struct ServeLimits: Sendable {
    /// Bytes of the request line (method, target, version); a longer one is answered 414.
    var requestLine = 8 * 1024
    /// Bytes of the header fields after the request line; more is answered 431.
    var headerFields = 32 * 1024
    /// Bytes of a request body, which is read and ignored; a larger one is answered 413.
    var body = 8 * 1024
    /// Seconds for a whole request (head and body) to arrive, counted from the
    /// moment the server waits for it; an idle keep-alive connection is closed
    /// after as long.
    var requestTimeout = 10.0
    /// Seconds for a client to take a whole response.
    var responseTimeout = 30.0
    /// Seconds the server keeps reading (and dropping) what a client still
    /// sends after its last answer, so that the answer is not lost to a reset.
    var lingerTimeout = 2.0
    /// Connections served at once; further ones wait in the listen queue.
    var connections = 512
}
