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

    static func heading(_ report: OfficialReport) -> (svg: String, bottom: Double) {
        var out = ""
        let top = pageTop(report)
        // Left: the issuer, centred in its block.
        let issuerCentre = left + issuerWidth / 2
        var issuerBottom = top
        if let issuer = report.issuer {
            let fitted = TextFit.fit(issuer, maxWidth: issuerWidth - 8, maxLines: 3, sizes: [11, 10.5, 10, 9.5, 9], bold: true)
            var y = top + fitted.size
            for line in fitted.lines {
                out += text(line, x: issuerCentre, y: y, size: fitted.size, bold: true, fill: ink, anchor: "middle")
                y += fitted.size * 1.3
            }
            let ruleY = y - fitted.size * 1.3 + 6
            out += Self.line(issuerCentre - 30, ruleY, issuerCentre + 30, ruleY, stroke: ink, width: 0.6)
            issuerBottom = ruleY
        }
        // Right: the national name and the motto.
        let mottoWidth = contentWidth - issuerWidth
        let mottoCentre = left + issuerWidth + mottoWidth / 2
        let nation = TextFit.fit(report.nation, maxWidth: mottoWidth, maxLines: 1, sizes: [11, 10.5, 10, 9.5], bold: true)
        out += text(nation.lines.first ?? "", x: mottoCentre, y: top + nation.size, size: nation.size, bold: true, fill: ink, anchor: "middle")
        let motto = TextFit.fit(report.motto, maxWidth: mottoWidth, maxLines: 1, sizes: [12, 11.5, 11, 10.5], bold: true)
        let mottoY = top + nation.size * 1.3 + motto.size
        out += text(motto.lines.first ?? "", x: mottoCentre, y: mottoY, size: motto.size, bold: true, fill: ink, anchor: "middle")
        let mottoLine = TextFit.width(motto.lines.first ?? "", size: motto.size, bold: true) / 2
        out += line(mottoCentre - mottoLine, mottoY + 4, mottoCentre + mottoLine, mottoY + 4, stroke: ink, width: 0.6)

        // The document's kind, title, campaign and reference, centred.
        var y = max(issuerBottom, mottoY + 4) + 30
        let centre = left + contentWidth / 2
        out += text(report.heading, x: centre, y: y, size: 13, bold: true, fill: ink, anchor: "middle")
        y += 4
        for (content, size, bold, italic) in [(report.title, 12.0, true, false), (report.campaignTitle, 10.5, true, false)]
            + (report.reference.map { [($0, 10.0, false, true)] } ?? []) {
            for line in TextFit.wrap(content, maxWidth: contentWidth - 40, size: size, bold: bold) {
                y += size * 1.35
                out += text(line, x: centre, y: y, size: size, bold: bold, italic: italic, fill: ink, anchor: "middle")
            }
        }
        return (out, y + 16)
    }
}
