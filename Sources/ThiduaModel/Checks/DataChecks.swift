/// Checks of suspicious data, run by `thidua check` and `thidua build`
/// once every snapshot is read: a part larger than its whole (the
/// campaign's comparison rules), a roster unit missing from the current
/// snapshot, a cumulative figure that drops, a reported rate that
/// disagrees with the counts. Each finding is a warning unless the
/// campaign makes its rule an error; each names the file, row and column,
/// the values and what to do.
struct DataChecks {
    var rules: CheckRules
    var metrics: [Metric]
    var units: [Unit]
    var roster: Roster
    var rosterPath: String
    var snapshots: [Snapshot]
    /// Index of the current snapshot.
    var current: Int

    /// At most this many "missing unit" messages are printed one by one.
    static let missingUnitLimit = 20

    func run(log: inout DiagnosticLog) {
        for (s, snapshot) in snapshots.enumerated() {
            for (u, row) in snapshot.rows.enumerated() {
                guard let row else { continue }
                for comparison in rules.comparisons where comparison.level != .off {
                    compare(comparison, row: row, unit: u, snapshot: snapshot, log: &log)
                }
                if rules.reportedRates != .off {
                    for (m, metric) in metrics.enumerated() where metric.check != nil {
                        checkReported(m, row: row, unit: u, snapshot: snapshot, log: &log)
                    }
                }
                if rules.cumulative != .off {
                    for (m, metric) in metrics.enumerated() where metric.cumulative {
                        checkCumulative(m, unit: u, snapshot: s, log: &log)
                    }
                }
            }
        }
        if rules.missingUnits != .off { missingUnits(log: &log) }
    }

    private func report(_ level: CheckRules.Level, _ location: SourceLocation, _ message: Message,
                        log: inout DiagnosticLog) {
        switch level {
        case .error: log.error(location, message)
        case .warning: log.warning(location, message)
        case .off: break
        }
    }

    private func unitLabel(_ u: Int) -> Message { Message(.unitLabel, ["id": units[u].id, "name": units[u].name]) }

    /// `received_online = 1.500`, or `received_online = no data`.
    private func input(_ m: Int, _ row: [Double?]) -> Message {
        Message(.figureEquals, ["text": metrics[m].id, "value": row[m].map(MessageValue.number) ?? Message(.noData).messageValue])
    }

    /// `received_online = 1.500`, `241` for a constant, or for an expression
    /// `received_online + x = 1.600 (received_online = 1.500, x = 100)`.
    private func describe(_ expression: Expression, text: String, value: Double, row: [Double?],
                          asPercent: Bool = false) -> MessageValue {
        let shown: MessageValue = asPercent ? .percent(value) : .number(value)
        if expression.allMetrics.isEmpty { return shown }
        if case .metric = expression { return Message(.figureEquals, ["text": text, "value": shown]).messageValue }
        var seen: Set<Int> = []
        let inputs = expression.allMetrics.filter { seen.insert($0).inserted }.map { input($0, row) }
        return Message(.figureEqualsInputs, ["text": text, "value": shown, "inputs": inputs]).messageValue
    }

    private func compare(_ rule: CheckRules.Comparison, row: [Double?], unit u: Int, snapshot: Snapshot,
                         log: inout DiagnosticLog) {
        if let condition = rule.compound {
            // Undefined (a figure missing) is not reported, as for a single comparison.
            guard condition.evaluate({ Self.value($0, row) }) == false else { return }
            var seen: Set<Int> = []
            let used = condition.expressions.flatMap(\.allMetrics).filter { seen.insert($0).inserted }
            let metric = used.first
            let inputs = used.map { input($0, row) }
            report(rule.level, snapshot.location(unit: u, metric: metric), Message(.checkFails, [
                "cell": metric.map { snapshot.cellPrefix(unit: u, metric: $0) } ?? .text(""),
                "unit": unitLabel(u), "check": rule.text, "inputs": inputs]),
                log: &log)
            return
        }
        guard let l = Self.value(rule.left, row), let r = Self.value(rule.right, row), !rule.holds(l, r) else { return }
        let metric = rule.left.allMetrics.first ?? rule.right.allMetrics.first
        report(rule.level, snapshot.location(unit: u, metric: metric), Message(rule.brokenKey, [
            "cell": metric.map { snapshot.cellPrefix(unit: u, metric: $0) } ?? .text(""),
            "left": describe(rule.left, text: rule.leftText, value: l, row: row),
            "right": describe(rule.right, text: rule.rightText, value: r, row: row),
            "unit": unitLabel(u), "check": rule.text]),
            log: &log)
    }

