import Foundation
import Testing
@testable import ThiduaSupport
@testable import ThiduaLoad
@testable import ThiduaModel
@testable import ThiduaRank
@testable import ThiduaChart
@testable import ThiduaRender
@testable import ThiduaWrite
@testable import ThiduaCore

/// Contract v2 keys, written wrong: each names file:line:column and says what to write.
struct V2ErrorMessageTests {
    let base = ErrorMessageTests()

    func errors(_ replace: String, with new: String) -> [String] {
        base.errors(replacing: "c/campaign.md", with: base.front(replace, with: new))
    }

    func messages(_ replace: String, with new: String) -> [String] {
        TestSite([
            "c/campaign.md": base.front(replace, with: new),
            "c/units.csv": "id,name,group\na,An,g1\nb,Bình,g1\n",
            "c/data/2024-01-31.csv": "unit,total,Trực tuyến\na,10,5\nb,20,5\n",
        ]).messages()
    }

    @Test func aggregateMustBeKnown() {
        #expect(errors("{id: total}", with: "{id: total, aggregate: average}") == [
            "content/c/campaign.md:7:34: `aggregate` is \"average\"; expected one of: sum, mean, none",
        ])
    }

    @Test func rankingKeysOnceEachAndSpelledRight() {
        let front = "target: \">= 50%\"}\nranking: {by: [score, rate, scor]}"
        #expect(errors("target: \">= 50%\"}", with: front) == [
            "content/c/campaign.md:10:29: `ranking.by` names \"scor\", which is not an indicator; expected one of: rate, score; did you mean `score`?",
        ])
        #expect(errors("target: \">= 50%\"}", with: "target: \">= 50%\"}\nranking: {by: [rate, rate]}") == [
            "content/c/campaign.md:10:22: `ranking.by` lists \"rate\" twice; each key decides once",
        ])
    }

    @Test func anIdUsedTwiceIsCaughtEvenWhenItsFirstEntryIsWrong() {
        let twice = "  - {id: rate, formula: \"online / totl\"}\n  - {id: rate, formula: \"online / total\", format: percent, target: \">= 50%\"}"
        let errors = errors("  - {id: rate, formula: \"online / total\", format: percent, target: \">= 50%\"}", with: twice)
        #expect(errors == [
            "content/c/campaign.md:10:10: indicator id \"rate\" is used twice",
            "content/c/campaign.md:9:35: in the formula of \"rate\": unknown id \"totl\"; expected a metric or an earlier indicator (total, online); did you mean `total`?",
        ])
    }

    @Test func targetMapKeys() {
        #expect(errors("target: \">= 50%\"", with: "target: {value: \">= 50%\", illustrative: maybe}") == [
            "content/c/campaign.md:9:100: `illustrative` must be true or false",
        ])
        #expect(errors("target: \">= 50%\"", with: "target: {value: \">= 50%\", lable: \"đạt 50%\"}") == [
            "content/c/campaign.md:9:86: unknown key `lable` in a target; a target map has `value` (and `or`), or `when`, and may have `label` and `illustrative`; did you mean `label`?",
        ])
        #expect(errors("target: \">= 50%\"", with: "target: {g1: {when: \"rate >= 50% and\"}}") == [
            "content/c/campaign.md:9:96: in the target's `when` \"rate >= 50% and\": the condition ends too early; expected a number, an id or \"(\"",
        ])
    }

    @Test func unknownFrontMatterKeySuggests() {
        #expect(messages("baseline: 2024-01-31", with: "baseline: 2024-01-31\nplan_figure: []") == [
            "content/c/campaign.md:5:1: warning: unknown key `plan_figure` in the front matter is ignored; known keys: title, issuer, document, period, baseline, sample, groups, metrics, indicators, ranking, awards, data, checks, plan_figures, totals_label; did you mean `plan_figures`?",
        ])
    }

    @Test func awardsCSVNeedsItsColumns() {
        let site = TestSite([
            "c/campaign.md": campaignMD(ErrorMessageTests.front + "\nawards: [{id: bang-khen, name: \"Bằng khen\"}]"),
            "c/units.csv": "id,name,group\na,An,g1\nb,Bình,g1\n",
            "c/data/2024-01-31.csv": "unit,total,Trực tuyến\na,10,5\nb,20,5\n",
            "c/awards.csv": "khen thưởng,đơn vị\nbang-khen,a\n",
        ])
        #expect(site.errors() == [
            "content/c/awards.csv:1:1: awards.csv needs the columns award,unit (and optionally decision,date,person), e.g. award,unit,decision,date,person",
        ])
    }

    @Test func aBadAwardsCSVLeavesThePreviousSite() throws {
        let files = [
            "c/campaign.md": campaignMD(ErrorMessageTests.front + "\nawards: [{id: bang-khen, name: \"Bằng khen\"}]"),
            "c/units.csv": "id,name,group\na,An,g1\nb,Bình,g1\n",
            "c/data/2024-01-31.csv": "unit,total,Trực tuyến\na,10,5\nb,20,5\n",
            "c/awards.csv": "award,unit,decision,date\nbang-khen,a,Quyết định số 5/QĐ-UBND,05/02/2025\n",
        ]
        let site = TestSite(files)
        _ = try site.build()
        let before = site.fs.snapshot.filter { $0.key.hasPrefix("public/") }
        try site.fs.write(Data("award,unit,decision,date\nbang-khen,a,Quyết định số 5/QĐ-UBND,2025-02-30\n".utf8),
                          to: "content/c/awards.csv")
        #expect(site.errors() == [
            "content/c/awards.csv:2:4: \"2025-02-30\" is not a date; write the decision's date as dd/mm/yyyy (e.g. 15/01/2025) or yyyy-mm-dd",
        ])
        #expect(site.fs.snapshot.filter { $0.key.hasPrefix("public/") } == before)
        #expect(before.keys.contains("public/c/data/leaderboard.json"))
    }
}

extension V2ErrorMessageTests {
    @Test func wordsOfTheRulesLanguageAreNotIDs() {
        #expect(errors("{id: rate, formula", with: "{id: score, formula") == [
            "content/c/campaign.md:9:10: indicator id \"score\" is a word of the rules language (all_targets, and, baseline, false, not, or, true, score); choose another id, e.g. score_rate",
        ])
        #expect(errors("{id: total}, {id: online", with: "{id: total}, {id: and") == [
            "content/c/campaign.md:7:29: metric id \"and\" is a word of the rules language (all_targets, and, baseline, false, not, or, true, score); choose another id, e.g. and_count",
            "content/c/campaign.md:9:26: in the formula of \"rate\": unknown id \"online\"; expected a metric or an earlier indicator (total)",
        ])
    }

    @Test func targetsAcceptTheSignsTheSitePrints() throws {
        let site = TestSite([
            "c/campaign.md": base.front("target: \">= 50%\"", with: "target: \"≥ 50%\""),
            "c/units.csv": "id,name,group\na,An,g1\nb,Bình,g1\n",
            "c/data/2024-01-31.csv": "unit,total,Trực tuyến\na,10,5\nb,20,5\n",
        ])
        let result = try site.result()
        #expect(result.campaign.indicators[0].target.target(for: "g1") == Target(.atLeast, 0.5))
        #expect(result.byID()["a"]!.targetsMet.map(\.met) == [true])
    }
}
