/// Awards as readers see them: who is eligible for proposal by the plan's
/// rules ("đủ điều kiện đề xuất") apart from what was granted by a
/// decision (`awards.csv`). Nothing is called granted without a grant row.

/// One award: its rule, the plan's words, the proposals and the grants.
struct AwardSummary {
    var name: String
    /// The rule in words: requirement, top N per scope, groups.
    var rule: String
    /// `criteria:`: the plan's own words, when given.
    var criteria: String?
    /// `require: decided`: no rule, only decisions; no proposals are listed.
    var decided: Bool
    /// How many units are eligible for proposal ("3 đơn vị"); nil for a decided award.
    var count: String?
    /// The units eligible for proposal, in leaderboard order.
    var winners: [Link]
    /// The units granted the award (or whose people were), in awards.csv order.
    var grants: [GrantEntry]
    /// How many grant rows ("2 lượt"); nil when nothing was granted.
    var grantCount: String?
}

/// A unit's grants of one award: the unit's own, and its people's beneath it.
struct GrantEntry {
    var unit: Link
    /// The decision and date of the unit's own grant, or a note that only
    /// people of the unit were granted; nil for a unit grant without either.
    var note: String?
    var people: [PersonGrant]
}

/// An individual granted an award, under their unit.
struct PersonGrant {
    var name: String
    /// "Quyết định số 12/QĐ-UBND ngày 15/01/2025", when given.
    var decision: String?
}

struct AwardsPage {
    var layout: Layout
    var title: String
    var asOf: String
    var awards: [AwardSummary]
    var hasAwards: Bool
}

extension CampaignPages {
    /// An award's rule in words: its requirement, "among the top N of each
    /// group", the groups it is limited to.
    func awardRule(_ award: Award) -> String {
        var parts: [String] = []
        let requirement = rules.requirement(award)
        if !requirement.isEmpty { parts.append(requirement) }
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
            parts.append(context.t("award_groups", ["groups": groups.compactMap { campaign.group($0)?.name }.joined(separator: ", ")]))
        }
        return parts.isEmpty ? context.t("award_rule_everyone") : parts.joined(separator: "; ")
    }

    func awardSummaries() -> [AwardSummary] {
        campaign.awards.enumerated().map { index, award in
            let decided = award.require == .decided
            let winners = result.current.filter { $0.awards.contains(index) }.map { standing in
                Link(text: campaign.units[standing.unit].name, url: unitURL(standing.unit))
            }
            let granted = campaign.grants.filter { $0.award == index }
            return AwardSummary(
                name: award.name, rule: awardRule(award), criteria: award.criteria.flatMap(nonEmpty), decided: decided,
                count: decided ? nil : context.t("units_count", ["count": format.count(winners.count)]),
                winners: winners, grants: grantEntries(granted),
                grantCount: granted.isEmpty ? nil : context.t("award_granted_count", ["count": format.count(granted.count)]))
        }
    }

    /// Grants of one award grouped by unit, units in order of their first row.
    func grantEntries(_ grants: [Grant]) -> [GrantEntry] {
        var order: [Int] = []
        for grant in grants where !order.contains(grant.unit) { order.append(grant.unit) }
        return order.map { u in
            let rows = grants.filter { $0.unit == u }
            let own = rows.first { $0.person == nil }
            let people = rows.compactMap { grant in
                grant.person.map { PersonGrant(name: $0, decision: decisionText(grant)) }
            }
            return GrantEntry(unit: Link(text: campaign.units[u].name, url: unitURL(u)),
                              note: own.map(decisionText) ?? context.t("grant_people_only"), people: people)
        }
    }

    /// "Quyết định số 12/QĐ-UBND ngày 15/01/2025", the number or the date
    /// alone, or nil when the row gives neither.
    func decisionText(_ grant: Grant) -> String? {
        switch (grant.decision, grant.date) {
        case let (decision?, date?): return context.t("grant_decision_date", ["decision": decision, "date": format.date(date)])
        case let (decision?, nil): return decision
        case let (nil, date?): return context.t("grant_date_only", ["date": format.date(date)])
        case (nil, nil): return nil
        }
    }

    /// A unit's grants in words, for its page: "Bằng khen — Nguyễn Văn A — Quyết định số … ngày …".
    func unitGrants(_ unit: Int) -> [String] {
        result.grants(of: unit).map { grant in
            var parts = [campaign.awards[grant.award].name]
            if let person = grant.person { parts.append(context.t("grant_person", ["person": person])) }
            if let decision = decisionText(grant) { parts.append(decision) }
            return parts.joined(separator: " — ")
        }
    }

    func awardsPage() -> AwardsPage {
        let awards = awardSummaries()
        return AwardsPage(layout: layout(title: context.t("awards") + " — " + campaign.title, description: asOfText),
                          title: campaign.title, asOf: asOfText, awards: awards, hasAwards: !awards.isEmpty)
    }
}
