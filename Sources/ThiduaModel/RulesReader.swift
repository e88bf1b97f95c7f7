import Foundation

/// Reads the parts of the front matter that describe groups, metrics,
/// indicators, targets, ranking and awards.
enum RulesReader {
    static func isIdentifier(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, !FormulaParser.keywords.contains(id) else { return false }
        let start = first == "_" || ("a"..."z").contains(first) || ("A"..."Z").contains(first)
        return start && id.unicodeScalars.allSatisfy {
            $0 == "_" || ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
        }
    }

    /// The words conditions and `ranking.by` give a meaning of their own.
    static let reservedWords = (FormulaParser.keywords.sorted() + ["score"]).joined(separator: ", ")

    static func groups(_ root: YAMLNode, log: inout DiagnosticLog) -> [(Group, metricName: String?, YAMLNode?)] {
        guard let items = root.list("groups", log: &log) else { return [] }
        var result: [(Group, String?, YAMLNode?)] = []
        let entries = ListEntries(notAMap: .groupNeedsIdName, keys: ["id", "name", "brackets"], context: .ctxGroup,
                                  usedTwice: .groupIdUsedTwice).read(items, log: &log) { id in
            Slug.problem(with: id).map { Message(.groupIdInvalid, ["id": id, "problem": $0]) }
        }
        for entry in entries {
            let item = entry.node, id = entry.id
            let name = item.string("name", log: &log) ?? id
            var metricName: String?
            var bounds: [Double] = []
            let bracketsNode = item["brackets"]
            if let node = bracketsNode, !node.isNull {
                metricName = node.string("metric", required: true, log: &log)
                if let list = node.list("bounds", log: &log), !list.isEmpty {
                    for bound in list {
                        if case .value(let value)? = bound.scalar.map(CellNumber.read) {
                            if let last = bounds.last, value <= last {
                                log.error(bound.location, .bracketBoundsNotRising, ["value": MessageValue.number(value), "last": MessageValue.number(last)])
                            }
                            bounds.append(value)
                        } else {
                            log.error(bound.location, .bracketBoundNotNumber)
                        }
                    }
                } else {
                    log.error(node.location, .bracketsNeedBounds)
                }
            }
            let brackets = metricName == nil ? nil : Bracketing(metric: -1, bounds: bounds)
            result.append((Group(id: id, name: name, brackets: brackets), metricName, bracketsNode))
        }
        return result
    }

    static func metrics(_ root: YAMLNode, log: inout DiagnosticLog) -> [Metric] {
        guard let items = root.list("metrics", log: &log), !items.isEmpty else {
            log.error(root["metrics"]?.location ?? root.location,
                .metricsMissing)
            return []
        }
        var metrics: [Metric] = []
        var nodes: [YAMLNode] = []
        let entries = ListEntries(
            notAMap: .metricNeedsId,
            keys: ["id", "name", "column", "optional", "cumulative", "allow_negative", "check", "tolerance", "aggregate"],
            context: .ctxMetric, usedTwice: .metricIdUsedTwice).read(items, log: &log) { id in
            FormulaParser.keywords.contains(id) ? Message(.metricIdReserved, ["id": id, "reservedWords": reservedWords, "id2": id])
                : isIdentifier(id) ? nil : Message(.metricIdInvalid, ["id": id])
        }
        for entry in entries {
            let item = entry.node, id = entry.id
            let column = item.string("column", log: &log) ?? id
            if let other = metrics.first(where: { $0.column.lowercased() == column.lowercased() }) {
                log.error(item["column"]?.location ?? entry.idLocation,
                    .metricsShareColumn, ["id": other.id, "id2": id, "column": column])
            }
            var metric = Metric(id: id, name: item.string("name", log: &log) ?? id, column: column.trimmingCharacters(in: .whitespaces))
            metric.optional = item.bool("optional", default: false, log: &log)
            metric.cumulative = item.bool("cumulative", default: false, log: &log)
            metric.allowNegative = item.bool("allow_negative", default: false, log: &log)
            metric.aggregate = enumField(item, "aggregate", default: Aggregate.sum, log: &log)
            if let node = item["tolerance"], !node.isNull {
                if case .value(let value)? = node.scalar.map(CellNumber.read), value >= 0 {
                    metric.tolerance = value
                } else {
                    log.error(node.location, .toleranceInvalid)
                }
            }
            metrics.append(metric)
            nodes.append(item)
        }
        // Checks may name any metric, so they are read once all are known.
        for (position, item) in nodes.enumerated() {
            guard let text = item.string("check", log: &log), let node = item["check"] else { continue }
            let id = metrics[position].id
            let names = FormulaParser.Names(metrics: metrics.map(\.id), earlierIndicators: [],
                                            laterIndicators: [], hasBaseline: false)
            guard let formula = parsed(node, context: Message(.ctxMetricCheck, ["id": id]), log: &log, {
                try FormulaParser.parse(text, names: names)
            }) else { continue }
            if formula.allMetrics.contains(position) {
                log.error(node.location, .metricCheckUsesItself, ["id": id])
                continue
            }
            metrics[position].check = formula
            metrics[position].checkText = text
        }
        return metrics
    }

