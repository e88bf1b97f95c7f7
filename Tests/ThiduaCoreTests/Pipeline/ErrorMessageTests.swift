import Testing
@testable import ThiduaSupport
@testable import ThiduaLoad
@testable import ThiduaModel
@testable import ThiduaRank
@testable import ThiduaChart
@testable import ThiduaRender
@testable import ThiduaWrite
@testable import ThiduaCore

/// Every kind of bad input names file:line(:column) and says what to do.
struct ErrorMessageTests {
    static let front = """
        title: "Lỗi"
        period: {start: 2024-01-01, end: 2024-12-31}
        baseline: 2024-01-31
        groups:
          - {id: g1, name: "Khối 1"}
        metrics: [{id: total}, {id: online, column: "Trực tuyến"}]
        indicators:
          - {id: rate, formula: "online / total", format: percent, target: ">= 50%"}
        """

    /// A valid campaign with one file replaced.
    func errors(replacing path: String, with text: String) -> [String] {
        var files = [
            "c/campaign.md": campaignMD(Self.front),
            "c/units.csv": "id,name,group\na,An,g1\nb,Bình,g1\n",
            "c/data/2024-01-31.csv": "unit,total,Trực tuyến\na,10,5\nb,20,5\n",
        ]
        files[path] = text
        return TestSite(files).errors()
    }

    func front(_ replace: String, with new: String) -> String {
        campaignMD(Self.front.replacingOccurrences(of: replace, with: new))
    }

    @Test func validCampaignBuilds() throws {
        #expect(errors(replacing: "c/none", with: "") == [])
    }

