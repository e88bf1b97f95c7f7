/// The campaign's totals at the pages' snapshot (the current one on the
/// home page; a period's in its official report), which lead its home page
/// ("Toàn tỉnh"): each indicator computed on the summed figures, the sums
/// of the figures the indicators use, and a line per group.
struct TotalsBlock {
    /// "Toàn tỉnh", "Tất cả đơn vị", or the campaign's `totals_label`.
    var name: String
    /// Which units and which date the totals are of, and how rates are taken.
    var intro: String
    /// Each indicator's total value.
    var figures: [Figure]
    /// The sums of the figures the indicators are computed from.
    var metrics: [Figure]
    /// One line per group (empty for a campaign without groups).
    var groupRows: [TotalsRow]
    /// The group table's caption.
    var groupCaption: String
    /// The group table's columns: the indicators' names.
    var groupHeaders: [String]
}

/// A group's line of the totals table.
struct TotalsRow {
    var name: String
    var cells: [String]
}

extension CampaignPages {
    /// The totals block at `snapshot` (the home page's at the current one);
    /// nil when the campaign has no totals.
    func totalsBlock() -> TotalsBlock? {
        guard result.totals.indices.contains(snapshot) else { return nil }
        let totals = result.totals[snapshot]
        // Counted in place: filtering would copy every standing of the snapshot.
        let all = standings
        var reported = 0
        for i in all.indices where all[i].reported { reported += 1 }
        let name = TotalsName.text(campaign, strings: context.strings)
        let values = { (figures: TotalFigures) in
            zip(self.campaign.indicators, figures.values).map { self.format.value($1, as: $0.format) }
        }
        let figures = zip(campaign.indicators, values(totals.all)).map { Figure(value: $1, label: $0.name) }
        let metrics = keyMetrics.map { m in
            Figure(value: format.value(totals.all.metrics[m], as: .number), label: campaign.metrics[m].name)
        }
        let rows = campaign.hasGroups
            ? zip(campaign.groups, totals.groups).map { TotalsRow(name: $0.name, cells: values($1)) } : []
        return TotalsBlock(
            name: name,
            intro: context.t("totals_intro", ["reported": format.count(reported), "total": format.count(campaign.units.count),
                                              "date": format.date(asOfDay)]),
            figures: figures, metrics: metrics, groupRows: rows,
            groupCaption: context.t("totals_groups_caption", ["name": name]),
            groupHeaders: campaign.indicators.map(\.name))
    }

    /// The summed metrics that some indicator's formula uses, in metric order.
    var keyMetrics: [Int] {
        let used = Set(campaign.indicators.flatMap { $0.formula.allMetrics })
        return campaign.metrics.indices.filter { used.contains($0) && campaign.metrics[$0].aggregate == .sum }
    }
}
