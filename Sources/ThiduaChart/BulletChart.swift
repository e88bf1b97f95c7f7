/// One indicator of one unit against its target: a bar for the value on a
/// track for the scale, a tick for the target and, where a bare bar would say
/// little (counts, amounts, no target), ticks for the group's median and best
/// unit. Used on unit pages, where the value is written out in words right
/// below the chart.
public struct BulletChart: Sendable {
    /// A value to compare the unit's with, drawn as a tick and labelled.
    public struct Reference: Sendable, Equatable {
        public enum Kind: Sendable, Equatable { case median, best }
        public var kind: Kind
        public var value: Double
        /// "Trung vị khối: 1.234".
        public var text: String
    }

    public var id: String
    public var title: String
    public var description: String
    public var value: Double?
    public var valueText: String
    public var target: Double?
    public var targetText: String?
    public var met: Bool?
    /// Scale maximum shared by the units of the campaign (consistent scales).
    public var scaleMax: Double
    public var scaleMin: Double
    /// The group's median and best unit, when shown (`ChartBuilder.bullet`).
    public var references: [Reference] = []

    /// Track and bar, in px from the top; labels go on lines below.
    static let trackHeight = 18.0, tickBottom = 26.0, firstLine = 46.0, lineHeight = 18.0, fontSize = 14.0

    public func svg(width: ChartWidth = .fluid) -> String {
        // The scale's bounds, met in the order `min()` and `max()` would meet them.
        var low = scaleMin, high = scaleMin
        for bound in [scaleMax, value, target] + references.map(\.value) {
            guard let bound else { continue }
            if bound < low { low = bound }
            if high < bound { high = bound }
        }
        let scale = LinearScale(low: low, high: high, start: 0, end: 1)
        // Ticks, and their labels stacked on as many lines as keep them apart.
        var ticks: [(x: Double, text: String, look: ChartLook)] = []
        if let target, let targetText {
            ticks.append((scale(target), targetText, .targetTick))
        }
        for reference in references {
            switch reference.kind {
            case .median: ticks.append((scale(reference.value), reference.text, .median))
            case .best: ticks.append((scale(reference.value), reference.text, .best))
            }
        }
        let labels = ticks.map { FluidLabel($0.text, size: Self.fontSize, at: $0.x) }
        let lines = FluidLabel.stack(labels)
        let height = lines.max().map { Self.firstLine + Self.lineHeight * Double($0) + 10 } ?? Self.tickBottom + 4

        var svg = SVGWriter(width: width, height: height, title: title, description: description,
                            capacity: 500 + 300 * ticks.count)
        svg.openRect(y: 4, width: .share(1), height: 18)
        svg.look(.track)
        svg.end()
        if let value {
            let x0 = scale(min(0, value)), x1 = scale(max(0, value))
            // A value at the scale's start still shows as a sliver.
            svg.openRect(x: x0 == 0 ? nil : .share(x0), y: 7, width: .share(max(0.005, x1 - x0)), height: 12)
            svg.look(.status(met))
            svg.end()
        }
        for tick in ticks {
            svg.openLine(x: .share(tick.x), from: 0, to: Self.tickBottom)
            svg.look(tick.look)
            svg.end()
        }
        for (i, tick) in ticks.enumerated() {
            svg.openText(x: .share(tick.x), y: Self.firstLine + Self.lineHeight * Double(lines[i]))
            svg.textAnchor(labels[i].anchor.rawValue)
            svg.look(.tickLabel)
            svg.endText(tick.text)
        }
        return svg.closed()
    }
}
