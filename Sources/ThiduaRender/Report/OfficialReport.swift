/// The official report of a campaign at one snapshot ("Báo cáo kết quả thi
/// đua, số liệu đến ngày …"): the texts of its heading, its tables and its
/// charts, taken from the page models the leaderboard pages use at that
/// snapshot (`CampaignPages.at(_:)`), before they are laid out on A4 pages
/// (`ReportDocument`).
struct OfficialReport {
    /// The issuer as the left block of an administrative document prints
    /// it, in capitals; nil when the plan names none.
    var issuer: String?
    /// "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" and "Độc lập - Tự do - Hạnh phúc".
    var nation: String
    var motto: String
    /// "BÁO CÁO".
    var heading: String
    /// "Kết quả thi đua, số liệu đến ngày 14/12/2024".
    var title: String
    var campaignTitle: String
    /// "(Theo Kế hoạch số 74/KH-UBND ngày 05/4/2024)"; nil when the plan
    /// has no number (a number is never made up).
    var reference: String?
    /// The illustrative-data banner, when the campaign's data is illustrative.
    var sample: String?
    /// "Số liệu đến ngày 14/12/2024", on every page.
    var asOf: String
    /// "Trang {page}/{pages}" with the placeholders left in.
    var pageNumber: String
    /// "(tiếp theo)", after the caption of a table continued from the page before.
    var continued: String
    /// What "✓" and "✗" mean, over a table too wide for the status in words.
    var metKey: String
    var missedKey: String
    /// The ranking tables (one per group), then the totals by group.
    var tables: [ReportTable]
    /// How the totals are taken, under the tables.
    var notes: [String]
    /// The ranked bars of each group at the snapshot.
    var charts: [RankedBarChart]
    /// The PDF's title: "Báo cáo kết quả thi đua, số liệu đến ngày 14/12/2024".
    var documentTitle: String
}

extension OfficialReport {
    /// Every text and figure the report's pages are drawn from, in one
    /// string: the key of its PDF in the cache (with the renderer's and
    /// thidua's identity), so that a report whose PDF is cached is neither
    /// laid out nor drawn again.
    var fingerprint: String {
        var out = [issuer ?? "", nation, motto, heading, title, campaignTitle, reference ?? "", sample ?? "", asOf,
                   pageNumber, continued, metKey, missedKey, documentTitle].joined(separator: "\u{1}")
        for table in tables {
            out += "\u{2}T" + (table.caption ?? "")
            for column in table.columns {
                out += "\u{3}" + column.name + "\u{1}" + (column.note ?? "") + "\u{1}\(column.align)\(column.wraps)"
            }
            for row in table.rows {
                out += row.total ? "\u{4}t" : "\u{4}"
                for cell in row.cells { out += "\u{3}" + cell.joined(separator: "\u{1}") }
            }
        }
        out += "\u{2}N" + notes.joined(separator: "\u{1}")
        // Charts are a few per report: their whole model as Swift prints it.
        for chart in charts { out += "\u{2}C" + String(reflecting: chart) }
        return out
    }
}

extension CampaignPages {
    /// The official report at `snapshot`; `bars` draws a group's ranked
    /// bars at it.
    /// A large campaign's report holds what its leaderboard page does (the
    /// best units, a line per group, the totals; no bars): every unit at
    /// every snapshot would be hundreds of pages a week, and is in the
    /// history files (`HistoryCSV`).
    func officialReport(bars: (Group) -> RankedBarChart?) -> OfficialReport {
        let date = format.date(asOfDay)
        let totals = totalsBlock()
        let sections = isCompact ? [] : campaign.groups.compactMap { group in groupSection(group).map { (group, $0) } }
        // The best units have no totals row (it would read as theirs): the totals table follows.
        var tables = isCompact ? [reportTable(topSection(), caption: topSection().name, total: nil), groupSummaryTable()] : []
        tables += sections.map { group, section in
            reportTable(section, caption: campaign.hasGroups ? section.name : nil,
                        total: totals.map { totals in
                            campaign.hasGroups
                                ? (context.t("report_group_total", ["name": group.name]),
                                   totals.groupRows[campaign.groups.firstIndex { $0.id == group.id } ?? 0].cells)
                                : (totals.name, totals.figures.map(\.value))
                        })
        }
        var notes: [String] = []
        // A snapshot where nobody is ranked (a baseline before any gain can be
        // measured) prints "—" in every rank cell: the report says why, as the
        // period's page does (its bars are titled as values, not a ranking).
        if !standings.contains(where: \.isRanked) { notes.append(context.t("period_unranked")) }
        if let totals {
            if campaign.hasGroups { tables.append(totalsTable(totals)) }
            notes.append(totals.intro)
        }
        return OfficialReport(
            issuer: campaign.issuer.map { $0.uppercased() },
            nation: context.t("report_nation"), motto: context.t("report_motto"),
            heading: context.t("report_heading"), title: context.t("report_title", ["date": date]),
            campaignTitle: campaign.title,
            reference: campaign.document.flatMap { DocumentReference($0).numbered }.map { context.t("report_reference", ["reference": $0]) },
            sample: campaign.sample ? context.t("sample_banner") : nil,
            asOf: asOfText, pageNumber: context.t("report_page"), continued: context.t("report_continued"),
            metKey: context.t("bars_key_met"), missedKey: context.t("bars_key_missed"),
            tables: tables, notes: notes, charts: isCompact ? [] : campaign.groups.compactMap(bars),
            documentTitle: context.t("report_document_title", ["date": date]))
    }