    static func indicators(_ root: YAMLNode, metrics: [Metric], groups: [Group], hasBaseline: Bool,
                           log: inout DiagnosticLog) -> [Indicator] {
        guard let items = root.list("indicators", log: &log), !items.isEmpty else {
            log.error(root["indicators"]?.location ?? root.location,
                .indicatorsMissing)
            return []
        }
        let allIDs = items.map { $0.scalarField("id") ?? "" }
        var indicators: [Indicator] = []
        let entries = ListEntries(notAMap: .indicatorNeedsIdFormula,
                                  keys: ["id", "name", "formula", "format", "better", "target", "weight"],
                                  context: .ctxIndicator, usedTwice: .indicatorIdUsedTwice).read(items, log: &log) { id in
            if id == "score" || FormulaParser.keywords.contains(id) {
                return Message(.indicatorIdReserved, ["id": id, "reservedWords": reservedWords, "id2": id])
            }
            if !isIdentifier(id) { return Message(.indicatorIdInvalid, ["id": id]) }
            return metrics.contains { $0.id == id } ? Message(.indicatorIdIsMetric, ["id": id]) : nil
        }
        for entry in entries {
            let item = entry.node, id = entry.id, position = entry.position
            guard let formulaText = item.string("formula", required: true, log: &log) else { continue }
            let formulaNode = item["formula"]!
            let names = FormulaParser.Names(
                metrics: metrics.map(\.id), earlierIndicators: Array(allIDs[..<position]),
                laterIndicators: Array(allIDs[position...]), hasBaseline: hasBaseline)
            guard let formula = parsed(formulaNode, context: Message(.ctxFormulaOf, ["id": id]), log: &log, {
                try FormulaParser.parse(formulaText, names: names)
            }) else { continue }
            let format = enumField(item, "format", default: ValueFormat.number, log: &log)
            let better = enumField(item, "better", default: Direction.higher, log: &log)
            let weight = item.number("weight", log: &log) ?? 1
            if weight < 0 { log.error(item["weight"]!.location, .weightNegative) }
            let conditionNames = FormulaParser.Names(
                metrics: metrics.map(\.id), earlierIndicators: allIDs, laterIndicators: [], hasBaseline: hasBaseline)
            let target = targetRule(item["target"], better: better, groups: groups, names: conditionNames, log: &log)
            indicators.append(Indicator(
                id: id, name: item.string("name", log: &log) ?? id, formula: formula, formulaText: formulaText,
                format: format, better: better, target: target, weight: max(0, weight)))
        }
        return indicators
    }

    static func enumField<T: RawRepresentable>(_ node: YAMLNode, _ key: String, default value: T,
                                               log: inout DiagnosticLog) -> T where T.RawValue == String {
        guard let text = node.string(key, log: &log) else { return value }
        if let parsed = T(rawValue: text.trimmingCharacters(in: .whitespaces)) { return parsed }
        let allowed: [String]
        switch T.self {
        case is ValueFormat.Type: allowed = ValueFormat.allCases.map(\.rawValue)
        case is Direction.Type: allowed = ["higher", "lower"]
        case is Aggregate.Type: allowed = Aggregate.allCases.map(\.rawValue)
        case is Award.Scope.Type: allowed = ["group", "bracket", "all"]
        case is Language.Type: allowed = ["vi", "en"]
        case is CheckRules.Level.Type: allowed = ["error", "warning", "off"]
        default: allowed = []
        }
        log.error(node[key]!.location, .valueNotAllowed, ["key": key, "text": text, "allowed": allowed])
        return value
    }

    static func ranking(_ root: YAMLNode, indicators: [Indicator], log: inout DiagnosticLog) -> RankingRule {
        guard let ranking = root["ranking"], !ranking.isNull else { return .indicators(indicators.isEmpty ? [] : [0]) }
        ranking.warnUnknownKeys(["by"], context: Message(.ctxNamed, ["name": "ranking"]), log: &log)
        guard let by = ranking["by"], !by.isNull else {
            log.error(ranking.location, .rankingNeedsBy)
            return .indicators([0])
        }
        let ids = indicators.map(\.id)
        func resolve(_ node: YAMLNode) -> RankingKey? {
            let id = node.scalar?.trimmingCharacters(in: .whitespaces) ?? ""
            if id == "score" { return .score }
            guard let index = ids.firstIndex(of: id) else {
                log.error(node.location,
                    .rankingByUnknown, ["value": node.scalar ?? "", "ids": ids + ["score"], "suggestion": Message.didYouMean(id, among: ids + ["score"])])
                return nil
            }
            return .indicator(index)
        }
        var keys: [RankingKey] = []
        if let list = by.sequence {
            if list.isEmpty { log.error(by.location, .rankingByEmpty) }
            for node in list {
                guard let key = resolve(node) else { continue }
                if keys.contains(key) {
                    log.error(node.location, .rankingByTwice, ["value": node.scalar ?? ""])
                    continue
                }
                keys.append(key)
            }
        } else if let key = resolve(by) {
            keys = [key]
        }
        if keys.contains(.score) && !indicators.isEmpty && !indicators.contains(where: { $0.weight > 0 }) {
            log.error(by.location, .rankingByScoreNoWeight)
        }
        return RankingRule(keys: keys)
    }
}

extension YAMLNode {
    /// A scalar child's text, without logging.
    func scalarField(_ key: String) -> String? { self[key]?.scalar }
}