    private func checkReported(_ m: Int, row: [Double?], unit u: Int, snapshot: Snapshot, log: inout DiagnosticLog) {
        let metric = metrics[m]
        guard let formula = metric.check, let reported = row[m], let computed = Self.value(formula, row),
              abs(reported - computed) > metric.tolerance + Target.tolerance else { return }
        var isRate = false
        if case .binary(.divide, _, _) = formula { isRate = true }
        let tolerance = isRate
            ? Message(metric.tolerance == 0.01 ? .percentagePoint : .percentagePoints, ["count": MessageValue.number(metric.tolerance * 100)])
                .messageValue
            : MessageValue.number(metric.tolerance)
        report(rules.reportedRates, snapshot.location(unit: u, metric: m), Message(.reportedFigureDiffers, [
            "cell": snapshot.cellPrefix(unit: u, metric: m), "metric": metric.id, "unit": unitLabel(u),
            "reported": isRate ? MessageValue.percent(reported) : .number(reported),
            "computed": describe(formula, text: metric.checkText ?? "", value: computed, row: row, asPercent: isRate),
            "tolerance": tolerance]),
            log: &log)
    }

    private func checkCumulative(_ m: Int, unit u: Int, snapshot s: Int, log: inout DiagnosticLog) {
        guard let value = snapshots[s].rows[u]?[m] ?? nil else { return }
        // The latest earlier snapshot where the unit has this figure.
        guard let earlier = snapshots[..<s].lastIndex(where: { ($0.rows[u]?[m] ?? nil) != nil }),
              let before = snapshots[earlier].rows[u]?[m] ?? nil,
              value < before - Target.tolerance else { return }
        let earlierFile = snapshots[earlier].source.path.split(separator: "/").last.map(String.init) ?? ""
        report(rules.cumulative, snapshots[s].location(unit: u, metric: m), Message(.cumulativeDrops, [
            "cell": snapshots[s].cellPrefix(unit: u, metric: m), "metric": metrics[m].id, "unit": unitLabel(u),
            "before": MessageValue.number(before), "earlierDate": snapshots[earlier].date,
            "value": MessageValue.number(value), "date": snapshots[s].date, "earlierFile": earlierFile]),
            log: &log)
    }

    private func missingUnits(log: inout DiagnosticLog) {
        let snapshot = snapshots[current]
        let missing = units.indices.filter { snapshot.rows[$0] == nil }
        let location = SourceLocation(path: snapshot.source.path)
        for u in missing.prefix(Self.missingUnitLimit) {
            let line: MessageValue = u < roster.lines.count
                ? Message(.rosterLine, ["path": rosterPath, "line": String(roster.lines[u])]).messageValue : .text("")
            report(rules.missingUnits, location, Message(.unitHasNoRow, [
                "id": units[u].id, "name": units[u].name, "line": line, "date": snapshot.date]),
                log: &log)
        }
        if missing.count > Self.missingUnitLimit {
            let rest = missing.dropFirst(Self.missingUnitLimit)
            report(rules.missingUnits, location, Message(.moreUnitsHaveNoRow, [
                "count": rest.count, "date": snapshot.date,
                "ids": rest.prefix(10).map { units[$0].id } + (rest.count > 10 ? ["…"] : [])]),
                log: &log)
        }
    }

    /// The value of a metric expression on one row; nil when an input is
    /// missing or a division is by zero.
    static func value(_ expression: Expression, _ row: [Double?]) -> Double? {
        switch expression {
        case .number(let number): return number
        case .metric(let index): return index < row.count ? row[index] : nil
        case .indicator, .baseline: return nil
        case .negate(let inner): return value(inner, row).map { -$0 }
        case .binary(let op, let left, let right):
            guard let l = value(left, row), let r = value(right, row) else { return nil }
            switch op {
            case .add: return l + r
            case .subtract: return l - r
            case .multiply: return l * r
            case .divide: return r == 0 ? nil : l / r
            }
        }
    }
}