    /// A group's ranking table with the site's columns, in the site's order
    /// (`table.mustache`), from the same rows; `total` is the label and the
    /// indicator values (plan order) of its totals row.
    func reportTable(_ section: GroupSection, caption: String?, total: (label: String, values: [String])?) -> ReportTable {
        typealias Column = ReportTable.Column
        func header(_ h: ColumnHeader) -> Column {
            Column(name: h.name, note: h.target.map { context.t("target") + " " + $0 }, align: .right, wraps: false)
        }
        func status(_ cell: Cell) -> [String] { [cell.text] + (cell.hasTarget ? [cell.mark + " " + cell.statusText] : []) }
        var columns = [Column(name: context.t("rank"), align: .centre, wraps: false),
                       Column(name: context.t("unit"), align: .left, wraps: true, share: 0.14)]
        var cells: [(Row) -> [String]] = [{ [$0.rank] }, { [$0.name] }]
        if table.scoreFirst {
            columns.append(Column(name: context.t("score"), align: .right, wraps: false))
            cells.append { [$0.score] }
        }
        if let lead = section.lead {
            columns.append(header(lead))
            cells.append { $0.leadCell.map(status) ?? [] }
        }
        if table.hasChange {
            columns.append(Column(name: "±", align: .centre, wraps: false))
            cells.append { [$0.change] }
        }
        if table.hasGroups {
            columns.append(Column(name: section.otherRankHeader, align: .centre, wraps: false))
            cells.append { [$0.otherRank] }
        }
        if table.hasBrackets {
            columns.append(Column(name: context.t("bracket"), align: .left, wraps: false))
            cells.append { [$0.bracket] }
        }
        if table.scoreLater {
            columns.append(Column(name: context.t("score"), align: .right, wraps: false))
            cells.append { [$0.score] }
        }
        for (k, column) in section.columns.enumerated() {
            columns.append(header(column))
            cells.append { status($0.cells[k]) }
        }
        columns.append(Column(name: context.t("awards_column"), align: .left, wraps: true, share: 0.08))
        cells.append { $0.awards }
        var rows = section.rows.map { row in ReportTable.Row(cells: cells.map { $0(row) }) }
        if let total {
            // The totals go under their indicators: the leading one, then the others in plan order.
            let lead = campaign.ranking.leadingIndicator
            let order = (lead.map { [$0] } ?? []) + campaign.indicators.indices.filter { $0 != lead }
            var values = order.map { total.values[$0] }.makeIterator()
            let firstIndicator = 2 + (table.scoreFirst ? 1 : 0)
            let indicatorColumns = Set((section.lead == nil ? [] : [firstIndicator])
                + (columns.count - 1 - section.columns.count..<columns.count - 1))
            rows.append(ReportTable.Row(cells: columns.indices.map { c in
                c == 1 ? [total.label] : indicatorColumns.contains(c) ? [values.next() ?? ""] : []
            }, total: true))
        }
        return Self.unitsInHeaders(ReportTable(caption: caption, columns: columns, rows: rows), unit: format.pointsUnit)
    }

    /// The table with `unit` ("điểm phần trăm") said once in the header of
    /// each column whose every value carries it, as appendix tables print
    /// units, instead of in each cell (and in the target under the header):
    /// "+1,7 điểm phần trăm" took four lines of a narrow column.
    static func unitsInHeaders(_ table: ReportTable, unit: String) -> ReportTable {
        var table = table
        for c in table.columns.indices {
            let values = table.rows.compactMap { $0.cells[c].first }.filter { !$0.isEmpty }
            guard !values.isEmpty, values.allSatisfy({ $0.hasSuffix(unit) }) else { continue }
            table.columns[c].name += " (" + unit.trimmingCharacters(in: .whitespaces) + ")"
            if table.columns[c].note?.hasSuffix(unit) == true { table.columns[c].note?.removeLast(unit.count) }
            for r in table.rows.indices where table.rows[r].cells[c].first?.hasSuffix(unit) == true {
                table.rows[r].cells[c][0].removeLast(unit.count)
            }
        }
        return table
    }

    /// A large campaign's line per group, as its leaderboard page lists them.
    func groupSummaryTable() -> ReportTable {
        typealias Column = ReportTable.Column
        return ReportTable(caption: context.t("groups"), columns: [
            Column(name: context.t("group"), align: .left, wraps: true, share: 0.2),
            Column(name: context.t("units_label"), align: .right, wraps: false),
            Column(name: context.t("meeting_all_short"), align: .right, wraps: false),
            Column(name: context.t("leader"), align: .left, wraps: true, share: 0.2),
        ], rows: groupSummaries().map { ReportTable.Row(cells: [[$0.name], [$0.units], [$0.meetingAll], $0.leader.map { [$0.text] } ?? []]) })
    }

    /// The totals of every group and of the whole campaign, as the home page's totals table.
    func totalsTable(_ totals: TotalsBlock) -> ReportTable {
        let columns = [ReportTable.Column(name: context.t("group"), align: .left, wraps: true, share: 0.2)]
            + totals.groupHeaders.map { ReportTable.Column(name: $0, align: .right, wraps: false) }
        let rows = totals.groupRows.map { ReportTable.Row(cells: [[$0.name]] + $0.cells.map { [$0] }) }
            + [ReportTable.Row(cells: [[totals.name]] + totals.figures.map { [$0.value] }, total: true)]
        return ReportTable(caption: totals.groupCaption, columns: columns, rows: rows)
    }
}
