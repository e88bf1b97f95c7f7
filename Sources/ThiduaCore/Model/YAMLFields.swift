/// Typed reads of front-matter fields; each failure is logged with the
/// field's location and what was expected.
extension YAMLNode {
    func string(_ key: String, required: Bool = false, log: inout DiagnosticLog) -> String? {
        guard let node = self[key], !node.isNull else {
            if required { log.error(location, "`\(key)` is required") }
            return nil
        }
        guard let text = node.scalar else {
            log.error(node.location, "`\(key)` must be \(Self.describe(key)), not \(node.kindName)")
            return nil
        }
        if required && text.trimmingCharacters(in: .whitespaces).isEmpty {
            log.error(node.location, "`\(key)` is empty")
            return nil
        }
        return text
    }

    func day(_ key: String, required: Bool = false, log: inout DiagnosticLog) -> Day? {
        guard let node = self[key], !node.isNull else {
            if required { log.error(location, "`\(key)` is required (a date, YYYY-MM-DD)") }
            return nil
        }
        guard let text = node.scalar, let day = Day(iso: text.trimmingCharacters(in: .whitespaces)) else {
            log.error(node.location, "`\(key)` must be a date written YYYY-MM-DD, e.g. 2024-09-01")
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
            log.error(node.location, "`\(key)` must be true or false")
            return value
        }
    }

    func number(_ key: String, log: inout DiagnosticLog) -> Double? {
        guard let node = self[key], !node.isNull else { return nil }
        guard let text = node.scalar, let value = Double(text.trimmingCharacters(in: .whitespaces)), value.isFinite else {
            log.error(node.location, "`\(key)` must be a number such as 1 or 0.5")
            return nil
        }
        return value
    }

    /// The items of a list field; nil (and logged) when it is not a list.
    func list(_ key: String, log: inout DiagnosticLog) -> [YAMLNode]? {
        guard let node = self[key], !node.isNull else { return nil }
        guard let items = node.sequence else {
            log.error(node.location, "`\(key)` must be a list (lines starting with \"- \"), not \(node.kindName)")
            return nil
        }
        return items
    }

    /// Warns about keys that are not among the known ones (likely typos).
    func warnUnknownKeys(_ known: [String], context: String, log: inout DiagnosticLog) {
        for pair in pairs ?? [] where !known.contains(pair.key) {
            log.warning(pair.keyLocation,
                "unknown key `\(pair.key)` in \(context) is ignored; known keys: \(known.joined(separator: ", "))\(Suggestion.didYouMean(pair.key, among: known))")
        }
    }

    private static func describe(_ key: String) -> String {
        "text"
    }
}

import Foundation