    @Test func unknownGroupInRoster() {
        #expect(errors(replacing: "c/units.csv", with: "id,name,group\na,An,g1\nb,Bình,g9\n") == [
            "content/c/units.csv:3:3: unknown group \"g9\" for unit \"b\"; expected one of: g1; did you mean `g1`?",
        ])
    }

    @Test func duplicateUnitIDs() {
        #expect(errors(replacing: "c/units.csv", with: "id,name,group\na,An,g1\na,Bình,g1\n") == [
            "content/c/units.csv:3:1: unit id \"a\" is already used on line 2; ids must be unique",
        ])
    }

    @Test func unsafeUnitID() {
        #expect(errors(replacing: "c/units.csv", with: "id,name,group\n../x,An,g1\n") == [
            "content/c/units.csv:2:1: unit id \"../x\" may only contain lowercase letters a-z, digits and \"-\" (not at the start or end), e.g. \"x\"",
        ])
    }

    @Test func unknownUnitInSnapshot() {
        #expect(errors(replacing: "c/data/2024-01-31.csv", with: "unit,total,Trực tuyến\na,10,5\nzz,20,5\n") == [
            "content/c/data/2024-01-31.csv:3:1: unknown unit \"zz\"; every unit in a snapshot must be listed in units.csv",
        ])
    }

    @Test func missingMetricColumn() {
        #expect(errors(replacing: "c/data/2024-01-31.csv", with: "unit,total,online_count\na,10,5\n") == [
            "content/c/data/2024-01-31.csv:1: metric \"online\" has no column \"Trực tuyến\" in the header; add the column or fix `column:` in campaign.md",
        ])
    }

    @Test func nonNumberCell() {
        #expect(errors(replacing: "c/data/2024-01-31.csv", with: "unit,total,Trực tuyến\r\na,10,5\r\nb,\"hai mươi\",5\r\n") == [
            "content/c/data/2024-01-31.csv:3:2: \"hai mươi\" in column \"total\" (total) is not a number; write e.g. 18.775, 0,5 or 93,5% (leave the cell empty when there is no data)",
        ])
    }

    @Test func lineNumbersCountLineBreaksInsideQuotedCells() {
        let csv = "unit,total,Trực tuyến,note\na,10,5,\"hai\ndòng\"\nb,x,5,\n"
        #expect(errors(replacing: "c/data/2024-01-31.csv", with: csv) == [
            "content/c/data/2024-01-31.csv:4:2: \"x\" in column \"total\" (total) is not a number; write e.g. 18.775, 0,5 or 93,5% (leave the cell empty when there is no data)",
        ])
    }

    @Test func unknownIdentifierInFormula() {
        #expect(errors(replacing: "c/campaign.md", with: front("\"online / total\"", with: "\"online / totl\"")) == [
            "content/c/campaign.md:9:35: in the formula of \"rate\": unknown id \"totl\"; expected a metric or an earlier indicator (total, online); did you mean `total`?",
        ])
    }

    @Test func syntaxErrorInFormula() {
        #expect(errors(replacing: "c/campaign.md", with: front("\"online / total\"", with: "\"online / (total\"")) == [
            "content/c/campaign.md:9:35: in the formula of \"rate\": \"(\" is never closed",
        ])
    }

    @Test func forwardAndCyclicReferences() {
        let yaml = Self.front.replacingOccurrences(of: "formula: \"online / total\"", with: "formula: \"gain + 1\"")
            + "\n  - {id: gain, formula: \"rate * 2\"}"
        #expect(errors(replacing: "c/campaign.md", with: campaignMD(yaml)) == [
            "content/c/campaign.md:9:26: in the formula of \"rate\": indicator \"gain\" is defined later; an indicator can only use indicators listed before it",
        ])
        let cyclic = Self.front.replacingOccurrences(of: "formula: \"online / total\"", with: "formula: \"rate\"")
        #expect(errors(replacing: "c/campaign.md", with: campaignMD(cyclic)) == [
            "content/c/campaign.md:9:26: in the formula of \"rate\": indicator \"rate\" cannot refer to itself",
        ])
    }

    @Test func baselineWithoutSnapshot() {
        #expect(errors(replacing: "c/campaign.md", with: front("baseline: 2024-01-31", with: "baseline: 2024-01-30")) == [
            "content/c/campaign.md:4:11: baseline 2024-01-30 has no snapshot; add data/2024-01-30.csv or use one of: 2024-01-31",
        ])
    }

    @Test func badTarget() {
        #expect(errors(replacing: "c/campaign.md", with: front("\">= 50%\"", with: "\">= năm mươi\"")) == [
            "content/c/campaign.md:9:72: bad target \">= năm mươi\"; write e.g. \">= 50%\", \"> 90%\", \"<= 5%\" or a number",
        ])
    }

    @Test func targetForUnknownGroup() {
        #expect(errors(replacing: "c/campaign.md", with: front("\">= 50%\"", with: "{g2: \"10%\"}")) == [
            "content/c/campaign.md:9:69: unknown group \"g2\" in target; expected one of: g1; did you mean `g1`?",
        ])
    }

    /// The contract: `per: bracket` in a group without brackets is the group;
    /// when no group has brackets that is said, as a likely slip.
    @Test func perBracketAwardWithoutBracketsIsPerGroupWithAWarning() throws {
        let yaml = Self.front + "\nawards:\n  - {id: nhat, name: \"Nhất\", top: 1, per: bracket}"
        let site = TestSite([
            "c/campaign.md": campaignMD(yaml),
            "c/units.csv": "id,name,group\na,An,g1\nb,Bình,g1\n",
            "c/data/2024-01-31.csv": "unit,total,Trực tuyến\na,10,5\nb,20,5\n",
        ])
        #expect(site.messages() == [
            "content/c/campaign.md:11:43: warning: award \"nhat\" is given per bracket, but no group has `brackets`: it is given per group; write per: group, or add brackets",
        ])
        let result = try site.result()
        #expect(result.byID()["a"]?.awards.map { result.campaign.awards[$0].id } == ["nhat"])
        #expect(result.byID()["b"]?.awards.isEmpty == true)
    }

    @Test func brokenYAML() {
        #expect(errors(replacing: "c/campaign.md", with: front("end: 2024-12-31}", with: "end: 2024-12-31")) == [
            "content/c/campaign.md:3:9: the YAML cannot be read: did not find expected ',' or '}' (while parsing a flow mapping that starts on line 3); check indentation, colons and quotes",
        ])
    }

    @Test func missingTitleAndPeriod() {
        let yaml = Self.front.replacingOccurrences(of: "title: \"Lỗi\"\nperiod: {start: 2024-01-01, end: 2024-12-31}\n", with: "")
        #expect(errors(replacing: "c/campaign.md", with: campaignMD(yaml)) == [
            "content/c/campaign.md:2:1: `title` is required",
            "content/c/campaign.md:2:1: `period` is required: `period: {start: 2024-09-01, end: 2024-10-31}`",
        ])
    }

    @Test func snapshotFileNameMustBeADate() {
        var files = [
            "c/campaign.md": campaignMD(Self.front),
            "c/units.csv": "id,name,group\na,An,g1\n",
            "c/data/2024-01-31.csv": "unit,total,Trực tuyến\na,10,5\n",
            "c/data/2024-02-30.csv": "unit,total,Trực tuyến\na,10,5\n",
        ]
        files["site.yml"] = nil
        #expect(TestSite(files).errors() == [
            "content/c/data/2024-02-30.csv: a snapshot's file name must be its date, YYYY-MM-DD.csv or YYYY-MM-DD.xlsx (e.g. 2024-07-16.csv)",
        ])
    }
}
