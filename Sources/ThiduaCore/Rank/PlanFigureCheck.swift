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
            let shown = { (value: Double) in isRate ? MessageNumber.percent(value) : MessageNumber.format(value) }
            let date = campaign.snapshots[figure.snapshot].date
            let dated = "\(pad(date.day))/\(pad(date.month))/\(date.year)"
            let scope = figure.group.map { "group \"\($0)\"" } ?? "the whole campaign"
            let printed = "the plan prints \(name) = \(shown(figure.value)) on \(dated)\(figure.source.map { " (\($0))" } ?? "")"
            guard let total else {
                return .warning(figure.location,
                    "\(printed), but the data files cannot give it for \(scope) (a figure is missing, or a metric has `aggregate: none`); check the data or remove the figure")
            }
            let difference = total - figure.value
            let limit = isRate ? pointTolerance : relativeTolerance * abs(figure.value)
            guard abs(difference) > limit + Target.tolerance else { return nil }
            let apart: String
            if isRate {
                let points = (difference * 1000).rounded() / 10
                apart = "\(points >= 0 ? "+" : "")\(MessageNumber.format(points)) percentage points"
            } else if figure.value != 0 {
                let percent = (difference / abs(figure.value) * 1000).rounded() / 10
                apart = "\(percent >= 0 ? "+" : "")\(MessageNumber.format(percent))%"
            } else {
                apart = "\(difference >= 0 ? "+" : "")\(MessageNumber.format(difference))"
            }
            return .warning(figure.location,
                "\(printed), but the data files give \(shown(total)) for \(scope) (\(apart)); correct the data or the figure")
        }
    }

    private static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
