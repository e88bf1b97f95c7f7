/// What a chart's downloaded file says above the chart: a PNG pasted into
/// a letter or a chat, or an SVG opened alone, has no page around it to
/// tell which figure it shows, of which campaign and as of which date, nor
/// what its colours mean.
public struct ChartFileHeading: Sendable, Equatable {
    /// A colour of the chart and what it stands for.
    public struct Key: Sendable, Equatable {
        public var met: Bool
        public var text: String

        public init(met: Bool, text: String) {
            self.met = met
            self.text = text
        }
    }

    /// In bold: the figure and whose it is ("Xã An — Tỷ lệ hồ sơ trực tuyến").
    public var title: String
    /// Under it: the campaign, the data's date; each wrapped to the width.
    public var lines: [String]
    /// The status colours the chart uses, when it colours by target.
    public var key: [Key]

    public init(title: String, lines: [String], key: [Key] = []) {
        self.title = title
        self.lines = lines
        self.key = key
    }

    static let margin = 16.0
    static let titleSize = 18.0, titleLine = 24.0
    static let size = 13.0, line = 18.0
    static let keySpacing = 20.0

    /// `chart`, an SVG document of `width`×`height` px (`ChartWidth.file`),
    /// under the heading, with a white margin around both. The chart keeps
    /// its own `<title>` and `<desc>`.
    public func document(around chart: String, width chartWidth: Double, height chartHeight: Double) -> String {
        let width = chartWidth + 2 * Self.margin
        let text = chartWidth
        var heading = SVGWriter(fragmentCapacity: 1024)
        var y = Self.margin
        for line in TextFit.wrap(title, maxWidth: text, size: Self.titleSize, bold: true) {
            y += Self.titleLine
            heading.text(line, x: Self.margin, y: y - 6, size: Self.titleSize, bold: true, fill: ChartPalette.ink)
        }
        for line in lines.flatMap({ TextFit.wrap($0, maxWidth: text, size: Self.size) }) {
            y += Self.line
            heading.text(line, x: Self.margin, y: y - 4, size: Self.size, fill: ChartPalette.muted)
        }
        if !key.isEmpty {
            y += Self.line + 4
            var x = Self.margin
            for entry in key {
                heading.rect(x: x, y: y - 14, width: 12, height: 12, rx: 6, fill: ChartPalette.status(entry.met))
                heading.text(entry.text, x: x + 18, y: y - 4, size: Self.size, fill: ChartPalette.ink)
                x += 18 + TextFit.width(entry.text, size: Self.size) + Self.keySpacing
            }
        }
        y += Self.margin / 2
        let height = y + chartHeight + Self.margin
        var out = SVGWriter(document: width, height: height, font: ChartPalette.font, title: title,
                            capacity: chart.utf8.count + 2048)
        out.rect(width: width, height: height, fill: "#ffffff")
        out.append(heading)
        // The chart's own document, placed under the heading.
        out.raw("<svg x=\"")
        out.coordinate(Self.margin)
        out.raw("\" y=\"")
        out.coordinate(y)
        out.raw("\"")
        out.markup(String(chart.drop { $0 != " " }))
        return out.closed()
    }
}
