/// Typed reads of front-matter fields; each failure is logged with the
/// field's location and what was expected.
extension YAMLNode {
    func string(_ key: String, required: Bool = false, log: inout DiagnosticLog) -> String? {
        guard let node = self[key], !node.isNull else {
            if required { log.error(location, .keyRequired, ["key": key]) }
            return nil
        }
        guard let text = node.scalar else {
            log.error(node.location, .mustBeText, ["key": key, "kind": node.kindName])
            return nil
        }
        if required && text.trimmingCharacters(in: .whitespaces).isEmpty {
            log.error(node.location, .keyEmpty, ["key": key])
            return nil
        }
        return text
    }

    func day(_ key: String, required: Bool = false, log: inout DiagnosticLog) -> Day? {
        guard let node = self[key], !node.isNull else {
            if required { log.error(location, .dateRequired, ["key": key]) }
            return nil
        }
        guard let text = node.scalar, let day = Day(iso: text.trimmingCharacters(in: .whitespaces)) else {
            log.error(node.location, .dateInvalid, ["key": key])
            return nil
        }
        return day
    }

    func bool(_ key: String, default value: Bool, log: inout DiagnosticLog) -> Bool {
        guard let node = self[key], !node.isNull else { return value }
        switch node.scalar?.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            log.error(node.location, .boolInvalid, ["key": key])
            return value
        }
    }

    func number(_ key: String, log: inout DiagnosticLog) -> Double? {
        guard let node = self[key], !node.isNull else { return nil }
        guard let text = node.scalar, let value = Double(text.trimmingCharacters(in: .whitespaces)), value.isFinite else {
            log.error(node.location, .numberInvalid, ["key": key])
            return nil
        }
        return value
    }

    /// The items of a list field; nil (and logged) when it is not a list.
    func list(_ key: String, log: inout DiagnosticLog) -> [YAMLNode]? {
        guard let node = self[key], !node.isNull else { return nil }
        guard let items = node.sequence else {
            log.error(node.location, .listInvalid, ["key": key, "kind": node.kindName])
            return nil
        }
        return items
    }

    /// Warns about keys that are not among the known ones (likely typos).
    func warnUnknownKeys(_ known: [String], context: Message, log: inout DiagnosticLog) {
        for pair in pairs ?? [] where !known.contains(pair.key) {
            log.warning(pair.keyLocation,
                .unknownKey, ["key": pair.key, "context": context, "known": known, "suggestion": Message.didYouMean(pair.key, among: known)])
        }
    }
}

import Foundation
