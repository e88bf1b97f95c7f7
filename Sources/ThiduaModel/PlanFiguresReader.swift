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
        let entries = ListEntries(notAMap: .planFigureNotMap, keys: ["id", "value", "date", "source", "group"],
                                  context: .ctxPlanFigure, usedTwice: nil).read(items, log: &log)
        for entry in entries {
            let item = entry.node, id = entry.id
            let subject: PlanFigure.Subject
            if let k = metrics.firstIndex(where: { $0.id == id }) {
                subject = .metric(k)
            } else if let k = indicators.firstIndex(where: { $0.id == id }) {
                subject = .indicator(k)
            } else {
                log.error(entry.idLocation,
                    .planFigureUnknownId, ["id": id, "ids": ids, "suggestion": Message.didYouMean(id, among: ids)])
                continue
            }
            guard let valueNode = item["value"], !valueNode.isNull else {
                log.error(item.location, .planFigureNeedsValue, ["id": id])
                continue
            }
            guard case .value(let value)? = valueNode.scalar.map(CellNumber.read) else {
                log.error(valueNode.location, .planFigureBadValue, ["id": id])
                continue
            }
            guard let date = item.day("date", required: true, log: &log) else { continue }
            guard let snapshot = snapshots.firstIndex(where: { $0.date == date }) else {
                log.error(item["date"]!.location,
                    .planFigureNoSnapshot, ["id": id, "date": date, "dates": snapshots.map(\.date)])
                continue
            }
            var group: String?
            if let text = item.string("group", log: &log) {
                guard groups.contains(where: { $0.id == text }) else {
                    log.error(item["group"]!.location,
                        .planFigureUnknownGroup, ["text": text, "id": id, "ids": groups.map(\.id), "suggestion": Message.didYouMean(text, among: groups.map(\.id))])
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
