/// Compares the figures a plan prints (`plan_figures`) with the totals of
/// the data files, so an office notices when the two disagree.
public enum PlanFigureCheck {
    /// Largest difference accepted: 0,5 % of the figure for counts and
    /// money, 0,5 percentage points for percentages.
    public static let relativeTolerance = 0.005
    public static let pointTolerance = 0.005

    public static func warnings(_ campaign: Campaign, totals: [Totals]) -> [Diagnostic] {
        campaign.planFigures.compactMap { figure in
            let at = totals[figure.snapshot]
            let figures = figure.group.flatMap { id in campaign.groups.firstIndex { $0.id == id } }
                .map { at.groups[$0] } ?? at.all
            let name: String, total: Double?, isRate: Bool
            switch figure.subject {
            case .metric(let m):
                name = campaign.metrics[m].id
                total = figures.metrics[m]
                isRate = false
            case .indicator(let k):
                name = campaign.indicators[k].id
                total = figures.values[k]
                isRate = campaign.indicators[k].format == .percent || campaign.indicators[k].format == .points
            }
            let shown = { (value: Double) in isRate ? MessageValue.percent(value) : .number(value) }
            let date = campaign.snapshots[figure.snapshot].date
            let dated = "\(pad(date.day))/\(pad(date.month))/\(date.year)"
            let scope = figure.group.map { Message(.scopeGroup, ["group": $0]) } ?? Message(.scopeCampaign)
            let printed = Message(.planPrints, ["name": name, "value": shown(figure.value), "date": dated,
                                                "source": figure.source.map { " (\($0))" } ?? ""])
            guard let total else {
                return .warning(figure.location,
                    .planFigureNoTotal, ["printed": printed, "scope": scope])
            }
            let difference = total - figure.value
            let limit = isRate ? pointTolerance : relativeTolerance * abs(figure.value)
            guard abs(difference) > limit + Target.tolerance else { return nil }
            let apart: Message
            if isRate {
                let points = (difference * 1000).rounded() / 10
                apart = Message(.apartPoints, ["sign": points >= 0 ? "+" : "", "value": MessageValue.number(points)])
            } else if figure.value != 0 {
                let percent = (difference / abs(figure.value) * 1000).rounded() / 10
                apart = Message(.apartPercent, ["sign": percent >= 0 ? "+" : "", "value": MessageValue.number(percent)])
            } else {
                apart = Message(.apartNumber, ["sign": difference >= 0 ? "+" : "", "value": MessageValue.number(difference)])
            }
            return .warning(figure.location,
                .planFigureDiffers, ["printed": printed, "value": shown(total), "scope": scope, "apart": apart])
        }
    }

    private static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
