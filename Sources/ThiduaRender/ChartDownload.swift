/// A chart written as a standalone file: its `.svg`, and a `.png` beside it
/// that the Write stage rasterises (and caches) with the share cards, at
/// `scale` times the SVG's own size so that its text is crisp.
enum ChartDownload {
    /// Pixels per SVG px of a chart's PNG: an 800 px wide chart gives a
    /// 1600 px wide image.
    static let scale = 2.0
    /// Very tall charts (a group of hundreds of units) are drawn smaller,
    /// so that an image never takes more memory than this many pixels…
    static let maxPixels = 12_000_000.0
    /// …nor more than cairo's largest side.
    static let maxSide = 32_000.0
    /// A ranked bar chart of more units than this is offered as SVG only.
    /// Drawn sharp (`scale`), its PNG would pass `maxPixels` (a row of the
    /// file is up to about 58 px high), an image many screens tall is of no
    /// use pasted into a chat or a letter, and the 34 charts of a national
    /// campaign's provinces (100 communes each) took longer to rasterise
    /// every week than a thousand share cards. The browser opens and prints
    /// the SVG, and the campaign's PDF report prints the long rankings.
    static let maxRankedRows = 60

    /// Whether a ranked bar chart of `rows` units gets a PNG beside its SVG.
    static func hasPNG(rankedRows rows: Int) -> Bool { rows <= maxRankedRows }

    /// The PNG beside a chart's `.svg` file: the same path ending in `.png`.
    static func pngPath(_ svgPath: String) -> String {
        (svgPath.hasSuffix(".svg") ? String(svgPath.dropLast(4)) : svgPath) + ".png"
    }

    /// The chart's `.svg` file, under `heading` (what it shows, of which
    /// campaign, as of when), and the source of its PNG (nil when the SVG
    /// states no size: `size(of:)`).
    static func files(path: String, svg chart: String, heading: ChartFileHeading?,
                      png: Bool = true) -> (file: OutputFile, png: CardSource?) {
        var svg = chart
        if let heading, let size = size(of: chart) {
            svg = heading.document(around: chart, width: size.width, height: size.height)
        }
        let file = OutputFile(path: path, text: svg)
        guard png, let size = size(of: svg) else { return (file, nil) }
        let fit = min(scale, (maxPixels / (size.width * size.height)).squareRoot(), maxSide / max(size.width, size.height))
        let width = max(1, Int((size.width * fit + 1e-9).rounded(.down))), height = max(1, Int((size.height * fit + 1e-9).rounded(.down)))
        return (file, CardSource(path: pngPath(path), svg: svg, width: width, height: height))
    }

    /// The size in px of an SVG, from its root `<svg>` tag: its `width` and
    /// `height` when both are numbers (or numbers of px), else its
    /// `viewBox`'s; nil when neither states a positive size.
    static func size(of svg: String) -> (width: Double, height: Double)? {
        guard let open = svg.range(of: "<svg"), let close = svg[open.upperBound...].firstIndex(of: ">") else { return nil }
        let tag = svg[open.upperBound..<close]
        func attribute(_ name: String) -> Substring? {
            guard let start = tag.range(of: " " + name + "=\"") ?? tag.range(of: "\n" + name + "=\""),
                  let end = tag[start.upperBound...].firstIndex(of: "\"") else { return nil }
            return tag[start.upperBound..<end]
        }
        func length(_ text: Substring?) -> Double? {
            guard var text else { return nil }
            if text.hasSuffix("px") { text = text.dropLast(2) }
            guard let value = Double(text), value.isFinite, value > 0 else { return nil }
            return value
        }
        if let width = length(attribute("width")), let height = length(attribute("height")) { return (width, height) }
        let box = attribute("viewBox")?.split(whereSeparator: { $0 == " " || $0 == "," }).compactMap { Double($0) } ?? []
        guard box.count == 4, box[2].isFinite, box[3].isFinite, box[2] > 0, box[3] > 0 else { return nil }
        return (box[2], box[3])
    }
}

extension CampaignPages {
    /// The heading of a chart's downloaded file: `title`, the campaign and
    /// the data's date (the campaign is the title of a chart that draws its
    /// own), and a key to the status colours `statuses` has.
    func chartFileHeading(_ title: String?, description: String? = nil, statuses: [Bool?] = []) -> ChartFileHeading {
        ChartFileHeading(
            title: title ?? campaign.title,
            lines: (description.map { [$0] } ?? []) + [title == nil ? asOfText : campaign.title + " · " + asOfText],
            key: [true, false].filter(statuses.contains).map { ChartFileHeading.Key(met: $0, text: context.t($0 ? "met" : "not_met")) })
    }
}
