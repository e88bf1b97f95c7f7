import Foundation

/// The height an embed needs in a portal column `width` CSS px wide, for the
/// `height` of its `<iframe>` snippet: where the portal strips the resizing
/// script, the frame keeps this height, so it must show every row and the
/// "xem chi tiết" link.
///
/// It lays the page out as `themes/default/assets/embed.css` does (the
/// figures below are that file's, in CSS px: 1rem = 16 px, body text 15 px
/// with line height 1.4), wrapping text with the advances of Noto Sans
/// (`TextFit`). Text is wrapped 10 % narrower than the column, so that a
/// wider fallback font (Arial, Segoe UI) still fits; the estimate is then a
/// little above what Chromium draws with Noto Sans (checked by
/// `scripts/browser/check_find.py`).
struct EmbedHeight {
    /// The narrowest portal column the snippet must fit (a phone).
    static let phoneColumn = 360.0
    /// Text is wrapped this much narrower than its box (font fallback).
    static let fontSlack = 0.9

    var width: Double

    // embed.css, in CSS px.
    static let padding = 12.0                    // .embed { padding: .75rem }
    static let body = 15.0, bodyLine = 21.0      // body { font-size: 15px; line-height: 1.4 }
    static let small = 13.6, smallLine = 19.04   // .eyebrow, .asof, .caption, .more, .label: .85rem
    static let smallMargin = 3.2                 // … margin: .2rem 0
    static let h1 = 18.4, h1Line = 23.0          // h1 { font-size: 1.15rem; line-height: 1.25; margin: .2rem 0 }
    static let h2 = 15.2, h2Line = 21.28         // h2 { font-size: .95rem; margin: .5rem 0 .2rem }
    static let cellPadX = 6.4, cellPadY = 4.8    // th, td { padding: .3rem .4rem }
    static let head = 12.8, headLine = 17.92     // thead th { font-size: .8rem }
    static let status = 12.0, statusLine = 16.8  // .status { display: block; font-size: .75rem }
    static let tableMargin = 8.0                 // table { margin: .5rem 0 }

    var inner: Double { width - 2 * Self.padding }

    func lines(_ text: String, size: Double, bold: Bool = false, within box: Double) -> Int {
        max(1, TextFit.lineCount(text, maxWidth: box * Self.fontSlack, size: size, bold: bold))
    }

    func textWidth(_ text: String, size: Double, bold: Bool = false) -> Double {
        TextFit.width(text, size: size, bold: bold) / Self.fontSlack
    }

    /// Block margins between siblings collapse to the larger of the two.
    struct Stack {
        var height = 0.0
        var margin = 0.0
        mutating func add(_ box: Double, top: Double, bottom: Double) {
            height += max(margin, top) + box
            margin = bottom
        }
        var total: Double { height + margin }
    }

    func height(_ page: EmbedPage) -> Int {
        var stack = Stack()
        stack.add(Double(lines(page.siteTitle + (page.eyebrow.map { " · " + $0 } ?? ""), size: Self.small, within: inner)) * Self.smallLine,
                  top: Self.smallMargin, bottom: Self.smallMargin)
        stack.add(Double(lines(page.heading, size: Self.h1, bold: true, within: inner)) * Self.h1Line, top: 3.2, bottom: 3.2)
        if page.sample, let banner = page.t["sample_banner"] {
            // .sample { padding: .25rem .5rem; margin: .25rem 0; font-weight: 600 }
            stack.add(Double(lines(banner, size: Self.body, bold: true, within: inner - 16)) * Self.bodyLine + 8, top: 4, bottom: 4)
        }
        stack.add(Double(lines(page.asOf, size: Self.small, within: inner)) * Self.smallLine, top: Self.smallMargin, bottom: Self.smallMargin)
        stack.add(Double(lines(page.caption, size: Self.small, within: inner)) * Self.smallLine, top: Self.smallMargin, bottom: Self.smallMargin)
        for group in page.groups {
            stack.add(table(group, page.t), top: Self.tableMargin, bottom: Self.tableMargin)
            if let more = group.more {
                stack.add(Double(lines(more, size: Self.small, within: inner)) * Self.smallLine, top: Self.smallMargin, bottom: Self.smallMargin)
            }
        }
        if page.groups.isEmpty {   // a unit's embed: its ranks (.figures { margin: .5rem 0 })
            stack.add(figures(page.ranks), top: 8, bottom: 8)
        }
        for indicator in page.indicators {
            stack.add(Double(lines(indicator.name, size: Self.h2, bold: true, within: inner)) * Self.h2Line, top: 8, bottom: 3.2)
            stack.add(chartHeight(indicator.chart), top: 0, bottom: 0)
            let target = " · " + (page.t["target"] ?? "") + " " + indicator.target
            let line = indicator.value + (indicator.hasTarget ? target + " · " + indicator.mark + " " + indicator.statusText : "")
            stack.add(Double(lines(line, size: Self.body, within: inner)) * Self.bodyLine, top: 3.2, bottom: 3.2)
        }
        // .details { margin: .75rem 0 0; font-weight: 600 }: the link.
        let link = (page.t["embed_details"] ?? "") + " →"
        stack.add(Double(lines(link, size: Self.body, bold: true, within: inner)) * Self.bodyLine, top: 12, bottom: 0)
        return Int((stack.total + 2 * Self.padding).rounded(.up))
    }

