/// A share image (Open Graph card, 1200×630) as an infographic: the site
/// name in a band, the campaign, a big title (a unit, an indicator…), a
/// badge with the key figure ("hạng 3/15"), the headline indicator against
/// its target, a small chart and the as-of date. Every text is final,
/// measured and wrapped here (SVG text does not wrap) and XML-escaped.
/// Written as SVG text; the Write stage turns it into PNG.
public struct ShareCard: Hashable, Sendable {
    public static let width = 1200
    public static let height = 630
    /// The font every text of a card names.
    public static let font = "Noto Sans, sans-serif"

    /// The key figure, in a box on the left.
    public struct Badge: Hashable, Sendable {
        public var label: String
        public var value: String
        public var note: String?

        package init(label: String, value: String, note: String? = nil) {
            self.label = label
            self.value = value
            self.note = note
        }
    }

    /// One indicator's value against its target.
    public struct Headline: Hashable, Sendable {
        public var label: String
        public var value: String
        public var status: String
        public var met: Bool?

        package init(label: String, value: String, status: String, met: Bool? = nil) {
            self.label = label
            self.value = value
            self.status = status
            self.met = met
        }
    }

    public struct Line: Hashable, Sendable {
        public var text: String
        public var figure: String

        package init(text: String, figure: String) {
            self.text = text
            self.figure = figure
        }
    }

    public struct Bar: Hashable, Sendable {
        public var label: String
        public var valueText: String
        /// 0…1 of the bar area.
        public var fraction: Double
        public var met: Bool?

        package init(label: String, valueText: String, fraction: Double, met: Bool? = nil) {
            self.label = label
            self.valueText = valueText
            self.fraction = fraction
            self.met = met
        }
    }

    /// Units in one slice of a histogram, by target status.
    public struct Bin: Hashable, Sendable {
        public var met = 0
        public var missed = 0
        public var neutral = 0

        package init(met: Int = 0, missed: Int = 0, neutral: Int = 0) {
            self.met = met
            self.missed = missed
            self.neutral = neutral
        }

        public var total: Int { met + missed + neutral }
    }

    /// A labelled tick of a histogram's axis; `position` is 0…1 of its width.
    public struct Tick: Hashable, Sendable {
        public var position: Double
        public var text: String

        package init(position: Double, text: String) {
            self.position = position
            self.text = text
        }
    }

    /// The small chart under the headline.
    public enum Visual: Hashable, Sendable {
        case none
        /// A value on a track with the target as a tick; positions are 0…1.
        case bullet(value: Double?, target: Double?, targetText: String?, met: Bool?)
        /// A few ranked bars.
        case bars([Bar])
        /// How many units fall in each slice of the scale, with the target
        /// position (0…1) and the scale's labelled ticks.
        case histogram(bins: [Bin], target: Double?, targetText: String?, ticks: [Tick])
        /// A short list: a text (wrapped to two lines where there is room)
        /// and a figure on the right.
        case lines([Line])
    }

    public var siteTitle: String
    /// "Số liệu minh hoạ", or nil for real data.
    public var sample: String?
    public var eyebrow: String
    public var title: String
    public var badge: Badge?
    public var headline: Headline?
    /// A line above the small chart, e.g. what the bars measure.
    public var caption: String?
    public var visual: Visual
    /// "Số liệu đến ngày 31/10/2024".
    public var footer: String
    /// The site's address without the scheme, e.g. `dichvucong.example.gov.vn/thidua`.
    public var address: String
    /// What the image shows, in one sentence (also its alt text).
    public var description: String

    package init(siteTitle: String, sample: String? = nil, eyebrow: String, title: String, badge: Badge? = nil,
                 headline: Headline? = nil, caption: String? = nil, visual: Visual, footer: String, address: String,
                 description: String) {
        self.siteTitle = siteTitle
        self.sample = sample
        self.eyebrow = eyebrow
        self.title = title
        self.badge = badge
        self.headline = headline
        self.caption = caption
        self.visual = visual
        self.footer = footer
        self.address = address
        self.description = description
    }

    static let band = "#0b3d6e"
    static let panel = "#eef3f8"
    static let left = 60.0
    static let right = 1140.0
    static let bottom = 548.0

    public func svg() -> String { document().svg }

