/// Thrown by `withDeadline` when the time is up.
struct DeadlineExceeded: Error {}

/// Runs `body` and cancels it once `seconds` have passed. Socket reads and
/// writes waiting for the client end at the cancellation, so a client that
/// sends or reads slowly cannot hold a connection for longer than that.
func withDeadline<T: Sendable>(seconds: Double, _ body: @escaping @Sendable () async throws -> T) async throws -> T {
    try await withThrowingTaskGroup(of: T?.self) { group in
        group.addTask { try await body() }
        group.addTask {
            try await Task.sleep(nanoseconds: UInt64(seconds * 1_000_000_000))
            return nil
        }
        defer { group.cancelAll() }
        guard let first = try await group.next(), let value = first else { throw DeadlineExceeded() }
        return value
    }
}
