/// The share cards of a campaign's pages and the sentences that go with
/// them (og:description), written from the ranked data.
///
/// A card shows only what is about its page, so that changing one unit's
/// figures changes only the cards that show them: a unit card scales its
/// bar on its own value and target, the home card on the leaders shown.
extension CampaignPages {
    /// The indicator a card of a unit in `group` is about: the first ranking
    /// indicator, else the first with a target for the group, else the first.
    func cardIndicator(group: String) -> Int? {
        if let k = ChartStage.headlineIndicator(campaign) { return k }
        return campaign.indicators.firstIndex { $0.target.target(for: group) != nil }
            ?? (campaign.indicators.isEmpty ? nil : 0)
    }

    func blankCard(title: String, description: String) -> ShareCard {
        ShareCard(siteTitle: context.settings.title, sample: campaign.sample ? context.t("card_sample") : nil,
                  eyebrow: campaign.title, title: title, badge: nil, headline: nil, caption: nil, visual: .none,
                  footer: asOfText, address: context.address, description: description)
    }

    /// "Đạt chỉ tiêu ≥ 50,0%" / "Chưa đạt chỉ tiêu ≥ 50,0%", or "".
    func statusText(_ check: TargetCheck?, _ indicator: Indicator) -> String {
        guard let check else { return "" }
        let k = campaign.indicators.firstIndex { $0.id == indicator.id } ?? check.indicator
        return context.t(check.met ? "card_met" : "card_not_met", ["target": rules.goal(check.goal, indicator: k)])
    }

    /// A unit's card: its rank, the headline indicator against its target.
    func unitCard(_ standing: Standing) -> (card: ShareCard, text: String) {
        let unit = campaign.units[standing.unit]
        // The counts come from the scopes: filtering every standing once per
        // unit cost a national build seconds.
        let ranked = result.scopes.ranked
        var note: String?
        if let rank = standing.groupRank, campaign.hasGroups {
            let inGroup = result.scopes.rankedInGroup[standing.group] ?? 0
            note = context.t("card_rank_group", ["rank": format.count(rank), "total": format.count(inGroup)])
        } else if standing.rank == nil {
            note = context.t("not_ranked")
        }
        let rankText = standing.rank.map { format.count($0) + "/" + format.count(ranked) } ?? NumberFormat.missing
        var sentences = [standing.rank.map {
            context.t("unit_summary", ["unit": unit.name, "rank": format.count($0), "total": format.count(ranked)])
        } ?? context.t("unit_summary_unranked", ["unit": unit.name])]
        var card = blankCard(title: unit.name, description: "")
        card.badge = ShareCard.Badge(label: context.t("card_rank"), value: rankText, note: note)
        if let k = cardIndicator(group: unit.group) {
            let indicator = campaign.indicators[k]
            let value = standing.values[k]
            let check = standing.targetsMet.first { $0.indicator == k }
            let status = statusText(check, indicator)
            card.headline = ShareCard.Headline(label: indicator.name, value: format.value(value, as: indicator.format),
                                               status: status, met: check?.met)
            // The scale: zero to the larger of the value and the target (100 % for rates).
            let target = check?.target?.value
            let low = min(0, value ?? 0, target ?? 0)
            var high = max(0, value ?? 0, target ?? 0) * (indicator.format == .percent ? 1 : 1.15)
            if indicator.format == .percent { high = max(high, 1) }
            if high - low < 1e-12 { high = low + 1 }
            func position(_ v: Double?) -> Double? { v.map { ($0 - low) / (high - low) } }
            card.visual = .bullet(value: position(value), target: position(target),
                                  targetText: check.flatMap { check in
                                      check.target.map { context.t("target") + " " + format.target($0, as: indicator.format) } },
                                  met: check?.met)
            sentences.append(indicator.name + ": " + format.value(value, as: indicator.format)
                             + (status.isEmpty ? "" : " — " + lowerFirst(status)) + ".")
        }
        sentences.append(asOfText + ".")
        card.description = sentences.joined(separator: " ")
        return (card, card.description)
    }

    /// The campaign home's card: how many meet the target and the leaders.
    func homeCard() -> (card: ShareCard, text: String) {
        var card = blankCard(title: campaign.title, description: "")
        card.eyebrow = campaign.issuer ?? context.settings.organization ?? ""
        var sentences: [String] = []
        let k = campaign.ranking.leadsWithScore ? nil : cardIndicator(group: campaign.groups.first?.id ?? "")
        if let k, let ring = charts.rings[k] {
            card.badge = ShareCard.Badge(label: context.t("card_meeting"), value: "\(ring.count)/\(ring.total)", note: nil)
            sentences.append(context.t("meeting_target", ["count": String(ring.count), "total": String(ring.total)])
                             + " — " + campaign.indicators[k].name + ".")
        } else {
            card.badge = ShareCard.Badge(label: context.t("card_units"), value: format.integer(Double(campaign.units.count)), note: nil)
        }
        let leaders = Array(result.current.filter(\.isRanked).prefix(3))
        if let k {
            let indicator = campaign.indicators[k]
            let shown = leaders.compactMap { $0.values[k] }
            let target = indicator.target.target(for: campaign.groups.first?.id ?? "")
            let high = max(shown.max() ?? 0, campaign.groups.count == 1 ? target?.value ?? 0 : 0, 1e-12)
            card.caption = indicator.name
            card.visual = .bars(leaders.map { standing in
                let value = standing.values[k]
                return ShareCard.Bar(label: "\(standing.rank ?? 0). " + campaign.units[standing.unit].name,
                                     valueText: format.short(value, as: indicator.format),
                                     fraction: max(0, (value ?? 0) / high),
                                     met: standing.targetsMet.first { $0.indicator == k }?.met)
            })
            if let first = leaders.first {
                sentences.append(context.t("card_leader", ["unit": campaign.units[first.unit].name,
                                                           "value": format.value(first.values[k], as: indicator.format)]))
            }
        } else if campaign.ranking.leadsWithScore {
            card.caption = context.t("score")
            card.visual = .bars(leaders.map { standing in
                ShareCard.Bar(label: "\(standing.rank ?? 0). " + campaign.units[standing.unit].name,
                              valueText: standing.score.map(format.score) ?? NumberFormat.missing,
                              fraction: (standing.score ?? 0) / 100, met: nil)
            })
            if let first = leaders.first, let score = first.score {
                sentences.append(context.t("card_leader_score", ["unit": campaign.units[first.unit].name,
                                                           "score": format.score(score)]))
            }
        }
        sentences.append(asOfText + ".")
        card.description = sentences.joined(separator: " ")
        return (card, card.description)
    }

