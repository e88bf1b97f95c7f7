/// The leaderboard of every past snapshot (a "period", `ky/<date>/`), with
/// its indicator pages: the same builders as the current pages, on `at(s)`.
/// The current snapshot's leaderboard is the campaign home: it has no period
/// page of its own, and every link to it goes to the home (and `chi-so/`).
///
/// A period's pages are tables: no charts, and no group pages. A large
/// campaign's period page lists its best units and a line per group, like
/// its home; the full table of every unit at every snapshot is `history.csv`
/// (a national campaign's 52 weeks of group tables would double its site).
extension CampaignPages {
    /// The snapshots with a period page: every one but the current.
    var pastPeriods: [Int] { campaign.snapshots.indices.filter { $0 != campaign.current } }

    /// "Kỳ số liệu 16/07/2024", of `snapshot`.
    var periodTitle: String { context.t("period_title", ["date": format.date(asOfDay)]) }

    /// Every snapshot's leaderboard, newest first; nil with a single snapshot.
    func periodList() -> PeriodList? {
        guard campaign.snapshots.count > 1 else { return nil }
        let last = campaign.snapshots.count - 1
        let items = campaign.snapshots.indices.reversed().map { s -> PeriodItem in
            let note = s == last ? context.t("period_newest") : s == campaign.baseline ? context.t("period_baseline") : nil
            return PeriodItem(text: format.date(campaign.snapshots[s].date), url: url(paths.leaderboard(at: s, of: campaign)),
                              here: s == snapshot, note: note)
        }
        return PeriodList(summary: context.t("periods_summary", ["count": format.count(campaign.snapshots.count)]),
                          items: items)
    }

    /// Links to the same page at the snapshot before, the one after and the
    /// latest; `page` is the page's path at a snapshot.
    func periodNav(_ page: (Int) -> String) -> PeriodNav {
        let last = campaign.snapshots.count - 1
        func link(_ key: String, _ s: Int) -> Link {
            Link(text: context.t(key, ["date": format.date(campaign.snapshots[s].date)]), url: url(page(s)))
        }
        // The one after is the latest: one link, as the latest.
        return PeriodNav(previous: snapshot > 0 ? link("period_previous", snapshot - 1) : nil,
                         next: snapshot + 1 < last ? link("period_next", snapshot + 1) : nil,
                         latest: snapshot < last ? link("period_latest", last) : nil)
    }

    /// The link to the official report (PDF) at `snapshot`.
    func reportLink() -> Link {
        Link(text: context.t("report_link", ["date": format.date(asOfDay)]), url: url(paths.report(asOfDay)))
    }

    /// The leaderboard at `snapshot`, a past one (the current one is the home).
    func periodPage() -> PeriodPage {
        let changeNote = previousSnapshot.map {
            context.t(table.hasChange ? "period_change_note" : "period_previous_unranked",
                      ["date": format.date(campaign.snapshots[$0].date)])
        } ?? context.t("period_first")
        return PeriodPage(
            layout: layout(title: periodTitle + " — " + campaign.title, description: asOfText + ". " + campaign.title,
                           periodCrumb: false, finder: true),
            title: periodTitle, campaignTitle: campaign.title, asOf: asOfText, changeNote: changeNote,
            unranked: standings.contains(where: \.isRanked) ? nil : context.t("period_unranked"),
            nav: periodNav { paths.leaderboard(at: $0, of: campaign) },
            periods: periodList() ?? PeriodList(summary: "", items: []), table: table,
            compact: isCompact, top: isCompact ? topSection() : nil,
            groupSummaries: isCompact ? groupSummaries() : [],
            groups: isCompact ? [] : campaign.groups.compactMap { groupSection($0) },
            downloads: historyLinks() + [readmeLink()], downloadsID: PeriodPage.downloadsAnchor,
            report: reportLink())
    }
}
