/// An official report laid out on A4 pages (`ReportPaper`), each page an SVG
/// document whose user unit is the point: the heading of an administrative
/// document on page 1 (issuer on the left, the national motto on the right,
/// per the layout of Nghị định 30/2020/NĐ-CP), the tables with their header
/// repeated on every page they span, the totals, the charts, and on every
/// page the illustrative-data banner (where it applies), the data date and
/// "Trang 2/5". Text is SVG text in Noto Sans (measured with `TextFit`), so
/// the PDF keeps it as text.
struct ReportDocument {
    /// Margins: 20 mm on the left (binding), 15 mm on the right.
    static let left = 57.0, right = 42.0, top = 42.0
    /// The footer's height under the content.
    static let footer = 52.0
    /// The charts are drawn at their standalone file's width and scaled to the content width.
    static let chartWidth = 800.0
    static let captionHeight = 16.0
    /// The line saying what the marks mean, over a table drawn with marks alone.
    static let keyHeight = 11.0
    static let ink = "#000000"

    var report: OfficialReport
    /// Portrait, unless a table is too wide for a readable portrait page (`paper(for:)`).
    var paper: ReportPaper
    var tables: [ReportTableLayout]
    /// The charts cut into one chart per page-sized run of bars.
    var blocks: [ReportPaginator.Block]
    /// Where each block's content comes from.
    enum Content { case table(Int), note(Int, [String]), chart(Int) }
    var contents: [Content]
    /// Each chart's head height and each bar's row height, in points.
    var chartRows: [(head: Double, rows: [Double])]
    var pages: [[ReportPaginator.Slice]]

    /// Where the content ends; the footer is below.
    var bottom: Double { paper.height - Self.footer }
    var contentWidth: Double { paper.width - Self.left - Self.right }

    /// Landscape when a table of `report` would take a font smaller than
    /// 7 pt on a portrait page, as appendix tables of many columns are printed.
    static func paper(for report: OfficialReport) -> ReportPaper {
        let width = ReportPaper.portrait.width - left - right
        return report.tables.contains { ReportTableLayout($0, width: width).fontSize < ReportTableLayout.wordsSize }
            ? .landscape : .portrait
    }

    /// `report` laid out on `paper` (by default the one it needs).
    init(_ report: OfficialReport, paper: ReportPaper? = nil) {
        self.report = report
        self.paper = paper ?? Self.paper(for: report)
        let width = self.paper.width - Self.left - Self.right
        tables = report.tables.map { ReportTableLayout($0, width: width) }
        // One table too wide for the status in words: every table shows marks.
        if tables.contains(where: \.shortStatus) {
            tables = report.tables.map { ReportTableLayout($0, width: width, short: true) }
        }
        var blocks: [ReportPaginator.Block] = [], contents: [Content] = []
        for (t, layout) in tables.enumerated() {
            blocks.append(.init(head: (layout.table.caption == nil ? 0 : Self.captionHeight)
                                    + (layout.shortStatus ? Self.keyHeight : 0) + layout.headerHeight,
                                rows: layout.rowHeights, gapAfter: 14))
            contents.append(.table(t))
        }
        for (n, note) in report.notes.enumerated() {
            let lines = TextFit.wrap(note, maxWidth: width, size: 8)
            blocks.append(.init(head: Double(lines.count) * ReportTableLayout.lineHeight(8) + 2, rows: [], gapAfter: 14))
            contents.append(.note(n, lines))
        }
        let scale = width / Self.chartWidth
        chartRows = report.charts.map { chart in
            let empty = Self.height(of: Self.slice(chart, 0..<0)) * scale
            let rows = chart.bars.indices.map { Self.height(of: Self.slice(chart, $0..<$0 + 1)) * scale - empty }
            return (empty, rows)
        }
        for (c, rows) in chartRows.enumerated() {
            blocks.append(.init(head: rows.head, rows: rows.rows, gapAfter: 14))
            contents.append(.chart(c))
        }
        self.blocks = blocks
        self.contents = contents
        var heading = SVGWriter(fragmentCapacity: 2048)
        pages = ReportPaginator.paginate(blocks, firstTop: Self.heading(report, contentWidth: width, into: &heading),
                                         top: Self.pageTop(report) + 20, bottom: self.paper.height - Self.footer)
    }