    /// The SVG, and the UTF-8 offsets of its backdrop: the drawn elements
    /// that open it and that other cards repeat (background, band, site
    /// name, footer, address, eyebrow; the badge's panel and label, the
    /// headline's label and a bullet's track, which the cards of one kind
    /// share). Before the backdrop come the `<svg>` tag on the first line,
    /// `<title>` and `<desc>`; after it, what only this card draws.
    ///
    /// So the elements are not written top to bottom: the footer comes
    /// before the eyebrow and the labels before the title. None of them
    /// touches an element it is written before, so the order does not
    /// change a pixel, and the backdrop can be drawn once for many cards.
    /// The card's own elements come again as its `foreground`, to be
    /// drawn over the backdrop.
    public func document() -> (svg: String, backdrop: Range<Int>, foreground: CardForeground) {
        var out = SVGWriter(document: Double(Self.width), height: Double(Self.height), font: Self.font,
                            title: title, description: description, capacity: 4096)
        let backdropStart = out.byteCount
        out.rect(width: 1200, height: 630, fill: "#ffffff")
        out.rect(width: 1200, height: 76, fill: Self.band)
        var brandWidth = Self.right - Self.left
        if let sample {
            let tagWidth = TextFit.width(sample, size: 22, bold: true) + 32
            brandWidth -= tagWidth + 24
            out.rect(x: Self.right - tagWidth, y: 18, width: tagWidth, height: 40, rx: 8, fill: "#D55E00")
            out.text(sample, x: Self.right - tagWidth / 2, y: 46, size: 22, bold: true, fill: "#ffffff", anchor: "middle")
        }
        out.text(TextFit.ellipsize(siteTitle, maxWidth: brandWidth, size: 28, bold: true),
                 x: Self.left, y: 49, size: 28, bold: true, fill: "#ffffff")
        out.line(x1: Self.left, y1: 568, x2: Self.right, y2: 568, stroke: ChartPalette.track, width: 2)
        let addressWidth = min(TextFit.width(address, size: 26, bold: true), 520)
        out.text(TextFit.ellipsize(footer, maxWidth: Self.right - Self.left - addressWidth - 40, size: 26),
                 x: Self.left, y: 608, size: 26, fill: ChartPalette.muted)
        if !address.isEmpty {
            out.text(TextFit.ellipsize(address, maxWidth: 520, size: 26, bold: true),
                     x: Self.right, y: 608, size: 26, bold: true, fill: Self.band, anchor: "end")
        }

        let eyebrow = TextFit.fit(self.eyebrow, maxWidth: Self.right - Self.left, maxLines: 2, sizes: [30, 27])
        var y = 92.0
        for line in eyebrow.lines {
            y += eyebrow.size * 1.3
            out.text(line, x: Self.left, y: y, size: eyebrow.size, fill: ChartPalette.muted)
        }
        let sizes: [Double] = eyebrow.lines.count > 1 ? [58, 52, 46, 40] : [66, 58, 52, 46, 42]
        let title = TextFit.fit(self.title, maxWidth: Self.right - Self.left, maxLines: eyebrow.lines.count > 1 ? 2 : 3,
                                sizes: sizes, bold: true)
        y += 8
        // The title and the card's other own elements come after the panel
        // and labels below, which they do not touch.
        var own = CardLayer()
        for line in title.lines {
            y += title.size * 1.18
            own.text(line, x: Self.left, y: y, size: title.size, bold: true, fill: ChartPalette.ink)
        }
        let top = max(y + 34, 300)
        var x0 = Self.left
        if let badge {
            drawBadgeFrame(badge, top: top, into: &out)
            drawBadge(badge, top: top, into: &own)
            x0 = 400
        }
        var visualTop = top
        if let headline {
            drawHeadlineLabel(headline, x0: x0, top: top, into: &out)
            drawHeadline(headline, x0: x0, top: top, into: &own)
            visualTop = top + 132
        }
        if let caption {
            let fitted = TextFit.fit(caption, maxWidth: Self.right - x0, maxLines: 1, sizes: [28, 25, 22])
            own.text(fitted.lines.first ?? "", x: x0, y: visualTop + 28, size: fitted.size, fill: ChartPalette.muted)
            visualTop += 44
        }
        drawVisualFrame(x0: x0, top: visualTop, into: &out)
        let backdrop = backdropStart..<out.byteCount
        drawVisual(x0: x0, top: visualTop, into: &own)
        out.append(own.all)
        return (out.closed(), backdrop, own.foreground)
    }

