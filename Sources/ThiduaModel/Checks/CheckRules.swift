/// What the data checks look for, from the front matter: comparison rules
/// under `checks:`, and the level of the built-in checks.
///
/// ```yaml
/// checks:
///   - "received_online <= total"                      # a warning when broken
///   - {rule: "processed_online <= total", level: error}
///   - {rule: missing_units, level: off}               # built-in checks: missing_units,
///                                                     # cumulative, reported_rates
/// ```
struct CheckRules: Sendable {
    enum Level: String, Sendable { case error, warning, off }

    /// A rule such as `received_online <= total`, checked for every unit
    /// in every snapshot where both sides are defined.
    struct Comparison: Sendable {
        enum Operator: String, Sendable { case atMost = "<=", atLeast = ">=", below = "<", above = ">", equal = "==" }

        var text: String
        var left: Expression
        var leftText: String
        var comparison: Operator
        var right: Expression
        var rightText: String
        var level: Level
        /// A rule joining comparisons with `and`, `or`, `not` (or using
        /// `!=`): checked as a whole; `left`/`right` are then unused.
        var compound: Condition?

        /// Whether the two values pass, within 1e-9.
        func holds(_ l: Double, _ r: Double) -> Bool {
            switch comparison {
            case .atMost: return l <= r + Target.tolerance
            case .atLeast: return l >= r - Target.tolerance
            case .below: return l < r - Target.tolerance
            case .above: return l > r + Target.tolerance
            case .equal: return abs(l - r) <= Target.tolerance
            }
        }

        /// How a message says the rule is broken: "is larger than".
        /// The message for a unit that breaks the comparison.
        var brokenKey: MessageKey {
            switch comparison {
            case .atMost: return .checkLarger
            case .atLeast: return .checkSmaller
            case .below: return .checkNotSmaller
            case .above: return .checkNotLarger
            case .equal: return .checkDiffers
            }
        }
    }

    var comparisons: [Comparison] = []
    /// A roster unit without a row in the current snapshot.
    var missingUnits = Level.warning
    /// A `cumulative: true` metric lower than in an earlier snapshot.
    var cumulative = Level.warning
    /// A metric with `check:` that disagrees with its formula.
    var reportedRates = Level.warning

    static let builtIn = ["missing_units", "cumulative", "reported_rates"]

    static func read(_ root: YAMLNode, metrics: [Metric], log: inout DiagnosticLog) -> CheckRules {
        var rules = CheckRules()
        for item in root.list("checks", log: &log) ?? [] {
            var level = Level.warning
            let ruleNode: YAMLNode
            if item.pairs != nil {
                item.warnUnknownKeys(["rule", "level"], context: Message(.ctxCheck), log: &log)
                guard let node = item["rule"], item.string("rule", required: true, log: &log) != nil else { continue }
                ruleNode = node
                level = RulesReader.enumField(item, "level", default: Level.warning, log: &log)
            } else if item.scalar != nil {
                ruleNode = item
            } else {
                log.error(item.location, .checkNotRule)
                continue
            }
            let text = ruleNode.scalar ?? ""
            switch text.trimmingCharacters(in: .whitespaces) {
            case "missing_units": rules.missingUnits = level
            case "cumulative": rules.cumulative = level
            case "reported_rates": rules.reportedRates = level
            default:
                if let comparison = parse(text, node: ruleNode, level: level, metrics: metrics, log: &log) {
                    rules.comparisons.append(comparison)
                }
            }
        }
        return rules
    }

    static func parse(_ text: String, node: YAMLNode, level: Level, metrics: [Metric],
                      log: inout DiagnosticLog) -> Comparison? {
        let names = FormulaParser.Names(metrics: metrics.map(\.id), earlierIndicators: [],
                                        laterIndicators: [], hasBaseline: false)
        guard text.contains(where: { "<>=≤≥≠".contains($0) }) else {
            log.error(node.location,
                .checkComparesNothing, ["text": text, "builtIn": builtIn])
            return nil
        }
        // Every rule is a condition of the one condition language; a single
        // comparison keeps its two sides so the message can name them.
        guard let condition = RulesReader.condition(text, node: node, names: names, context: Message(.ctxTheCheck), log: &log)
        else { return nil }
        if condition.expressions.allSatisfy({ $0.allMetrics.isEmpty }) {
            log.error(node.location, .checkNoMetric, ["text": text])
            return nil
        }
        switch condition {
        case .compare(let op, _, _) where op != .notEqual: break
        default:
            return Comparison(text: text.trimmingCharacters(in: .whitespaces), left: .number(0), leftText: "",
                              comparison: .equal, right: .number(0), rightText: "", level: level, compound: condition)
        }
        let characters = Array(text)
        guard let at = characters.firstIndex(where: { "<>=≤≥".contains($0) }) else {
            log.error(node.location,
                .checkComparesNothingSimple, ["text": text, "builtIn": builtIn])
            return nil
        }
        let next: Character? = at + 1 < characters.count ? characters[at + 1] : nil
        let op: Comparison.Operator
        var width = 1
        switch characters[at] {
        case "≤": op = .atMost
        case "≥": op = .atLeast
        case "<": op = next == "=" ? .atMost : .below
        case ">": op = next == "=" ? .atLeast : .above
        default: op = .equal
        }
        if next == "=" { width = 2 }
                func side(_ range: Range<Int>) -> (Expression, String)? {
            let sideText = String(characters[range])
            do {
                return (try FormulaParser.parse(sideText, names: names), sideText.trimmingCharacters(in: .whitespaces))
            } catch let failure as FormulaParser.Failure {
                var location = node.location
                location.column = (node.textColumn ?? 1) + range.lowerBound + failure.offset
                log.error(location, .inCheck, ["text": text, "message": failure.message])
            } catch {
                log.error(node.location, .inCheck2, ["text": text, "error": "\(error)"])
            }
            return nil
        }
        guard let (left, leftText) = side(0..<at), let (right, rightText) = side((at + width)..<characters.count)
        else { return nil }
        if left.allMetrics.isEmpty && right.allMetrics.isEmpty {
            log.error(node.location, .checkNoMetric, ["text": text])
            return nil
        }
        return Comparison(text: text.trimmingCharacters(in: .whitespaces), left: left, leftText: leftText,
                          comparison: op, right: right, rightText: rightText, level: level)
    }
}

import Foundation
