/// Small pages for a portal article's `<iframe>`: `/embed/<campaign>/` (the
/// leaders of each group) and `/<campaign>/<unit>/embed.html` (one unit's
/// standing). Minimal chrome and one outbound link, "xem chi tiết", which
/// opens the full page outside the frame.

struct EmbedRow: TargetStatus {
    var rank: String
    var name: String
    var value: String
    var hasTarget: Bool
    var met: Bool
    var statusText: String
}

struct EmbedGroup {
    /// nil in a campaign of one group (optional text is nil, not empty: an
    /// empty string counts as true in a template section).
    var name: String?
    var rows: [EmbedRow]
    /// "… và 23 đơn vị khác", nil when every unit is shown.
    var more: String?
}

struct EmbedIndicator: TargetStatus {
    var name: String
    var value: String
    /// The unit's target as the plan states it ("≥ 50,0%"); "" without one.
    var target: String
    var hasTarget: Bool
    var met: Bool
    var statusText: String
    var chart: String
}

struct EmbedPage {
    var lang: String
    var root: String
    var pageTitle: String
    var siteTitle: String
    var heading: String
    var eyebrow: String?
    var asOf: String
    var sample: Bool
    var caption: String
    var groups: [EmbedGroup]
    var ranks: [Figure]
    var indicators: [EmbedIndicator]
    var detailsURL: String
    var canonical: String?
    var t: [String: String]
}

extension CampaignPages {
    /// Rows shown per group in the campaign embed.
    static let embedRows = 10

    /// The campaign embed's folder, and a unit embed's file: inside the
    /// unit's own folder, so that a national campaign's thousands of embeds
    /// add no directory of thousands of entries.
    var embedPaths: (home: String, unit: (String) -> String) {
        let paths = paths
        return ("embed/\(campaign.slug)/", { paths.unit($0) + Self.unitEmbedFile })
    }

    /// A unit embed's file name in the unit's folder.
    static let unitEmbedFile = "embed.html"

    /// The page a "xem chi tiết" link opens: absolute when the site has a
    /// base URL (the frame lives on another site), else under the root path.
    func detailsURL(_ sitePath: String) -> String { context.absolute(sitePath) ?? url(sitePath) }

    func embedHome() -> EmbedPage {
        // The figure the leaderboard is ordered by: the score, or the first ranking indicator.
        let k = campaign.ranking.leadsWithScore ? nil : cardIndicator(group: campaign.groups.first?.id ?? "")
        let groups = campaign.groups.compactMap { group -> EmbedGroup? in
            let members = result.current.filter { $0.group == group.id }
            guard !members.isEmpty else { return nil }
            let rows = members.prefix(Self.embedRows).map { standing -> EmbedRow in
                let check = k.flatMap { k in standing.targetsMet.first { $0.indicator == k } }
                return EmbedRow(
                    rank: (campaign.hasGroups ? standing.groupRank : standing.rank).map(format.count) ?? "—",
                    name: campaign.units[standing.unit].name,
                    value: k.map { format.short(standing.values[$0], as: campaign.indicators[$0].format) }
                        ?? standing.score.map(format.score) ?? NumberFormat.missing,
                    hasTarget: check != nil, met: check?.met ?? false,
                    statusText: check.map { $0.met ? context.t("met") : context.t("not_met") } ?? "")
            }
            let hidden = members.count - rows.count
            return EmbedGroup(name: campaign.hasGroups ? nonEmpty(group.name) : nil, rows: rows,
                              more: hidden > 0 ? context.t("embed_more", ["count": String(hidden)]) : nil)
        }
        let caption = k.map { campaign.indicators[$0].name + (targetSummary(campaign.indicators[$0]).isEmpty ? ""
                                                              : " — " + context.t("target") + " " + targetSummary(campaign.indicators[$0])) }
            ?? context.t("score")
        return embed(heading: campaign.title, eyebrow: campaign.issuer.flatMap(nonEmpty), caption: caption, groups: groups,
                     ranks: [], indicators: [], page: paths.home)
    }

    func embedUnit(_ standing: Standing, page unitPage: UnitPage) -> EmbedPage {
        let lines = unitPage.indicators.map { line in
            EmbedIndicator(name: line.name, value: line.value, target: line.target, hasTarget: line.hasTarget, met: line.met,
                           statusText: line.statusText, chart: line.chart.svg)
        }
        let unit = campaign.units[standing.unit]
        return embed(heading: unit.name, eyebrow: campaign.title, caption: unitPage.summary, groups: [],
                     ranks: unitPage.ranks, indicators: lines, page: paths.unit(unit.id))
    }

    func embed(heading: String, eyebrow: String?, caption: String, groups: [EmbedGroup], ranks: [Figure],
               indicators: [EmbedIndicator], page: String) -> EmbedPage {
        EmbedPage(lang: context.settings.language.rawValue, root: context.root,
                  pageTitle: heading + " · " + context.settings.title, siteTitle: context.settings.title,
                  heading: heading, eyebrow: eyebrow, asOf: asOfText, sample: campaign.sample, caption: caption,
                  groups: groups, ranks: ranks, indicators: indicators, detailsURL: detailsURL(page),
                  canonical: context.absolute(page), t: context.strings.table)
    }

    /// The iframe snippet's height: what the embed needs in a 360 px portal
    /// column (wider columns need less; the resizing script then shrinks it).
    func embedHeight(_ page: EmbedPage) -> Int {
        EmbedHeight(width: EmbedHeight.phoneColumn).height(page)
    }
}