    /// A group's table: caption, header row, rows. The rank and value
    /// columns are as wide as their widest cell (they never wrap); the name
    /// takes the rest of the line.
    func table(_ group: EmbedGroup, _ t: [String: String]) -> Double {
        let headers = (t["rank"] ?? "", t["unit"] ?? "", t["value"] ?? "")
        let rankColumn = max(textWidth(headers.0, size: Self.head, bold: true),
                             group.rows.map { textWidth($0.rank, size: Self.body) }.max() ?? 0) + 2 * Self.cellPadX
        let valueColumn = max(textWidth(headers.2, size: Self.head, bold: true),
                              group.rows.map { row in
                                  max(textWidth(row.value, size: Self.body),
                                      row.hasTarget ? textWidth(row.mark + " " + row.statusText, size: Self.status) : 0)
                              }.max() ?? 0) + 2 * Self.cellPadX
        let nameBox = max(inner - rankColumn - valueColumn - 2 * Self.cellPadX, 40)
        var height = 0.0
        if let caption = group.name {   // caption { padding: .2rem 0; font-weight: 600 }
            height += Double(lines(caption, size: Self.body, bold: true, within: inner)) * Self.bodyLine + 6.4
        }
        height += Double(lines(headers.1, size: Self.head, bold: true, within: nameBox)) * Self.headLine + 2 * Self.cellPadY + 1
        for row in group.rows {
            let name = Double(lines(row.name, size: Self.body, bold: true, within: nameBox)) * Self.bodyLine
            let value = Self.bodyLine + (row.hasTarget ? Self.statusLine : 0)
            height += max(name, value) + 2 * Self.cellPadY + 1   // border-bottom: 1px
        }
        return height
    }

    /// The unit's ranks as boxes side by side, wrapping (`.figures`: flex,
    /// gap .5rem; `li` padding .4rem .6rem; a bold 1.1rem figure over a label).
    func figures(_ figures: [Figure]) -> Double {
        guard !figures.isEmpty else { return 0 }
        var rows: [Double] = [], lineWidth = 0.0, lineHeight = 0.0
        for figure in figures {
            let labelWidth = textWidth(figure.label, size: Self.small)
            let boxWidth = min(max(textWidth(figure.value, size: 17.6, bold: true), labelWidth) + 19.2, inner)
            let labelLines = lines(figure.label, size: Self.small, within: boxWidth - 19.2)
            let boxHeight = 12.8 + 24.64 + Double(labelLines) * Self.smallLine + 2 * Self.smallMargin
            if lineWidth > 0 && lineWidth + 8 + boxWidth > inner {
                rows.append(lineHeight)
                lineWidth = 0
                lineHeight = 0
            }
            lineWidth += (lineWidth > 0 ? 8 : 0) + boxWidth
            lineHeight = max(lineHeight, boxHeight)
        }
        rows.append(lineHeight)
        return rows.reduce(0, +) + Double(rows.count - 1) * 8
    }

    /// A chart scales to the column (`figure { max-width: 24rem }`, `svg { width: 100% }`):
    /// its height follows from its viewBox.
    /// A fluid chart (no viewBox) is as high as it says at any width;
    /// a viewBox chart scales with the column, up to 384 px wide.
    func chartHeight(_ svg: String) -> Double {
        if let height = Self.fluidHeight(svg) { return height }
        guard let box = Self.viewBox(svg), box.width > 0 else { return 0 }
        return min(inner, 384) * box.height / box.width
    }

    /// The `height` of a root `<svg height="H" class="fluid">`, which has no
    /// viewBox: the stylesheet makes it as wide as the column. Only the
    /// root tag is read, as bytes: the charts are long and this is asked
    /// for every chart of every unit's embed (the generic substring search
    /// of the standard library was a twentieth of a national build).
    static func fluidHeight(_ svg: String) -> Double? {
        var svg = svg
        return svg.withUTF8 { bytes -> Double? in
            guard let end = bytes.firstIndex(of: UInt8(ascii: ">")) else { return nil }
            let root = UnsafeBufferPointer(rebasing: bytes[..<end])
            guard Self.offset(of: #" viewBox=""#, in: root) == nil,
                  let start = Self.offset(of: #" height=""#, in: root).map({ $0 + 9 }),
                  let close = root[start...].firstIndex(of: UInt8(ascii: "\"")) else { return nil }
            return Double(String(decoding: UnsafeBufferPointer(rebasing: root[start..<close]), as: UTF8.self))
        }
    }

    /// Where `needle` (ASCII) first starts in `bytes`. (glibc's memmem(3)
    /// is a GNU extension Swift's Glibc module does not show.)
    private static func offset(of needle: StaticString, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        needle.withUTF8Buffer { needle in
            guard needle.count <= bytes.count else { return nil }
            return (0...(bytes.count - needle.count)).first { i in
                bytes[i] == needle[0] && memcmp(bytes.baseAddress! + i, needle.baseAddress!, needle.count) == 0
            }
        }
    }

    static func viewBox(_ svg: String) -> (width: Double, height: Double)? {
        guard let start = svg.range(of: "viewBox=\"") else { return nil }
        let rest = svg[start.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        let numbers = rest[..<end].split(whereSeparator: { $0 == " " || $0 == "," }).compactMap { Double($0) }
        return numbers.count == 4 ? (numbers[2], numbers[3]) : nil
    }
}