    /// The badge's panel and label.
    func drawBadgeFrame(_ badge: Badge, top: Double, into out: inout SVGWriter) {
        let height = Self.bottom - top, centre = Self.left + 150
        out.rect(x: Self.left, y: top, width: 300, height: height, rx: 16, fill: Self.panel)
        out.text(TextFit.ellipsize(badge.label, maxWidth: 270, size: 26, bold: true),
                 x: centre, y: top + 44, size: 26, bold: true, fill: ChartPalette.muted, anchor: "middle")
    }

    /// The badge's value and note.
    func drawBadge(_ badge: Badge, top: Double, into out: inout CardLayer) {
        let height = Self.bottom - top, centre = Self.left + 150
        let value = TextFit.fit(badge.value, maxWidth: 270, maxLines: 1, sizes: [104, 92, 80, 68, 56, 44], bold: true)
        let noteSpace = badge.note == nil ? 0.0 : 34
        let baseline = top + 44 + (height - 44 - noteSpace) / 2 + value.size * 0.36
        out.text(value.lines.first ?? "", x: centre, y: baseline, size: value.size, bold: true, fill: Self.band, anchor: "middle")
        if let note = badge.note {
            let fitted = TextFit.fit(note, maxWidth: 276, maxLines: 1, sizes: [24, 22, 20])
            out.text(fitted.lines.first ?? "", x: centre, y: Self.bottom - 20, size: fitted.size, fill: ChartPalette.muted,
                     anchor: "middle")
        }
    }

    func drawHeadlineLabel(_ headline: Headline, x0: Double, top: Double, into out: inout SVGWriter) {
        let label = TextFit.fit(headline.label, maxWidth: Self.right - x0, maxLines: 1, sizes: [30, 27, 24])
        out.text(label.lines.first ?? "", x: x0, y: top + 30, size: label.size, fill: ChartPalette.ink)
    }

    /// The headline's value and status.
    func drawHeadline(_ headline: Headline, x0: Double, top: Double, into out: inout CardLayer) {
        let width = Self.right - x0
        let colour = ChartPalette.status(headline.met)
        let value = TextFit.fit(headline.value, maxWidth: width * 0.55, maxLines: 1, sizes: [76, 66, 56, 48], bold: true)
        let valueText = value.lines.first ?? ""
        out.text(valueText, x: x0, y: top + 112, size: value.size, bold: true, fill: colour)
        let statusX = x0 + TextFit.width(valueText, size: value.size, bold: true) + 28
        // One line when it fits at a readable size, else two.
        let statusWidth = Self.right - statusX
        let oneLine = TextFit.wrap(headline.status, maxWidth: statusWidth, size: 24, bold: true).count <= 1
        let status = TextFit.fit(headline.status, maxWidth: statusWidth, maxLines: oneLine ? 1 : 2,
                                 sizes: oneLine ? [30, 27, 24] : [30, 26, 23], bold: true)
        var statusY = top + 112 - Double(status.lines.count - 1) * status.size * 1.2
        if status.lines.count == 1 { statusY -= 6 }
        for line in status.lines {
            out.text(line, x: statusX, y: statusY, size: status.size, bold: true, fill: colour)
            statusY += status.size * 1.2
        }
    }

    /// What the small chart draws whatever the figures: a bullet's track.
    func drawVisualFrame(x0: Double, top: Double, into out: inout SVGWriter) {
        guard case .bullet = visual else { return }
        out.rect(x: x0, y: top + 6, width: Self.right - x0, height: 34, fill: ChartPalette.track)
    }

