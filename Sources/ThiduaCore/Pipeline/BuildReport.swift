import Foundation

/// What a build did.
public struct BuildReport: Sendable {
    public var warnings: [Diagnostic]
    public var campaigns: Int
    public var units: Int
    /// True when the inputs were those of the site already in the output
    /// folder, so nothing was rendered or written.
    public var unchanged: Bool
    public var filesWritten: Int
    /// Files kept as the live site has them (linked, not written): pages
    /// whose key was unchanged, and files whose bytes were.
    public var filesKept: Int
    public var filesRemoved: Int
    public var bytesWritten: Int
    /// Seconds spent in each stage that ran, in pipeline order.
    public var stageSeconds: [(stage: String, seconds: Double)]
    /// The pages this build rendered (site paths, in path order), and how
    /// many it kept without rendering them, their key unchanged.
    public var pagesRendered: [String] = []
    public var pagesKept: Int = 0
    /// Share images rendered by this build (site paths) and reused from the cache.
    public var cardsRendered: [String] = []
    public var cardsReused: Int = 0
    /// Official reports (PDF) rendered by this build (site paths) and reused from the cache.
    public var reportsRendered: [String] = []
    public var reportsReused: Int = 0
}