    /// Where a page's content starts: under the banner when there is one.
    static func pageTop(_ report: OfficialReport) -> Double { report.sample == nil ? top : top + 24 }

    /// The chart with only the bars in `range`, drawn as its standalone file.
    static func slice(_ chart: RankedBarChart, _ range: Range<Int>) -> String {
        var part = chart
        part.bars = Array(chart.bars[range])
        return part.svg(width: .file)
    }

    /// The height an SVG drawn for a fixed width declares.
    static func height(of svg: String) -> Double {
        guard let start = svg.range(of: " height=\"") else { return 0 }
        let rest = svg[start.upperBound...]
        return Double(rest.prefix { $0 != "\"" }) ?? 0
    }

    /// The SVG of every page, on its paper.
    func laidOut() -> ReportPages {
        ReportPages(svg: pages.indices.map { svg(page: $0) }, width: paper.width, height: paper.height,
                    title: report.documentTitle)
    }

    func svg(page p: Int) -> String {
        let w = paper.width, h = paper.height
        var out = SVGWriter(document: w, height: h, unit: "pt", font: ChartPalette.font, capacity: 16384)
        out.rect(width: w, height: h, fill: "#ffffff")
        if let sample = report.sample {
            out.rect(x: Self.left, y: Self.top - 4, width: contentWidth, height: 18, fill: ChartPalette.missed)
            out.text(TextFit.ellipsize(sample, maxWidth: contentWidth - 12, size: 9, bold: true),
                     x: Self.left + contentWidth / 2, y: Self.top + 8.5, size: 9, bold: true, fill: "#ffffff", anchor: "middle")
        }
        if p == 0 {
            Self.heading(report, contentWidth: contentWidth, into: &out)
        } else {
            // A running head, so that a loose page says what it belongs to.
            let y = Self.pageTop(report) + 8
            out.text(TextFit.ellipsize(report.documentTitle + " — " + report.campaignTitle, maxWidth: contentWidth, size: 7.5),
                     x: Self.left, y: y, size: 7.5, fill: ChartPalette.muted)
            out.line(x1: Self.left, y1: y + 4, x2: Self.left + contentWidth, y2: y + 4, stroke: "#999999", width: 0.5)
        }
        for slice in pages[p] {
            switch contents[slice.block] {
            case .table(let t): drawTable(tables[t], slice, into: &out)
            case .note(_, let lines):
                for (i, line) in lines.enumerated() {
                    out.text(line, x: Self.left, y: slice.y + 8 + Double(i) * ReportTableLayout.lineHeight(8), size: 8, fill: Self.ink)
                }
            case .chart(let c): drawChart(report.charts[c], slice, into: &out)
            }
        }
        // The footer: the data date and the page number on every page.
        out.line(x1: Self.left, y1: bottom + 8, x2: Self.left + contentWidth, y2: bottom + 8, stroke: "#999999", width: 0.5)
        out.text(report.asOf, x: Self.left, y: bottom + 21, size: 8, fill: Self.ink)
        let number = report.pageNumber.replacingOccurrences(of: "{page}", with: String(p + 1))
            .replacingOccurrences(of: "{pages}", with: String(pages.count))
        out.text(number, x: Self.left + contentWidth, y: bottom + 21, size: 8, fill: Self.ink, anchor: "end")
        return out.closed()
    }

