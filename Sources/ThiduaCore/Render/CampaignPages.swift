/// Builds the page models of one campaign from its ranked result.
struct CampaignPages {
    var context: PageContext
    var result: CampaignResult
    var charts: CampaignCharts

    var campaign: Campaign { result.campaign }
    var format: NumberFormat { context.format }
    var campaignURL: String { context.url(campaign.slug + "/") }
    var asOfDay: Day { campaign.snapshots[campaign.current].date }

    func crumbs() -> [Link] {
        [Link(text: context.t("home"), url: context.root), Link(text: campaign.title, url: campaignURL)]
    }

    func status() -> String {
        let left = campaign.period.end.ordinal - asOfDay.ordinal
        if asOfDay < campaign.period.start { return context.t("not_started") }
        return left > 0 ? context.t("days_left", ["days": String(left)]) : context.t("campaign_ended")
    }

    func card() -> CampaignCard {
        CampaignCard(
            title: campaign.title, url: campaignURL, issuer: campaign.issuer, period: periodText(),
            asOf: context.t("as_of", ["date": format.date(asOfDay)]),
            units: context.t("units_count", ["count": format.integer(Double(campaign.units.count))]),
            status: status(), sample: campaign.sample)
    }

    func periodText() -> String {
        context.t("period", ["start": format.date(campaign.period.start), "end": format.date(campaign.period.end)])
    }

    func leaderboard() -> LeaderboardPage {
        let standings = result.current
        let meetingAll = standings.filter { $0.reported && !$0.targetsMet.isEmpty && $0.meetsAllTargets }.count
        var figures = [
            Figure(value: format.integer(Double(campaign.units.count)), label: context.t("unit")),
            Figure(value: format.date(asOfDay), label: context.t("as_of", ["date": ""]).trimmingCharacters(in: .whitespaces)),
            Figure(value: status(), label: periodText()),
        ]
        if campaign.indicators.contains(where: { $0.target != .none }) {
            figures.insert(Figure(value: "\(meetingAll)/\(campaign.units.count)",
                                  label: context.t("meeting_all", ["count": String(meetingAll), "total": String(campaign.units.count)])), at: 1)
        }
        let groups = campaign.groups.map { group -> GroupSection in
            let rows = standings.filter { $0.group == group.id }.map(row)
            return GroupSection(name: group.name, hasName: !group.name.isEmpty,
                                chart: charts.groupBars[group.id]?.svg() ?? "", rows: rows)
        }.filter { !$0.rows.isEmpty }
        let columns = campaign.indicators.map { indicator in
            ColumnHeader(name: indicator.name, target: targetSummary(indicator))
        }
        let awards = campaign.awards.enumerated().map { index, award in
            let winners = standings.filter { $0.awards.contains(index) }.map { standing in
                Link(text: campaign.units[standing.unit].name, url: unitURL(standing.unit))
            }
            return AwardSummary(name: award.name, rule: awardRule(award),
                                count: context.t("award_eligible_count", ["count": String(winners.count)]), winners: winners)
        }
        return LeaderboardPage(
            layout: context.layout(title: campaign.title,
                                   description: context.t("as_of", ["date": format.date(asOfDay)]) + ". " + campaign.title,
                                   sample: campaign.sample, breadcrumbs: [Link(text: context.t("home"), url: context.root)]),
            title: campaign.title, issuer: campaign.issuer, document: campaign.document, period: periodText(),
            asOf: context.t("as_of", ["date": format.date(asOfDay)]), figures: figures, groups: groups,
            columns: columns, hasBrackets: campaign.hasBrackets, hasGroups: campaign.groups.count > 1,
            byScore: campaign.ranking == .score, awards: awards, hasAwards: !awards.isEmpty,
            planURL: campaignURL + "ke-hoach/", jsonURL: campaignURL + "data/leaderboard.json",
            csvURL: campaignURL + "data/leaderboard.csv")
    }

    func unitURL(_ unit: Int) -> String { context.url(OpenData.unitPath(campaign, campaign.units[unit])) }

    func targetSummary(_ indicator: Indicator) -> String {
        switch indicator.target {
        case .none: return ""
        case .all(let target): return format.target(target, as: indicator.format)
        case .perGroup(let map):
            return campaign.groups.compactMap { group in
                map[group.id].map { "\(group.name): \(format.target($0, as: indicator.format))" }
            }.joined(separator: "; ")
        }
    }

