/// Reads indicators' `target:` in every form: the v1 text (`">= 50%"`), a
/// map with `value` (and `or`) or `when`, and a map of group ids to either.
extension RulesReader {
    /// Keys of a target written as a map (`{value: …, or: …}`, `{when: …}`),
    /// which tell it from a map of group ids.
    static let goalKeys: Set<String> = ["value", "or", "when", "label", "illustrative"]

    static func targetRule(_ node: YAMLNode?, better: Direction, groups: [Group], names: FormulaParser.Names,
                           log: inout DiagnosticLog) -> TargetRule {
        guard let node, !node.isNull else { return .none }
        if let pairs = node.pairs, !pairs.contains(where: { goalKeys.contains($0.key) }) {
            var map: [String: Goal] = [:]
            for pair in pairs {
                guard groups.contains(where: { $0.id == pair.key }) else {
                    log.error(pair.keyLocation, groups.isEmpty ? .targetGroupsWithoutGroups : .targetUnknownGroup, [
                        "group": pair.key, "ids": groups.map(\.id), "suggestion": Message.didYouMean(pair.key, among: groups.map(\.id))])
                    continue
                }
                if let goal = goal(pair.value, better: better, names: names, log: &log) { map[pair.key] = goal }
            }
            return .perGroup(map)
        }
        return goal(node, better: better, names: names, log: &log).map(TargetRule.all) ?? .none
    }

    /// One target: the v1 text (`">= 50%"`), or a map with `value` (and
    /// `or`), or `when`, and optionally `label` and `illustrative`.
    static func goal(_ node: YAMLNode, better: Direction, names: FormulaParser.Names, log: inout DiagnosticLog) -> Goal? {
        guard node.pairs != nil else {
            return target(node, better: better, log: &log).map { Goal(threshold: $0) }
        }
        for pair in node.pairs! where !goalKeys.contains(pair.key) {
            log.error(pair.keyLocation,
                .targetUnknownKey, ["key": pair.key, "suggestion": Message.didYouMean(pair.key, among: goalKeys.sorted())])
        }
        let valueNode = node["value"].flatMap { $0.isNull ? nil : $0 }
        let orNode = node["or"].flatMap { $0.isNull ? nil : $0 }
        let whenNode = node["when"].flatMap { $0.isNull ? nil : $0 }
        if valueNode != nil && whenNode != nil {
            log.error(whenNode!.location, .targetValueAndWhen)
            return nil
        }
        if let orNode, valueNode == nil {
            log.error(orNode.location, .targetOrWithoutValue)
            return nil
        }
        guard valueNode != nil || whenNode != nil else {
            log.error(node.location, .targetNeedsValue)
            return nil
        }
        var goal = Goal(threshold: nil)
        if let valueNode {
            guard let threshold = target(valueNode, better: better, log: &log) else { return nil }
            goal.threshold = threshold
        }
        if let conditionNode = orNode ?? whenNode {
            let key = orNode != nil ? "or" : "when"
            guard let text = conditionNode.scalar else {
                log.error(conditionNode.location, .targetConditionNotText, ["key": key])
                return nil
            }
            guard let condition = condition(text, node: conditionNode, names: names, context: Message(.ctxTargetKey, ["key": key]), log: &log)
            else { return nil }
            goal.condition = condition
            goal.conditionText = text.trimmingCharacters(in: .whitespaces)
        }
        goal.label = node.string("label", log: &log)
        goal.illustrative = node.bool("illustrative", default: false, log: &log)
        return goal
    }

    /// Parses a condition written in a YAML string, logging errors at the
    /// column of the expression.
    static func condition(_ text: String, node: YAMLNode, names: FormulaParser.Names, context: Message,
                          log: inout DiagnosticLog) -> Condition? {
        parsed(node, context: Message(.ctxQuoted, ["context": context, "text": text]), log: &log) { try FormulaParser.parseCondition(text, names: names) }
    }

    /// Runs a parser over a YAML string's text; a failure is logged at the
    /// line and column of the offending character, after `context`.
    static func parsed<T>(_ node: YAMLNode, context: Message, log: inout DiagnosticLog, _ parse: () throws -> T) -> T? {
        do {
            return try parse()
        } catch let failure as FormulaParser.Failure {
            var location = node.location
            location.column = (node.textColumn ?? 1) + failure.offset
            log.error(location, .inContext, ["context": context, "message": failure.message])
        } catch {
            log.error(node.location, .inContext2, ["context": context, "error": "\(error)"])
        }
        return nil
    }

    /// `">= 50%"`, `"> 90%"`, `"<= 5%"`, `"< 3"` or a bare number (`>=` for
    /// higher-is-better, `<=` for lower-is-better).
    static func target(_ node: YAMLNode, better: Direction, log: inout DiagnosticLog) -> Target? {
        guard let raw = node.scalar else {
            log.error(node.location, .targetNotText)
            return nil
        }
        var text = Substring(raw.trimmingCharacters(in: .whitespaces))
        var comparison: Target.Comparison = better == .higher ? .atLeast : .atMost
        var offset = raw.distance(from: raw.startIndex, to: raw.firstIndex { !$0.isWhitespace } ?? raw.startIndex)
        // As offices type them, and as the site prints them (≥, ≤).
        let spellings: [(String, Target.Comparison)] = [(">=", .atLeast), ("<=", .atMost), ("≥", .atLeast), ("≤", .atMost),
                                                        (">", .above), ("<", .below)]
        for (spelling, candidate) in spellings where text.hasPrefix(spelling) {
            comparison = candidate
            text = text.dropFirst(spelling.count)
            offset += spelling.count
            break
        }
        offset += text.prefix { $0.isWhitespace }.count
        let number = text.trimmingCharacters(in: .whitespaces)
        if case .value(let value) = CellNumber.read(number) {
            return Target(comparison, value)
        }
        var location = node.location
        location.column = (node.textColumn ?? 1) + offset
        log.error(location, .targetInvalid, ["raw": raw])
        return nil
    }
}
