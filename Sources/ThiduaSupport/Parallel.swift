import Foundation

/// Work spread over every core, for the stages that are pure functions of
/// their input: reading snapshots, ranking, charts, rendering, hashing and
/// writing files.
package enum Parallel {
    /// `transform` applied to every element on all cores; results in input order.
    package static func map<T, R>(_ items: [T], _ transform: (T) -> R) -> [R] {
        var results = [R?](repeating: nil, count: items.count)
        results.withUnsafeMutableBufferPointer { buffer in
            // Each iteration writes only its own slot.
            let slots = buffer
            DispatchQueue.concurrentPerform(iterations: items.count) { i in
                slots[i] = transform(items[i])
            }
        }
        return results.map { $0! }
    }
}