    func awardRule(_ award: Award) -> String {
        var parts: [String] = []
        if award.require == .allTargets { parts.append(context.t("award_rule_all_targets")) }
        if let top = award.top {
            let scope: String
            switch award.per {
            case .group: scope = context.t("award_per_group")
            case .bracket: scope = context.t("award_per_bracket")
            case .all: scope = context.t("award_per_all")
            }
            parts.append(context.t("award_rule_top", ["top": String(top)]) + " " + scope)
        }
        if let groups = award.groups {
            parts.append(groups.compactMap { campaign.group($0)?.name }.joined(separator: ", "))
        }
        return parts.joined(separator: "; ")
    }

    func cells(_ standing: Standing) -> [Cell] {
        campaign.indicators.enumerated().map { k, indicator in
            let check = standing.targetsMet.first { $0.indicator == k }
            return Cell(text: format.value(standing.values[k], as: indicator.format), hasTarget: check != nil,
                        met: check?.met ?? false,
                        statusText: check.map { $0.met ? context.t("met") : context.t("not_met") } ?? "")
        }
    }

    func row(_ standing: Standing) -> Row {
        let unit = campaign.units[standing.unit]
        return Row(
            rank: standing.rank.map(String.init) ?? "—", name: unit.name, url: unitURL(standing.unit),
            groupRank: standing.groupRank.map(String.init) ?? "—",
            bracket: OpenData.bracketLabel(standing, campaign, format) ?? "",
            cells: cells(standing), score: standing.score.map { format.decimal($0, decimals: 1) } ?? "",
            awards: standing.awards.map { campaign.awards[$0].name }.joined(separator: "; "))
    }

    func unitPage(_ standing: Standing) -> UnitPage {
        let unit = campaign.units[standing.unit]
        let ranked = result.current.filter(\.isRanked)
        let inGroup = ranked.filter { $0.group == standing.group }
        var ranks: [Figure] = []
        if let rank = standing.rank {
            ranks.append(Figure(value: context.t("rank_of", ["rank": String(rank), "total": String(ranked.count)]),
                                label: context.t("rank_overall")))
        }
        if let rank = standing.groupRank, campaign.groups.count > 1 {
            ranks.append(Figure(value: context.t("rank_of", ["rank": String(rank), "total": String(inGroup.count)]),
                                label: context.t("rank_group")))
        }
        if let rank = standing.bracketRank, let label = OpenData.bracketLabel(standing, campaign, format) {
            let total = inGroup.filter { $0.bracket == standing.bracket }.count
            ranks.append(Figure(value: context.t("rank_of", ["rank": String(rank), "total": String(total)]),
                                label: context.t("rank_bracket") + " (" + label + ")"))
        }
        let indicators = zip(campaign.indicators, cells(standing)).map { indicator, cell in
            IndicatorLine(name: indicator.name, value: cell.text,
                          target: indicator.target.target(for: unit.group).map { format.target($0, as: indicator.format) } ?? "",
                          hasTarget: cell.hasTarget, met: cell.met, statusText: cell.statusText)
        }
        let history = campaign.snapshots.indices.map { s -> HistoryRow in
            let values = result.values[s][standing.unit]
            let rank = result.standing(of: standing.unit, at: s)?.rank
            return HistoryRow(date: format.date(campaign.snapshots[s].date), rank: rank.map(String.init) ?? "—",
                              cells: zip(campaign.indicators, values).map { format.value($1, as: $0.format) })
        }
        let summary = standing.rank.map {
            context.t("unit_summary", ["unit": unit.name, "rank": String($0), "total": String(ranked.count)])
        } ?? context.t("unit_summary_unranked", ["unit": unit.name])
        return UnitPage(
            layout: context.layout(title: unit.name + " — " + campaign.title, description: summary,
                                   sample: campaign.sample, breadcrumbs: crumbs()),
            name: unit.name, groupName: campaign.group(unit.group)?.name ?? "", campaignTitle: campaign.title,
            campaignURL: campaignURL, summary: summary, ranks: ranks,
            score: standing.score.map { format.decimal($0, decimals: 1) }, indicators: indicators,
            historyHeaders: campaign.indicators.map(\.name), history: history,
            awards: standing.awards.map { campaign.awards[$0].name }, hasAwards: !standing.awards.isEmpty,
            asOf: context.t("as_of", ["date": format.date(asOfDay)]))
    }

    func planPage() -> PlanPage {
        PlanPage(
            layout: context.layout(title: context.t("plan") + " — " + campaign.title, description: campaign.title,
                                   sample: campaign.sample, breadcrumbs: crumbs()),
            title: campaign.title, issuer: campaign.issuer, document: campaign.document,
            html: Markdown.html(campaign.body), campaignURL: campaignURL)
    }
}

import Foundation
