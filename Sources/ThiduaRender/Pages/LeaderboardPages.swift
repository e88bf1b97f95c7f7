/// The campaign home, the group pages and the awards page.
extension CampaignPages {
    /// Above this many units (with groups), the home page lists groups and the
    /// top units instead of every unit, so it stays light on a phone.
    static let compactThreshold = 150
    static let topCount = 10

    var isCompact: Bool { campaign.hasGroups && campaign.units.count > Self.compactThreshold }

    func groupSummaries() -> [GroupSummary] {
        // Positions into the standings, read in place: every period page
        // summarises every group.
        let all = standings
        return campaign.groups.map { group in
            let members = scopes.members[group.id] ?? []
            let meeting = members.reduce(0) { count, p in
                count + (all[p].reported && !all[p].targetsMet.isEmpty && all[p].meetsAllTargets ? 1 : 0)
            }
            let leader = members.first { all[$0].isRanked }.map { Link(text: campaign.units[all[$0].unit].name, url: unitURL(all[$0].unit)) }
            return GroupSummary(name: group.name, url: isCurrent ? url(paths.group(group.id)) : nil,
                                units: format.integer(Double(members.count)),
                                meetingAll: "\(format.integer(Double(meeting)))/\(format.integer(Double(members.count)))",
                                leader: leader)
        }
    }

    func topSection() -> GroupSection {
        let rows = standings.prefix { $0.isRanked && ($0.rank ?? Int.max) <= Self.topCount }.map { row($0, inGroup: false) }
        let name = context.t("top_units", ["count": String(Self.topCount)])
        return GroupSection(name: name, url: nil, bars: nil, rows: Array(rows), lead: table.lead, columns: table.columns,
                            otherRankHeader: context.t("group_rank"), tableLabel: context.t("table_label", ["name": name]))
    }

    /// A group's table, in group order: the rank in the group first, the overall rank labelled as such.
    func groupSection(_ group: Group, highlight: Int? = nil) -> GroupSection? {
        let rows = members(of: group.id).map { row($0, highlight: highlight, inGroup: true) }
        guard !rows.isEmpty else { return nil }
        // The charts are of the current snapshot; a past period's pages hold tables only.
        let bars = isCurrent ? charts.groupBars[group.id].map { barList($0, downloadPath: paths.groupChart(group.id)) } : nil
        let name = group.name.isEmpty ? context.t("leaderboard") : group.name
        let headers = columnHeaders(group: group.id)
        // Group pages are of the current snapshot.
        let linked = campaign.hasGroups && isCurrent
        return GroupSection(name: name, url: linked ? url(paths.group(group.id)) : nil,
                            bars: bars, rows: rows, lead: headers.lead, columns: headers.columns,
                            otherRankHeader: context.t("overall_rank"),
                            tableLabel: context.t("table_label", ["name": name]))
    }

