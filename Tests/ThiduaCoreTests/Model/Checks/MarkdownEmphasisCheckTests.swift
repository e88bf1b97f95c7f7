import Testing
@testable import ThiduaSupport
@testable import ThiduaLoad
@testable import ThiduaModel
@testable import ThiduaRank
@testable import ThiduaChart
@testable import ThiduaRender
@testable import ThiduaWrite
@testable import ThiduaCore

struct MarkdownEmphasisCheckTests {
    @Test func cmarkReportsTheRunsItLeavesAsText() {
        // Columns in UTF-8 bytes: "là " is 4 bytes.
        #expect(Markdown.literalDelimiterRuns("là **tối thiểu 45%**².") == [
            Markdown.LiteralRun(line: 1, byteColumn: 5, text: "**"),
            Markdown.LiteralRun(line: 1, byteColumn: 24, text: "**"),
        ])
        #expect(Markdown.literalDelimiterRuns("là **tối thiểu 45%²**.").isEmpty)
        // Code, escapes, entities and paired emphasis are not literal runs.
        #expect(Markdown.literalDelimiterRuns("Dòng một\n\ndòng `**mã**`, \\*chú thích, &#42; và *đúng* **đậm**").isEmpty)
        // A partly used run leaves the rest: "***a**" is "*" then bold.
        #expect(Markdown.literalDelimiterRuns("x ***a** y") == [Markdown.LiteralRun(line: 1, byteColumn: 3, text: "*")])
        #expect(Markdown.literalDelimiterRuns("- mục\n- b **c\n\n> trích __d") == [
            Markdown.LiteralRun(line: 2, byteColumn: 5, text: "**"),
            Markdown.LiteralRun(line: 4, byteColumn: 10, text: "__"),
        ])
    }

    @Test func warnsWithFileLineColumnAndHowToFix() {
        let body = "\n*Số: 74/KH-UBND*\n\nlà **tối thiểu 45%**².\n"
        let warnings = MarkdownEmphasisCheck.warnings(body, path: "content/x/campaign.md", firstLine: 10)
        func expected(_ column: Int, _ place: String) -> String {
            "content/x/campaign.md:13:\(column): warning: \"**\" is printed as literal asterisks in the plan, not as bold or "
                + "italic: Markdown pairs an opening run with a closing one in the same paragraph only when each touches the "
                + "emphasised words and has a space or punctuation on its outer side, and here it stands between \(place); "
                + "move it (\"**tối thiểu 45%²**.\", not \"**tối thiểu 45%**²\"), add a space or rewrite the text, "
                + "or write \\* for each asterisk meant to be shown"
        }
        #expect(warnings.map(\.english) == [expected(4, "\" \" and \"t\""), expected(19, "\"%\" and \"²\"")])
    }

    @Test func leavesAloneWhatIsMeantToBeShown() {
        let body = "5 * 3 = 15, cột tong_so, \\*ghi chú, `**mã**`, *nghiêng* và **đậm**.\n\n***\n\n* mục"
        #expect(MarkdownEmphasisCheck.warnings(body, path: "p", firstLine: 1).isEmpty)
        let spaced = MarkdownEmphasisCheck.warnings("là ** tối thiểu ** và _x", path: "p", firstLine: 1).map(\.english)
        #expect(spaced.count == 3)
        #expect(spaced[0].hasPrefix("p:1:4: warning: \"**\" is printed as literal asterisks in the plan, not as bold or italic: "
            + "Markdown pairs an opening run with a closing one in the same paragraph only when each touches the "
            + "emphasised words and has a space or punctuation on its outer side, and here it has spaces on both sides;"))
        #expect(spaced[2].hasPrefix("p:1:23: warning: \"_\" is printed as a literal underscore in the plan"))
    }

    @Test func checkAndBuildWarnAtTheLineOfCampaignMD() throws {
        let body = "# Kế hoạch\n\nChỉ tiêu là **tối thiểu 45%**².\n"
        let site = TestSite(["c/campaign.md": campaignMD(DataCheckTests.front, body: body), "c/units.csv": DataCheckTests.units,
                             "c/data/2024-07-16.csv": DataCheckTests.july])
        let emphasis = { (messages: [String]) in messages.filter { $0.contains("printed as literal") }.map { $0.prefix(44) } }
        // Ten YAML lines between the fences (lines 1 and 12): the body starts on line 13.
        let expected: [Substring] = ["content/c/campaign.md:15:13: warning: \"**\" i", "content/c/campaign.md:15:28: warning: \"**\" i"]
        #expect(emphasis(site.messages()) == expected)
        #expect(emphasis(try Pipeline.check(site.options, fileSystem: site.fs).map(\.english)) == expected)
    }
}
