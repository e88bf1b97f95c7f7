/// A worked example of the score on the plan page: one ranked unit's
/// attainment of each weighted indicator and the sum that gives its score,
/// with the unit's own figures, so that a reader can redo it by hand.
extension CampaignPages {
    /// The example unit: the best-ranked unit that misses a weighted target
    /// (its attainments are not all 1), else the best-ranked unit; nil when
    /// the score is not a ranking key or nobody is ranked.
    func scoreExample() -> MethodItem? {
        guard campaign.ranking.usesScore, campaign.indicators.contains(where: { $0.weight > 0 }) else { return nil }
        let ranked = result.current.filter { $0.isRanked && $0.score != nil }
        let weighted = campaign.indicators.indices.filter { campaign.indicators[$0].weight > 0 }
        func missesOne(_ standing: Standing) -> Bool {
            weighted.contains { k in standing.targetsMet.first { $0.indicator == k }?.met == false }
        }
        guard let standing = ranked.first(where: missesOne) ?? ranked.first, let score = standing.score,
              let rank = standing.rank else { return nil }
        var lines: [String] = []
        var terms: [String] = []
        for k in weighted {
            let indicator = campaign.indicators[k]
            let check = standing.targetsMet.first { $0.indicator == k }
            let value = standing.values[k]
            let a = Score.attainment(value: value, goal: check?.goal, met: check?.met ?? false, better: indicator.better)
            let aText = attainmentText(a)
            lines.append(attainmentLine(indicator, value: value, check: check, attainment: aText))
            terms.append(format.number(indicator.weight) + " × " + aText)
        }
        let weights = weighted.map { format.number(campaign.indicators[$0].weight) }
        lines.append(context.t("method_example_score", [
            "terms": terms.joined(separator: " + "), "weights": weights.joined(separator: " + "),
            "score": format.score(score)]))
        return MethodItem(name: context.t("method_example", ["unit": campaign.units[standing.unit].name,
                                                             "rank": format.count(rank)]),
                          lines: lines)
    }

    /// 1 and 0 as they are, else 0,984; 0,999999 for an unmet target a hair
    /// short of 1 (never rounded up to look met).
    private func attainmentText(_ a: Double) -> String {
        if a == 0 || a == 1 { return format.number(a) }
        return a >= 0.9995 ? format.decimal(Score.unmetCeiling, decimals: 6) : format.decimal(a, decimals: 3)
    }

    /// "Tỷ lệ …: 93,5% / 95,0% → 0,984 (chưa đạt chỉ tiêu)" and the like.
    private func attainmentLine(_ indicator: Indicator, value: Double?, check: TargetCheck?, attainment: String) -> String {
        var values = ["indicator": indicator.name, "a": attainment]
        guard let check else {
            guard let value else { return context.t("method_example_no_value", values) }
            values["value"] = format.value(value, as: indicator.format)
            return context.t("method_example_no_target", values)
        }
        if check.met { return context.t("method_example_met", values) }
        guard let value else { return context.t("method_example_no_value", values) }
        guard let threshold = check.goal.threshold,
              indicator.better == .higher ? threshold.value > 0 : value != 0 else {
            return context.t("method_example_unmet", values)
        }
        let shown = format.value(value, as: indicator.format)
        var target = format.value(threshold.value, as: indicator.format)
        if indicator.format == .points, target.hasPrefix("+") { target.removeFirst() }
        values["ratio"] = indicator.better == .higher ? shown + " / " + target : target + " / " + shown
        return context.t("method_example_ratio", values)
    }
}
