/// A group's ranked bars on a page (`RankedBarChart`) as HTML: a list of
/// rows, one per unit in group order, whose rank, full name (a link) and
/// value are text and whose bar is a small picture in its own column.
struct RankedBarList {
    /// Unique on the page: the ids of the title and description.
    var id: String
    /// The figure's accessible name and description (the chart's).
    var title: String
    var description: String
    /// The key: the colours' words (when a target applies) and the target.
    var metKey: String?
    var missedKey: String?
    var targetText: String?
    var metSwatch: String
    var missedSwatch: String
    var targetSwatch: String
    /// The axis over the bars' column, and what its numbers count.
    var axisSVG: String
    var axisUnit: String?
    var rows: [RankedBarRow]
    /// Whether a value is written long (`+39,5 điểm phần trăm`): the values
    /// then get a wide column, or a line of their own on a phone.
    var longValues: Bool
    /// The standalone SVG file of the chart.
    var downloadURL: String
    /// The same chart as a PNG image (`ChartDownload`); nil for a chart of
    /// more units than `ChartDownload.maxRankedRows`.
    var pngURL: String?
}

struct RankedBarRow {
    var rank: String?
    var name: String
    var url: String
    var value: String
    /// `✓ đạt` / `✗ chưa đạt`; nil without a target.
    var status: String?
    /// `met` / `missed`, the status's class; nil without a target.
    var statusClass: String?
    /// nil without a value: the row says so in words instead.
    var svg: String?
}

extension CampaignPages {
    /// The longest value text (`100,0%`, `81,8`) the short value column holds.
    static let shortValue = 8


    /// The page's rows of a group's ranked bars.
    func barList(_ chart: RankedBarChart, downloadPath: String) -> RankedBarList {
        let rows = chart.bars.map { bar in
            RankedBarRow(rank: bar.rank, name: bar.name, url: unitURL(bar.unit), value: bar.valueText,
                         status: chart.statusText(bar), statusClass: bar.met.map { $0 ? "met" : "missed" },
                         svg: chart.rowSVG(bar))
        }
        return RankedBarList(
            id: chart.id, title: chart.title, description: chart.description,
            metKey: chart.hasStatus ? chart.metKey : nil, missedKey: chart.hasStatus ? chart.missedKey : nil,
            targetText: chart.targetText, metSwatch: RankedBarChart.swatch(met: true),
            missedSwatch: RankedBarChart.swatch(met: false), targetSwatch: RankedBarChart.targetSwatch,
            axisSVG: chart.axisSVG(), axisUnit: chart.axis.unit, rows: rows,
            longValues: chart.bars.contains { $0.value != nil && $0.valueText.count > Self.shortValue },
            downloadURL: url(downloadPath),
            pngURL: ChartDownload.hasPNG(rankedRows: chart.bars.count) ? url(ChartDownload.pngPath(downloadPath)) : nil)
    }
}
