/// Reads `plan_figures:`: figures the plan prints, to be compared with the
/// totals of the data files.
///
/// ```yaml
/// plan_figures:
///   - {id: total, value: 114251, date: 2024-07-16, source: "Mục I.1"}
/// ```
enum PlanFiguresReader {
    static func read(_ root: YAMLNode, metrics: [Metric], indicators: [Indicator], groups: [Group],
                     snapshots: [Snapshot], log: inout DiagnosticLog) -> [PlanFigure] {
        guard let items = root.list("plan_figures", log: &log) else { return [] }
        let ids = metrics.map(\.id) + indicators.map(\.id)
        var figures: [PlanFigure] = []
        for item in items {
            guard item.pairs != nil else {
                log.error(item.location,
                    "each plan figure is a map such as {id: total, value: 114251, date: 2024-07-16, source: \"Mục I.1\"}")
                continue
            }
            item.warnUnknownKeys(["id", "value", "date", "source", "group"], context: "a plan figure", log: &log)
            guard let id = item.string("id", required: true, log: &log) else { continue }
            let subject: PlanFigure.Subject
            if let k = metrics.firstIndex(where: { $0.id == id }) {
                subject = .metric(k)
            } else if let k = indicators.firstIndex(where: { $0.id == id }) {
                subject = .indicator(k)
            } else {
                log.error(item["id"]!.location,
                    "plan figure \"\(id)\" is not a metric or an indicator; expected one of: \(ids.joined(separator: ", "))\(Suggestion.didYouMean(id, among: ids))")
                continue
            }
            guard let valueNode = item["value"], !valueNode.isNull else {
                log.error(item.location, "plan figure \"\(id)\" needs `value`: the figure as the plan prints it, e.g. 114251 or \"32%\"")
                continue
            }
            guard case .value(let value)? = valueNode.scalar.map(CellNumber.read) else {
                log.error(valueNode.location, "`value` of plan figure \"\(id)\" must be a number such as 114251, 114.251 or \"32%\"")
                continue
            }
            guard let date = item.day("date", required: true, log: &log) else { continue }
            guard let snapshot = snapshots.firstIndex(where: { $0.date == date }) else {
                log.error(item["date"]!.location,
                    "plan figure \"\(id)\" is dated \(date), which has no snapshot; use the date of a data file: \(snapshots.map { $0.date.description }.joined(separator: ", "))")
                continue
            }
            var group: String?
            if let text = item.string("group", log: &log) {
                guard groups.contains(where: { $0.id == text }) else {
                    log.error(item["group"]!.location,
                        "unknown group \"\(text)\" in plan figure \"\(id)\"; expected one of: \(groups.map(\.id).joined(separator: ", "))\(Suggestion.didYouMean(text, among: groups.map(\.id)))")
                    continue
                }
                group = text
            }
            figures.append(PlanFigure(subject: subject, value: value, snapshot: snapshot,
                                      source: item.string("source", log: &log), group: group,
                                      location: valueNode.location))
        }
        return figures
    }
}