    /// The small chart, but for `drawVisualFrame`.
    func drawVisual(x0: Double, top: Double, into out: inout CardLayer) {
        let x1 = Self.right, width = x1 - x0, height = Self.bottom - top
        switch visual {
        case .none:
            break
        case .bullet(let value, let target, let targetText, let met):
            let y = top + 6
            if let value { out.rect(x: x0, y: y + 6, width: max(3, width * clamp(value)), height: 22, fill: ChartPalette.status(met)) }
            if let target {
                let tx = x0 + width * clamp(target)
                out.line(x1: tx, y1: y - 6, x2: tx, y2: y + 40, stroke: ChartPalette.ink, width: 5)
                if let targetText {
                    let w = TextFit.width(targetText, size: 23)
                    let anchor = tx + w / 2 > x1 ? "end" : (tx - w / 2 < x0 ? "start" : "middle")
                    out.text(targetText, x: tx, y: y + 66, size: 23, fill: ChartPalette.muted, anchor: anchor)
                }
            }
        case .bars(let bars):
            let rows = Double(max(bars.count, 1))
            let row = min(54, height / rows)
            let size = min(26, row * 0.52)
            let valueWidth = min(300, bars.map { TextFit.width($0.valueText, size: size, bold: true) }.max() ?? 0)
            // Names get what the value and a 200 px bar leave.
            let labelWidth = max(width * 0.3, width - valueWidth - 32 - 200)
            let barX = x0 + labelWidth + 16, barWidth = width - labelWidth - valueWidth - 32
            for (i, bar) in bars.enumerated() {
                let y = top + row * Double(i)
                out.text(TextFit.ellipsize(bar.label, maxWidth: labelWidth, size: size), x: x0, y: y + row * 0.62, size: size,
                         fill: ChartPalette.ink)
                out.rect(x: barX, y: y + row * 0.2, width: max(3, barWidth * clamp(bar.fraction)), height: row * 0.56,
                         fill: ChartPalette.status(bar.met))
                out.text(TextFit.ellipsize(bar.valueText, maxWidth: valueWidth, size: size, bold: true),
                         x: x1, y: y + row * 0.62, size: size, bold: true, fill: ChartPalette.ink, anchor: "end")
            }
        case .histogram(let bins, let target, let targetText, let ticks):
            let most = Double(max(bins.map(\.total).max() ?? 1, 1))
            let base = Self.bottom - 34, plot = base - top - 36
            let step = width / Double(max(bins.count, 1))
            for (i, bin) in bins.enumerated() {
                let x = x0 + step * Double(i) + 1.5
                var y = base
                for (count, colour) in [(bin.missed, ChartPalette.missed), (bin.neutral, ChartPalette.neutral), (bin.met, ChartPalette.met)] where count > 0 {
                    let h = plot * Double(count) / most
                    y -= h
                    out.rect(x: x, y: y, width: step - 3, height: h, fill: colour)
                }
            }
            out.line(x1: x0, y1: base, x2: x1, y2: base, stroke: ChartPalette.muted, width: 2)
            for (i, tick) in ticks.enumerated() {
                let tx = x0 + width * clamp(tick.position)
                out.line(x1: tx, y1: base, x2: tx, y2: base + 8, stroke: ChartPalette.muted, width: 2)
                let anchor = i == 0 ? "start" : (i == ticks.count - 1 ? "end" : "middle")
                out.text(tick.text, x: tx, y: base + 30, size: 22, fill: ChartPalette.muted, anchor: anchor)
            }
            if let target {
                let tx = x0 + width * clamp(target)
                out.line(x1: tx, y1: top + 30, x2: tx, y2: base + 4, stroke: ChartPalette.ink, width: 3, dash: "8 5")
                if let targetText {
                    let w = TextFit.width(targetText, size: 24, bold: true)
                    let anchor = tx + w / 2 > x1 ? "end" : (tx - w / 2 < x0 ? "start" : "middle")
                    out.text(targetText, x: tx, y: top + 22, size: 24, bold: true, fill: ChartPalette.ink, anchor: anchor)
                }
            }
        case .lines(let lines):
            let row = min(96, height / Double(max(lines.count, 1)))
            let size = min(28, row * 0.56)
            let twoLines = row >= size * 2.6
            for (i, line) in lines.enumerated() {
                let figureWidth = line.figure.isEmpty ? 0 : TextFit.width(line.figure, size: size, bold: true) + 24
                let y = top + Double(i) * row + size
                let fitted = TextFit.fit(line.text, maxWidth: width - figureWidth, maxLines: twoLines ? 2 : 1, sizes: [size])
                for (j, part) in fitted.lines.enumerated() {
                    out.text(part, x: x0, y: y + Double(j) * size * 1.25, size: size, fill: ChartPalette.ink)
                }
                if !line.figure.isEmpty {
                    out.text(line.figure, x: x1, y: y, size: size, bold: true, fill: Self.band, anchor: "end")
                }
            }
        }
    }

    func clamp(_ value: Double) -> Double { min(1, max(0, value)) }
}
