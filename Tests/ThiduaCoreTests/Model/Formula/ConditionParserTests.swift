import Testing
@testable import ThiduaSupport
@testable import ThiduaLoad
@testable import ThiduaModel
@testable import ThiduaRank
@testable import ThiduaChart
@testable import ThiduaRender
@testable import ThiduaWrite
@testable import ThiduaCore

/// The condition language: grammar, types, three-valued logic, error offsets.
struct ConditionParserTests {
    static let names = FormulaParser.Names(metrics: ["total", "online"], earlierIndicators: ["received_rate", "gain"],
                                           laterIndicators: [], hasBaseline: true)

    func parse(_ text: String, allTargets: Bool = false) throws -> Condition {
        var names = Self.names
        names.allowsAllTargets = allTargets
        return try FormulaParser.parseCondition(text, names: names)
    }

    func failure(_ text: String, allTargets: Bool = false) -> ShownFailure? {
        do { _ = try parse(text, allTargets: allTargets); return nil } catch { return (error as? FormulaParser.Failure)?.shown }
    }

    @Test func precedenceAndForms() throws {
        #expect(try parse("received_rate >= 100%") == .compare(.atLeast, .indicator(0), .number(1)))
        #expect(try parse("online / total > 0.9") == .compare(.above, .binary(.divide, .metric(1), .metric(0)), .number(0.9)))
        // and binds tighter than or; not tighter than and.
        #expect(try parse("gain >= 20% or received_rate >= 1 and not total < 10") == .or(
            .compare(.atLeast, .indicator(1), .number(0.2)),
            .and(.compare(.atLeast, .indicator(0), .number(1)), .not(.compare(.below, .metric(0), .number(10))))))
        #expect(try parse("(gain >= 20% or received_rate >= 1) and total != 0") == .and(
            .or(.compare(.atLeast, .indicator(1), .number(0.2)), .compare(.atLeast, .indicator(0), .number(1))),
            .compare(.notEqual, .metric(0), .number(0))))
        #expect(try parse("(online + 1) / total ≥ 50% and total ≠ 0 and total = total") == .and(.and(
            .compare(.atLeast, .binary(.divide, .binary(.add, .metric(1), .number(1)), .metric(0)), .number(0.5)),
            .compare(.notEqual, .metric(0), .number(0))), .compare(.equal, .metric(0), .metric(0))))
        #expect(try parse("all_targets and baseline(total) <= total", allTargets: true)
            == .and(.allTargets, .compare(.atMost, .baseline(.metric(0)), .metric(0))))
        #expect(try parse("true or false") == .or(.constant(true), .constant(false)))
    }

    @Test func errorsNameTheColumn() {
        #expect(failure("received_rate") == .init(offset: 0,
            message: "this part is a number, not a condition; compare it, e.g. received_rate >= 50%"))
        #expect(failure("total >= 1 and online") == .init(offset: 15,
            message: "this part is a number, not a condition; compare it, e.g. received_rate >= 50%"))
        #expect(failure("(total >= 1) + 2 > 0") == .init(offset: 0,
            message: "this part is a condition (true or false), not a number; compute with numbers and compare the result, e.g. online / total >= 50%"))
        #expect(failure("1 < total < 5") == .init(offset: 10,
            message: "comparisons cannot be chained; join them with and, e.g. a >= 1 and a <= 5"))
        #expect(failure("received_rte >= 1")?.message
            == "unknown id \"received_rte\"; expected a metric or an earlier indicator (total, online, received_rate, gain); did you mean `received_rate`?")
        #expect(failure("all_targets") == .init(offset: 0, message: "all_targets can only be used in an award's `require`"))
        #expect(failure("total ! 1") == .init(offset: 6,
            message: "unexpected \"!\"; write != for \"not equal\", or not before a condition"))
        #expect(failure("total >= 1 and") == .init(offset: 14,
            message: "the condition ends too early; expected a number, an id or \"(\""))
        #expect(failure("") == .init(offset: 0, message: "the condition is empty; write e.g. received_rate >= 50%"))
        #expect(failure("(total >= 1") == .init(offset: 0, message: "\"(\" is never closed"))
        #expect(failure("total >= 1 total")?.offset == 11)
    }

    @Test func threeValuedLogic() throws {
        // x: total (metric 0) defined as 5; online (metric 1) undefined.
        func truth(_ text: String, allTargets: Bool = false) throws -> Bool? {
            try parse(text, allTargets: true).evaluate({ expression in
                expression.evaluate(metric: { $0 == 0 ? 5 : nil }, indicator: { _ in nil }, baseline: { _ in nil })
            }, allTargets: { allTargets })
        }
        #expect(try truth("total >= 5") == true)
        #expect(try truth("total > 5") == false)
        #expect(try truth("total > 5 - 0.0000000001") == false)   // within 1e-9: equal
        #expect(try truth("total == 5.0000000001") == true)
        #expect(try truth("online >= 0") == nil)
        #expect(try truth("online / (total - 5) >= 0") == nil)   // division by zero at run time
        #expect(try truth("total > 5 and online >= 0") == false)
        #expect(try truth("total >= 5 and online >= 0") == nil)
        #expect(try truth("total >= 5 or online >= 0") == true)
        #expect(try truth("total > 5 or online >= 0") == nil)
        #expect(try truth("not online >= 0") == nil)
        #expect(try truth("not total > 5") == true)
        #expect(try truth("all_targets and total >= 5", allTargets: true) == true)
        #expect(try truth("all_targets or online >= 0", allTargets: false) == nil)
    }

    @Test func formulasStayFormulas() {
        // A comparison in a formula is still the formula language's error.
        do {
            _ = try FormulaParser.parse("online >= total", names: Self.names)
            Issue.record("parsed")
        } catch let failure as FormulaParser.Failure {
            #expect(failure.shown == .init(offset: 7, message: "unexpected \">\"; expected an operator (+ - * /)"))
        } catch { Issue.record("\(error)") }
    }
}