    /// The plan page's card: the campaign, who issued it and its period —
    /// no figures, so it changes only when the plan does.
    func planCard() -> (card: ShareCard, text: String) {
        var card = blankCard(title: campaign.title, description: "")
        card.eyebrow = campaign.issuer ?? context.settings.organization ?? ""
        card.footer = periodText()
        let days = campaign.period.end.ordinal - campaign.period.start.ordinal + 1
        card.badge = ShareCard.Badge(label: context.t("card_period"), value: format.integer(Double(days)),
                                     note: context.t("card_days"))
        let lines = [documentText, context.t("plan_text")].compactMap { $0 }
        card.visual = .lines(lines.map { ShareCard.Line(text: $0, figure: "") })
        card.description = ([campaign.title, campaign.issuer, documentText].compactMap { $0 } + [periodText()])
            .joined(separator: ". ") + "."
        return (card, card.description)
    }

    /// An indicator page's card: how many meet the target, and a histogram.
    func indicatorCard(_ k: Int) -> (card: ShareCard, text: String) {
        let indicator = campaign.indicators[k]
        let chart = charts.distributions[k]
        var card = blankCard(title: indicator.name, description: chart.description)
        let values = result.current.compactMap { $0.values[k] }
        if let ring = charts.rings[k] {
            card.badge = ShareCard.Badge(label: context.t("card_meeting"), value: "\(ring.count)/\(ring.total)", note: nil)
        } else {
            card.badge = ShareCard.Badge(label: context.t("card_reported"), value: format.integer(Double(values.count)), note: nil)
        }
        var shared: Target?
        if case .all(let goal) = indicator.target { shared = goal.threshold }
        // The chart's axis: round ends around the values and the target.
        let axis = chart.axis
        let count = 24
        var bins = [ShareCard.Bin](repeating: ShareCard.Bin(), count: count)
        for standing in result.current {
            guard let value = standing.values[k] else { continue }
            let i = min(count - 1, max(0, Int(axis.fraction(value) * Double(count))))
            switch standing.targetsMet.first(where: { $0.indicator == k })?.met {
            case true?: bins[i].met += 1
            case false?: bins[i].missed += 1
            case nil: bins[i].neutral += 1
            }
        }
        card.caption = context.t("card_distribution", ["count": format.integer(Double(values.count))])
        let ticks = zip(axis.ticks, chart.tickTexts).map { ShareCard.Tick(position: axis.fraction($0), text: $1) }
        card.visual = .histogram(bins: bins, target: shared.map { axis.fraction($0.value) },
                                 targetText: shared.map { context.t("target") + " " + format.target($0, as: indicator.format) },
                                 ticks: ticks)
        card.description = chart.description + " " + asOfText + "."
        return (card, card.description)
    }

    /// The awards page's card: how many units are eligible for proposal for
    /// each award that a rule computes (a `decided` award has no proposals).
    func awardsCard() -> (card: ShareCard, text: String) {
        var card = blankCard(title: context.t("awards"), description: "")
        let eligible = result.current.filter { !$0.awards.isEmpty }.count
        card.badge = ShareCard.Badge(label: context.t("card_eligible"), value: format.integer(Double(eligible)),
                                     note: context.t("card_units_note"))
        let listed = campaign.awards.enumerated().filter { $0.element.require != .decided }
        let lines = listed.map { index, award in
            // Two awards of one name (Đắk Nông's, one per group) would be two
            // identical lines: the groups each is limited to tell them apart.
            let twin = listed.contains { $0.offset != index && $0.element.name == award.name }
            let groups = twin ? (award.groups ?? []).compactMap { campaign.group($0)?.name } : []
            return ShareCard.Line(text: groups.isEmpty ? award.name : award.name + " — " + groups.joined(separator: ", "),
                                  figure: context.t("units_count", [
                "count": format.integer(Double(result.current.filter { $0.awards.contains(index) }.count))]))
        }
        card.visual = .lines(Array(lines.prefix(4)))
        card.description = lines.map { $0.text + ": " + $0.figure }.joined(separator: "; ") + ". " + asOfText + "."
        return (card, card.description)
    }
}
