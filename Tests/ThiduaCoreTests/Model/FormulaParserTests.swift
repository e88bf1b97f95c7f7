import Testing
@testable import ThiduaSupport
@testable import ThiduaLoad
@testable import ThiduaModel
@testable import ThiduaRank
@testable import ThiduaChart
@testable import ThiduaRender
@testable import ThiduaWrite
@testable import ThiduaCore

struct FormulaParserTests {
    let names = FormulaParser.Names(
        metrics: ["total", "online"], earlierIndicators: ["rate"], laterIndicators: ["gain", "later"],
        hasBaseline: true)

    func parse(_ text: String) throws -> Expression { try FormulaParser.parse(text, names: names) }

    func failure(_ text: String) -> ShownFailure? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return (error as? FormulaParser.Failure)?.shown
        }
    }

    @Test func precedenceAndAssociativity() throws {
        #expect(try parse("online / total * 100") ==
            .binary(.multiply, .binary(.divide, .metric(1), .metric(0)), .number(100)))
        #expect(try parse("1 - 2 - 3") == .binary(.subtract, .binary(.subtract, .number(1), .number(2)), .number(3)))
        #expect(try parse("(1 + 2) * -total") ==
            .binary(.multiply, .binary(.add, .number(1), .number(2)), .negate(.metric(0))))
    }

    @Test func percentLiteralsAndBaseline() throws {
        #expect(try parse("rate - baseline(rate) + 50%") ==
            .binary(.add, .binary(.subtract, .indicator(0), .baseline(.indicator(0))), .number(0.5)))
    }

    @Test func errorsNameThePosition() {
        #expect(failure("online / totl") == .init(offset: 9,
            message: "unknown id \"totl\"; expected a metric or an earlier indicator (total, online, rate); did you mean `total`?"))
        #expect(failure("online / ") == .init(offset: 9,
            message: "the formula ends too early; expected a number, an id or \"(\""))
        #expect(failure("(online / total") == .init(offset: 0, message: "\"(\" is never closed"))
        #expect(failure("online total") == .init(offset: 7,
            message: "unexpected \"t\"; expected an operator (+ - * /)"))
        #expect(failure("gain * 2") == .init(offset: 0, message: "indicator \"gain\" cannot refer to itself"))
        #expect(failure("later * 2") == .init(offset: 0,
            message: "indicator \"later\" is defined later; an indicator can only use indicators listed before it"))
        #expect(failure("1.2.3") == .init(offset: 0,
            message: "\"1.2.3\" is not a number; write decimals with a point, e.g. 0.5 or 50%"))
        #expect(failure("") == .init(offset: 0, message: "the formula is empty"))
    }

    @Test func baselineNeedsADate() {
        let noBaseline = FormulaParser.Names(metrics: ["total"], earlierIndicators: [], laterIndicators: ["x"],
                                             hasBaseline: false)
        #expect(throws: ShownFailure(offset: 0,
            message: "baseline(…) needs a baseline date: add `baseline: YYYY-MM-DD` (the date of a snapshot) to the front matter")) {
            do { _ = try FormulaParser.parse("baseline(total)", names: noBaseline) } catch let failure as FormulaParser.Failure { throw failure.shown }
        }
    }

    @Test func deepNestingFailsCleanly() {
        let deep = String(repeating: "(", count: 5000) + "1" + String(repeating: ")", count: 5000)
        #expect(failure(deep)?.message == "the formula nests deeper than 200 levels")
    }
}
