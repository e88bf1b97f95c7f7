import Foundation

/// Work started on another thread at once, its result waited for later:
/// for a stage that can run beside the ones after it (the share cards
/// beside the reports and the writing of the pages).
package final class Background<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<Value, Error>?

    package init(_ work: @escaping @Sendable () throws -> Value) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            result = Result { try work() }
            done.signal()
        }
    }

    /// The work's value (or error), waiting for it when it is not done yet.
    package func value() throws -> Value {
        wait()
        return try result!.get()
    }

    /// Waits until the work is done (at once if it already is).
    package func wait() {
        done.wait()
        done.signal()   // for the next caller
    }
}
