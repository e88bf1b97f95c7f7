import Foundation

/// The stages of a build, in the order the pipeline declares them. Cards
/// (share images rasterised from their SVGs) and reports (PDFs) are made
/// after the pages are rendered and before the site is swapped in; the
/// cards on another thread, meanwhile.
public enum Stage: String, CaseIterable, Sendable {
    case load, model, rank, chart, render, cards, reports, write
}

/// Times each stage a build runs, and tells the progress bar as each starts.
struct Stopwatch {
    private(set) var laps: [(stage: String, seconds: Double)] = []
    let clock = ContinuousClock()
    var progress: BuildProgress?

    init(progress: BuildProgress? = nil) { self.progress = progress }

    mutating func time<T>(_ stage: Stage, _ body: () throws -> T) rethrows -> T {
        progress?.start(stage.rawValue)
        let start = clock.now
        defer {
            let elapsed = clock.now - start
            record(stage, seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        return try body()
    }

    /// A stage timed elsewhere (the cards, on their own thread), put in its
    /// place among the laps by the stages' declared order.
    mutating func record(_ stage: Stage, seconds: Double) {
        let order = Stage.allCases.firstIndex(of: stage)!
        let at = laps.firstIndex { lap in
            Stage(rawValue: lap.stage).flatMap { Stage.allCases.firstIndex(of: $0) }.map { $0 > order } ?? false
        } ?? laps.count
        laps.insert((stage.rawValue, seconds), at: at)
    }
}
