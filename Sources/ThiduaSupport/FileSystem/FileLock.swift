import Foundation

/// An exclusive lock taken through `FileSystem.lock`, held until `release()`
/// is called or the value goes away (and, on disk, until the process ends,
/// whatever way it ends).
public final class FileLock: @unchecked Sendable {
    private var releaser: (() -> Void)?
    private let mutex = NSLock()

    public init(release: @escaping () -> Void) {
        releaser = release
    }

    public func release() {
        mutex.lock()
        let release = releaser
        releaser = nil
        mutex.unlock()
        release?()
    }

    deinit { release() }
}
