/// Page 1's heading, laid out as an administrative document's (Nghị định
/// 30/2020/NĐ-CP, Phụ lục I): on the left the issuer in bold capitals with
/// a short rule under it; on the right the national name in bold capitals
/// and the motto in bold under it, underlined as wide as it is; then the
/// document's kind ("BÁO CÁO"), its title, the campaign, and the plan it
/// reports on. No document number is printed: the report has none of its
/// own, and the plan's goes in the reference line only when it has one.
extension ReportDocument {
    /// The issuer's block, and the space the motto's block leaves it.
    static let issuerWidth = 200.0

    /// Writes the heading into `out`; returns where it ends.
    @discardableResult
    static func heading(_ report: OfficialReport, contentWidth: Double, into out: inout SVGWriter) -> Double {
        let top = pageTop(report)
        // Left: the issuer, centred in its block.
        let issuerCentre = left + issuerWidth / 2
        var issuerBottom = top
        if let issuer = report.issuer {
            let fitted = issuerLines(issuer)
            var y = top + fitted.size
            for line in fitted.lines {
                out.text(line, x: issuerCentre, y: y, size: fitted.size, bold: true, fill: ink, anchor: "middle")
                y += fitted.size * 1.3
            }
            let ruleY = y - fitted.size * 1.3 + 6
            out.line(x1: issuerCentre - 30, y1: ruleY, x2: issuerCentre + 30, y2: ruleY, stroke: ink, width: 0.6)
            issuerBottom = ruleY
        }
        // Right: the national name and the motto.
        let mottoWidth = contentWidth - issuerWidth
        let mottoCentre = left + issuerWidth + mottoWidth / 2
        let nation = TextFit.fit(report.nation, maxWidth: mottoWidth, maxLines: 1, sizes: [11, 10.5, 10, 9.5], bold: true)
        out.text(nation.lines.first ?? "", x: mottoCentre, y: top + nation.size, size: nation.size, bold: true, fill: ink, anchor: "middle")
        let motto = TextFit.fit(report.motto, maxWidth: mottoWidth, maxLines: 1, sizes: [12, 11.5, 11, 10.5], bold: true)
        let mottoY = top + nation.size * 1.3 + motto.size
        out.text(motto.lines.first ?? "", x: mottoCentre, y: mottoY, size: motto.size, bold: true, fill: ink, anchor: "middle")
        let mottoLine = TextFit.width(motto.lines.first ?? "", size: motto.size, bold: true) / 2
        out.line(x1: mottoCentre - mottoLine, y1: mottoY + 4, x2: mottoCentre + mottoLine, y2: mottoY + 4, stroke: ink, width: 0.6)

        // The document's kind, title, campaign and reference, centred.
        var y = max(issuerBottom, mottoY + 4) + 30
        let centre = left + contentWidth / 2
        out.text(report.heading, x: centre, y: y, size: 13, bold: true, fill: ink, anchor: "middle")
        y += 4
        for (content, size, bold, italic) in [(report.title, 12.0, true, false), (report.campaignTitle, 10.5, true, false)]
            + (report.reference.map { [($0, 10.0, false, true)] } ?? []) {
            for line in TextFit.wrap(content, maxWidth: contentWidth - 40, size: size, bold: bold) {
                y += size * 1.35
                out.text(line, x: centre, y: y, size: size, bold: bold, italic: italic, fill: ink, anchor: "middle")
            }
        }
        return y + 16
    }

    /// The issuer's lines: broken before the last word naming a level of
    /// government ("SỞ CÔNG THƯƠNG / TỈNH LẠNG SƠN", "ỦY BAN NHÂN DÂN /
    /// THÀNH PHỐ CẦN THƠ"), as administrative documents print it, when both
    /// parts fit; else wrapped where the width says.
    static func issuerLines(_ issuer: String) -> TextFit.Fitted {
        let width = issuerWidth - 8, sizes = [11, 10.5, 10, 9.5, 9.0]
        let words = issuer.split(separator: " ").map(String.init)
        let levels = TotalsName.levels.map { $0.word.uppercased().split(separator: " ").map(String.init) }
        let breaks = words.indices.dropFirst().filter { i in
            levels.contains { level in Array(words[i...].prefix(level.count)) == level }
        }
        for size in sizes {
            for i in breaks.reversed() {
                let lines = [words[..<i].joined(separator: " "), words[i...].joined(separator: " ")]
                if lines.allSatisfy({ TextFit.width($0, size: size, bold: true) <= width }) {
                    return TextFit.Fitted(lines: lines, size: size)
                }
            }
        }
        return TextFit.fit(issuer, maxWidth: width, maxLines: 3, sizes: sizes, bold: true)
    }
}