    /// The rows of a slice of a table, under its caption and header row.
    func drawTable(_ layout: ReportTableLayout, _ slice: ReportPaginator.Slice, into out: inout SVGWriter) {
        var y = slice.y
        let table = layout.table
        if let caption = table.caption {
            let text = slice.continued ? caption + " " + report.continued : caption
            out.text(TextFit.ellipsize(text, maxWidth: contentWidth, size: 9.5, bold: true),
                     x: Self.left, y: y + 11, size: 9.5, bold: true, fill: Self.ink)
            y += Self.captionHeight
        }
        if layout.shortStatus {
            out.text("✓ " + report.metKey, x: Self.left, y: y + 7.5, size: 7.5, fill: ChartPalette.met)
            out.text("✗ " + report.missedKey, x: Self.left + TextFit.width("✓ " + report.metKey, size: 7.5) + 14,
                     y: y + 7.5, size: 7.5, fill: ChartPalette.missed)
            y += Self.keyHeight
        }
        let size = layout.fontSize, lineHeight = layout.lineHeight
        let xs = layout.widths.reduce(into: [Self.left]) { $0.append($0.last! + $1) }
        // The header row, on every page the table spans.
        out.rect(x: Self.left, y: y, width: contentWidth, height: layout.headerHeight, fill: "#e8edf3")
        for c in table.columns.indices {
            let lines = layout.headerName[c].count + layout.headerNote[c].count
            var baseline = y + (layout.headerHeight - Double(lines) * lineHeight) / 2 + size * 0.98
            let centre = xs[c] + layout.widths[c] / 2
            for line in layout.headerName[c] {
                out.text(line, x: centre, y: baseline, size: size, bold: true, fill: Self.ink, anchor: "middle")
                baseline += lineHeight
            }
            for line in layout.headerNote[c] {
                out.text(line, x: centre, y: baseline, size: size, fill: Self.ink, anchor: "middle")
                baseline += lineHeight
            }
        }
        var rowTops = [y]
        y += layout.headerHeight
        for r in slice.rows {
            let row = table.rows[r]
            rowTops.append(y)
            if row.total { out.rect(x: Self.left, y: y, width: contentWidth, height: layout.rowHeights[r], fill: "#f0f0f0") }
            for c in table.columns.indices {
                let column = table.columns[c]
                let (x, anchor): (Double, String) = switch column.align {
                case .left: (xs[c] + ReportTableLayout.padX, "start")
                case .centre: (xs[c] + layout.widths[c] / 2, "middle")
                case .right: (xs[c + 1] - ReportTableLayout.padX, "end")
                }
                for (i, line) in layout.cells[r][c].lines.enumerated() {
                    let baseline = y + ReportTableLayout.padY + size * 0.98 + Double(i) * lineHeight
                    // A value with its mark after it ("78,9% ✓"): the mark in its status colour.
                    if layout.shortStatus, anchor == "end", let space = line.lastIndex(of: " "),
                       let mark = ReportTableLayout.statusMark(String(line[space...].dropFirst()) + " ") {
                        out.text(String(line[..<space]), x: x - TextFit.width(" " + mark, size: size, bold: row.total),
                                 y: baseline, size: size, bold: row.total, fill: Self.ink, anchor: anchor)
                        out.text(mark, x: x, y: baseline, size: size, bold: row.total, fill: Self.statusColour(mark), anchor: anchor)
                        continue
                    }
                    out.text(line, x: x, y: baseline, size: size, bold: row.total, fill: Self.statusColour(line), anchor: anchor)
                }
            }
            y += layout.rowHeights[r]
        }
        // The grid: every row's top and the table's bottom, every column's sides.
        let top = rowTops[0], right = Self.left + contentWidth
        for rowTop in rowTops + [y] { out.line(x1: Self.left, y1: rowTop, x2: right, y2: rowTop, stroke: "#555555", width: 0.5) }
        for x in xs { out.line(x1: x, y1: top, x2: x, y2: y, stroke: "#555555", width: 0.5) }
    }

    /// A cell's status line in the status colours of the site; values in black.
    static func statusColour(_ line: String) -> String {
        line.hasPrefix("✓") ? ChartPalette.met : line.hasPrefix("✗") ? ChartPalette.missed : ink
    }

    /// The bars of a slice, as the chart's own file draws them (title, key
    /// and axis again on every page), scaled to the content width.
    func drawChart(_ chart: RankedBarChart, _ slice: ReportPaginator.Slice, into out: inout SVGWriter) {
        let scale = contentWidth / Self.chartWidth
        out.raw("<g transform=\"translate(")
        out.coordinate(Self.left)
        out.raw(" ")
        out.coordinate(slice.y)
        // The scale in full: rounded to a tenth it would misplace a page's bars.
        out.raw(") scale(")
        out.markup(String(scale))
        out.raw(")\">\n")
        out.markup(Self.slice(chart, slice.rows))
        out.raw("</g>\n")
    }
}
