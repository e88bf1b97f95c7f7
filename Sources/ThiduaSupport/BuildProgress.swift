import Foundation

/// Where a running build reports how far it is: each stage as it starts,
/// and the items done in the stages that count them (pages, files). The
/// command line draws a bar from it on a terminal.
public final class BuildProgress: @unchecked Sendable {
    private let lock = NSLock()
    private var stage = ""
    private var done = 0
    private var total = 0
    private let report: (_ stage: String, _ done: Int, _ total: Int) -> Void

    /// `report` is called at the start of each stage and as items are done
    /// (from any thread, one call at a time).
    public init(report: @escaping (_ stage: String, _ done: Int, _ total: Int) -> Void) {
        self.report = report
    }

    package func start(_ stage: String, total: Int = 0) {
        lock.lock(); defer { lock.unlock() }
        self.stage = stage
        done = 0
        self.total = total
        report(stage, 0, total)
    }

    package func setTotal(_ total: Int) {
        lock.lock(); defer { lock.unlock() }
        self.total = total
    }

    package func advance() {
        lock.lock(); defer { lock.unlock() }
        done += 1
        report(stage, done, total)
    }
}