    func leaderboard() -> LeaderboardPage {
        let standings = result.current
        var reported = 0
        for i in standings.indices where standings[i].reported { reported += 1 }
        var figures = [
            Figure(value: format.integer(Double(campaign.units.count)), label: context.t("units_label")),
            Figure(value: status(), label: periodText()),
            Figure(value: format.date(asOfDay), label: context.t("as_of_label")),
        ]
        if reported < campaign.units.count {
            figures.append(Figure(value: "\(reported)/\(campaign.units.count)", label: context.t("reported_label")))
        }
        let rings = campaign.indicators.indices.compactMap { k -> RingFigure? in
            charts.rings[k].map { RingFigure(svg: $0.svg(), label: campaign.indicators[k].name + " — " + targetSummary(campaign.indicators[k]),
                                             url: url(paths.indicator(campaign.indicators[k].id))) }
        }
        let movers = Movement.movers(result)
        func mover(_ entry: (Int, Int)) -> Mover {
            let rank = result.standing(of: entry.0, at: campaign.current)?.rank
            return Mover(name: campaign.units[entry.0].name, url: unitURL(entry.0),
                         change: entry.1 > 0 ? "▲\(entry.1)" : "▼\(-entry.1)",
                         rank: rank.map { context.t("rank_short", ["rank": format.count($0)]) } ?? "")
        }
        // Improvement of a figure that is itself a gain over the baseline is
        // meaningless: prefer a ranking indicator, then any, that is not.
        let ranked = campaign.ranking.indicatorKeys
        let headline = (ranked + Array(campaign.indicators.indices)).first { !campaign.indicators[$0].formula.usesBaseline }
            ?? ChartStage.headlineIndicator(campaign) ?? 0
        let gains = campaign.indicators.isEmpty ? [] : History.mostImproved(result, indicator: headline)
        let gainTexts = campaign.indicators.isEmpty ? [] : signedChanges(gains.map(\.1), as: campaign.indicators[headline].format)
        let improved = zip(gains, gainTexts).map { gain, text in
            Mover(name: campaign.units[gain.0].name, url: unitURL(gain.0), change: text, rank: "")
        }
        let awards = awardSummaries()
        let folded = foldedHistory()
        let since = campaign.previous.map { context.t("movers_since", ["date": format.date(campaign.snapshots[$0].date)]) } ?? ""
        return LeaderboardPage(
            layout: layout(title: campaign.title, description: asOfText + ". " + campaign.title, crumbs: false, finder: true),
            title: campaign.title, issuer: campaign.issuer, document: documentText, period: periodText(),
            asOf: asOfText, figures: figures, rings: rings,
            groups: isCompact ? [] : campaign.groups.compactMap { groupSection($0) }, table: table,
            compact: isCompact, groupSummaries: isCompact ? groupSummaries() : [],
            top: isCompact ? topSection() : nil,
            moversUp: movers.up.map(mover), moversDown: movers.down.map(mover),
            hasMovers: !movers.up.isEmpty || !movers.down.isEmpty, moversSince: since,
            improved: improved,
            improvedTitle: campaign.indicators.isEmpty ? "" : context.t("most_improved", [
                "indicator": campaign.indicators[headline].name,
                "date": format.date(campaign.snapshots[campaign.baseline ?? 0].date)]),
            awards: awards, hasAwards: !awards.isEmpty, downloads: downloads(historyFolded: folded != nil), foldedHistory: folded, readme: readmeLink(),
            totals: totalsBlock(),
            methodURL: url(paths.plan) + "#" + MethodSection.anchor, periods: periodList(), report: reportLink())
    }

    /// The home page's downloads before the README: the leaderboard files
    /// and the history files, unless they are folded (`foldedHistory()`).
    func downloads(historyFolded: Bool) -> [Link] {
        [Link(text: context.t("download_csv"), url: url(paths.data + "leaderboard.csv")),
         Link(text: context.t("download_json"), url: url(paths.data + "leaderboard.json")),
        ] + (historyFolded ? [] : historyLinks())
    }

    /// More history files than `FoldedLinks.limit` (a national campaign has
    /// one per province): one item of the home's downloads that opens on the
    /// files, each named by its group, so that the list stays short on a phone.
    func foldedHistory() -> FoldedLinks? {
        guard campaign.hasGroups, campaign.groups.count > FoldedLinks.limit else { return nil }
        return FoldedLinks(
            summary: context.t("download_history_folded", ["count": format.integer(Double(campaign.groups.count))]),
            links: campaign.groups.map { group in
                Link(text: context.t("download_history_item", ["group": nonEmpty(group.name) ?? group.id]),
                     url: url(paths.history(group: group.id, of: campaign)))
            })
    }

    /// `data/README.txt`: what each file and column holds.
    func readmeLink() -> Link { Link(text: context.t("download_readme"), url: url(paths.data + "README.txt")) }

    /// The history files (`HistoryCSV`): one, or one per group.
    func historyLinks() -> [Link] {
        campaign.hasGroups ? campaign.groups.map { historyLink(group: $0.id) } : [historyLink(group: "")]
    }

    /// The history file that has the units of group `id`.
    func historyLink(group id: String) -> Link {
        let file = url(paths.history(group: id, of: campaign))
        guard campaign.hasGroups, let group = campaign.group(id) else { return Link(text: context.t("download_history"), url: file) }
        return Link(text: context.t("download_history_group", ["group": nonEmpty(group.name) ?? group.id]), url: file)
    }

    func groupPage(_ group: Group) -> GroupPage? {
        guard let section = groupSection(group) else { return nil }
        return GroupPage(layout: layout(title: group.name + " — " + campaign.title, description: asOfText + ". " + group.name,
                                         finder: true),
                         name: group.name, asOf: asOfText, section: section, table: table)
    }
}
