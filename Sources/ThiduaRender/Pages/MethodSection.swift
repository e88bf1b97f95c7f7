/// "Cách tính xếp hạng": the campaign's rules in plain words on the plan
/// page, enough for a reader to check any rank by hand — each indicator's
/// formula and target, the score, the order of the keys and ties, what
/// "chưa có số liệu" means, and the award conditions.
struct MethodSection {
    /// The section's id on the plan page, linked from the campaign home.
    static let anchor = "cach-tinh"

    var anchor: String
    var intro: String
    /// Each indicator: its formula, target and weight.
    var indicators: [MethodItem]
    /// What "hoặc" and "(mức minh hoạ)" in the targets mean, when used.
    var targetNotes: [String]
    /// The score's formula and attainment; empty when the score is not a ranking key.
    var score: [String]
    /// The score worked out for one unit; nil when the score is not a ranking key.
    var example: MethodItem?
    var orderIntro: String
    /// The ranking keys in the order they are compared.
    var keys: [String]
    /// Tolerance, ties, display order, groups and brackets.
    var orderNotes: [String]
    /// Who is not ranked, and why.
    var noData: [String]
    /// Each award and its condition.
    var awards: [MethodItem]
    var awardNotes: [String]
}

/// A named rule and its sentences.
struct MethodItem {
    var name: String
    var lines: [String]
}

extension CampaignPages {
    func methodSection() -> MethodSection {
        let keys = campaign.ranking.keys
        let usesScore = campaign.ranking.usesScore
        let indicators = campaign.indicators.enumerated().map { k, indicator -> MethodItem in
            var lines: [String] = []
            let formula = rules.expression(indicator.formula)
            switch indicator.format {
            case .percent: lines.append(context.t("method_formula_percent", ["formula": formula]))
            case .points: lines.append(context.t("method_formula_points", ["formula": formula]))
            case .number, .money: lines.append(context.t("method_formula", ["formula": formula]))
            }
            let target = targetSummary(indicator)
            lines.append(target.isEmpty ? context.t("method_no_target") : context.t("method_target", ["target": target]))
            if indicator.better == .lower { lines.append(context.t("method_better_lower")) }
            if usesScore {
                lines.append(indicator.weight > 0 ? context.t("method_weight", ["weight": format.number(indicator.weight)])
                                                  : context.t("method_weight_zero"))
            }
            return MethodItem(name: indicator.name, lines: lines)
        }
        let goals = campaign.indicators.flatMap { indicator -> [Goal] in
            switch indicator.target {
            case .none: return []
            case .all(let goal): return [goal]
            case .perGroup(let map): return campaign.groups.compactMap { map[$0.id] }
            }
        }
        var targetNotes: [String] = []
        if goals.contains(where: { $0.threshold != nil && $0.condition != nil }) { targetNotes.append(context.t("method_target_or")) }
        if goals.contains(where: { $0.threshold == nil && $0.condition != nil }) { targetNotes.append(context.t("method_target_when")) }
        if goals.contains(where: \.illustrative) { targetNotes.append(context.t("method_illustrative")) }

        var score: [String] = []
        if usesScore {
            let weighted = campaign.indicators.filter { $0.weight > 0 }
                .map { context.t("method_weighted", ["indicator": $0.name, "weight": format.number($0.weight)]) }
            score = [context.t("method_score_formula", ["indicators": weighted.joined(separator: "; ")]),
                     context.t("method_attainment")]
        }

        let keyTexts = keys.map { key -> String in
            switch key {
            case .score: return context.t("method_key_score")
            case .indicator(let k):
                let indicator = campaign.indicators[k]
                return context.t(indicator.better == .higher ? "method_key_higher" : "method_key_lower", ["indicator": indicator.name])
            }
        }
        var orderNotes = [context.t(keys.count > 1 ? "method_keys_in_order" : "method_precision"), context.t("method_ties")]
        if campaign.hasGroups { orderNotes.append(context.t("method_groups")) }
        for group in campaign.groups {
            guard let brackets = group.brackets else { continue }
            let labels = (0...brackets.bounds.count).map { brackets.label($0, format: format) }
            orderNotes.append(context.t("method_brackets", [
                "group": group.name, "metric": lowerFirst(campaign.metrics[brackets.metric].name),
                "brackets": labels.joined(separator: "; ")]))
        }

        var noData = [context.t("method_no_row", ["date": format.date(asOfDay)])]
        let indicatorKeys = campaign.ranking.indicatorKeys
        if indicatorKeys.count == 1 {
            noData.append(context.t("method_no_value", ["indicator": campaign.indicators[indicatorKeys[0]].name]))
        } else if indicatorKeys.count > 1 {
            // Names hold commas ("phí, lệ phí"): a semicolon between them.
            noData.append(context.t("method_no_value_any", [
                "indicators": indicatorKeys.map { campaign.indicators[$0].name }.joined(separator: "; ")]))
        }

        let awards = campaign.awards.map { MethodItem(name: $0.name, lines: [awardRule($0)]) }
        var awardNotes: [String] = []
        if !awards.isEmpty { awardNotes.append(context.t("method_awards_proposal")) }
        if campaign.awards.contains(where: { $0.top != nil }) { awardNotes.append(context.t("method_award_top")) }
        if campaign.awards.contains(where: { $0.require == .decided }) { awardNotes.append(context.t("method_award_decided")) }

        return MethodSection(
            anchor: MethodSection.anchor, intro: context.t("method_intro"), indicators: indicators,
            targetNotes: targetNotes, score: score, example: scoreExample(),
            orderIntro: context.t(keys.count > 1 ? "method_order_keys" : "method_order_key"), keys: keyTexts,
            orderNotes: orderNotes, noData: noData, awards: awards, awardNotes: awardNotes)
    }
}
