/// Reads `awards:`: names, requirements (`all_targets`, `none`, `decided`
/// or a condition), `top`/`per`, `groups` and the plan's `criteria`.
extension RulesReader {
    static func awards(_ root: YAMLNode, groups: [Group], names: FormulaParser.Names, log: inout DiagnosticLog) -> [Award] {
        guard let items = root.list("awards", log: &log) else { return [] }
        var awards: [Award] = []
        let hasBrackets = groups.contains { $0.brackets != nil }
        var requirementNames = names
        requirementNames.allowsAllTargets = true
        let entries = ListEntries(notAMap: .awardNeedsIdName, keys: ["id", "name", "require", "top", "per", "groups", "criteria"],
                                  context: .ctxAward, usedTwice: .awardIdUsedTwice).read(items, log: &log) { id in
            Slug.problem(with: id).map { Message(.awardIdInvalid, ["id": id, "problem": $0]) }
        }
        for entry in entries {
            let item = entry.node, id = entry.id
            var top: Int?
            if let node = item["top"], !node.isNull {
                if let text = node.scalar, let value = Int(text.trimmingCharacters(in: .whitespaces)), value >= 1 {
                    top = value
                } else {
                    log.error(node.location, .awardTopInvalid)
                }
            }
            let per = enumField(item, "per", default: Award.Scope.group, log: &log)
            // The contract: `per: bracket` in a group without brackets is the
            // group. In a campaign with no brackets at all that is likely a
            // slip, said as a warning.
            if per == .bracket && !hasBrackets {
                log.warning(item["per"]!.location, .awardPerBracketNoBrackets, ["id": id])
            }
            var limited: [String]?
            if let list = item.list("groups", log: &log) {
                limited = []
                for node in list {
                    let group = node.scalar ?? ""
                    if groups.contains(where: { $0.id == group }) {
                        limited?.append(group)
                    } else {
                        log.error(node.location, .awardUnknownGroup, ["group": group, "id": id, "ids": groups.map(\.id), "suggestion": Message.didYouMean(group, among: groups.map(\.id))])
                    }
                }
            }
            let require = requirement(item, award: id, names: requirementNames, log: &log)
            if require == .decided, top != nil || item["per"].map({ !$0.isNull }) == true {
                log.error((item["top"] ?? item["per"])!.location,
                    .awardDecidedWithTop, ["id": id])
            }
            awards.append(Award(
                id: id, name: item.string("name", log: &log) ?? id, require: require,
                top: top, per: per, groups: limited, criteria: item.string("criteria", log: &log)))
        }
        return awards
    }

    /// `require:`: `none`, `all_targets`, `decided`, or a condition.
    static func requirement(_ item: YAMLNode, award id: String, names: FormulaParser.Names,
                            log: inout DiagnosticLog) -> Award.Requirement {
        guard let node = item["require"], !node.isNull else { return .none }
        guard let raw = node.scalar else {
            log.error(node.location, .awardRequireInvalid)
            return .none
        }
        let text = raw.trimmingCharacters(in: .whitespaces)
        switch text {
        case "none": return .none
        case "all_targets": return .allTargets
        case "decided": return .decided
        default:
            guard let condition = condition(raw, node: node, names: names, context: Message(.ctxAwardRequire, ["id": id]), log: &log)
            else { return .none }
            return .condition(condition, text: text)
        }
    }
}
