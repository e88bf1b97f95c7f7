/// `data/README.txt`: what each open-data file and column holds, how each
/// indicator is computed and where the figures come from, in the site's
/// language.
struct DataReadme {
    var pages: CampaignPages

    var campaign: Campaign { pages.campaign }
    func t(_ key: String, _ values: [String: String] = [:]) -> String { pages.context.t(key, values) }

    func text() -> String {
        let format = pages.format
        var lines: [String] = [campaign.title]
        let source = [campaign.issuer, pages.documentText].compactMap { $0 }.joined(separator: " — ")
        if !source.isEmpty { lines.append(source) }
        lines.append("")
        lines.append(t("readme_intro", ["site": pages.context.settings.title]))
        lines.append(pages.asOfText + ". " + pages.periodText() + ".")
        lines.append(t("readme_snapshots", ["dates": campaign.snapshots.map { format.date($0.date) }.joined(separator: ", ")]))
        if let baseline = campaign.baseline {
            lines.append(t("readme_baseline", ["date": format.date(campaign.snapshots[baseline].date)]))
        }
        if campaign.sample { lines.append(t("sample_banner")) }
        if let page = pages.context.absolute(pages.paths.home) { lines.append(t("readme_page", ["url": page])) }

        // One history file per group (`CampaignPaths.history`), named by the group's id.
        let split = campaign.hasGroups
        let history = split ? "history-<\(t("readme_group_id"))>.csv" : "history.csv"
        lines += ["", t("readme_files"),
                  "- leaderboard.json, leaderboard.csv: " + t("readme_leaderboard"),
                  "- \(history): " + t("readme_history") + (split ? " " + t("readme_history_split") : ""),
                  "", t("readme_format"), t("readme_csv_safety"), ""]

        lines.append(t("readme_columns", ["file": history]))
        let fixed: [(String, String)] = [
            ("date", "readme_col_date"), ("unit", "readme_col_unit"),
            ("bracket", "readme_col_bracket"), ("reported", "readme_col_reported"),
            ("rank", "readme_col_rank"), ("group_rank", "readme_col_group_rank"),
            ("bracket_rank", "readme_col_bracket_rank"), ("score", "readme_col_score"),
        ]
        for (column, key) in fixed { lines.append("- \(column): " + t(key)) }
        for metric in campaign.metrics {
            lines.append("- metric:\(metric.id): " + t("readme_col_metric", ["name": metric.name, "column": metric.column]))
        }
        for indicator in campaign.indicators {
            lines.append("- value:\(indicator.id): " + t("readme_col_value", ["name": indicator.name]))
        }
        for indicator in campaign.indicators where indicator.target != .none {
            lines.append("- target_met:\(indicator.id): " + t("readme_col_target_met", ["name": indicator.name]))
        }
        if campaign.hasGroups {
            lines += ["", t("readme_groups")]
            for group in campaign.groups { lines.append("- \(group.id): \(group.name)") }
        }

        lines += ["", t("readme_indicators")]
        for indicator in campaign.indicators {
            var parts = ["\(indicator.id) — \(indicator.name)", t("formula") + ": " + indicator.formulaText,
                         t("readme_format_" + indicator.format.rawValue),
                         t(indicator.better == .higher ? "readme_better_higher" : "readme_better_lower")]
            let target = pages.targetSummary(indicator)
            if !target.isEmpty { parts.append(t("target") + ": " + target) }
            lines.append("- " + parts.joined(separator: "; "))
        }
        lines += ["", t("readme_ranking")]
        return lines.joined(separator: "\n") + "\n"
    }
}
