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

/// The exact Vietnamese and English text of one message of each area, as
/// an office worker reads it, position first.
struct MessageTextTests {
    static let files = [
        "c/campaign.md": campaignMD(ErrorMessageTests.front),
        "c/units.csv": "id,name,group\na,An,g1\nb,Bình,g1\n",
        "c/data/2024-01-31.csv": "unit,total,Trực tuyến\na,10,5\nb,20,5\n",
    ]

    /// The diagnostics of a build of a valid campaign with one file replaced.
    func diagnostics(replacing path: String, with text: String) -> [Diagnostic] {
        var files = Self.files
        files[path] = text
        do {
            return try TestSite(files).build().warnings
        } catch let failure as BuildFailure {
            return failure.diagnostics
        } catch {
            return []
        }
    }

    func both(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map(\.vietnamese) + diagnostics.map(\.english)
    }

    @Test func misspelledKeyInTheFrontMatter() {
        let front = Self.files["c/campaign.md"]!.replacingOccurrences(of: "period:", with: "periodd:")
        let found = both(diagnostics(replacing: "c/campaign.md", with: front).filter { $0.message.key == .unknownKey })
        #expect(found.count == 2)
        #expect(found.first?.hasSuffix("Có phải ý bạn là `period`?") == true)
        #expect(found.last?.hasSuffix("; did you mean `period`?") == true)
        #expect(found.first?.hasPrefix("content/c/campaign.md:") == true && found.first?.contains(": cảnh báo: khoá `periodd` trong phần quy định đầu tệp không hợp lệ nên bị bỏ qua; các khoá hợp lệ: ") == true)
    }

    @Test func idRenamedInTheRoster() {
        let found = both(diagnostics(replacing: "c/units.csv", with: "idd,name,group\na,An,g1\nb,Bình,g1\n").filter { $0.severity == .error })
        #expect(found == [
            "content/c/units.csv:1:1: thiếu cột `id` trong dòng tiêu đề; units.csv cần các cột id,name,group",
            "content/c/units.csv:1:1: the header has no `id` column; units.csv needs the columns id,name,group",
        ])
    }

    /// Once printed "expected one of: , or score": the list must name what there is.
    @Test func idRenamedInTheFrontMatter() {
        let front = campaignMD(ErrorMessageTests.front.replacingOccurrences(of: "{id: rate,", with: "{idd: rate,")
            + "\nranking: {by: rate}")
        #expect(both(diagnostics(replacing: "c/campaign.md", with: front)) == [
            "content/c/campaign.md:9:6: cảnh báo: khoá `idd` trong chỉ số không hợp lệ nên bị bỏ qua; các khoá hợp lệ: id, name, formula, format, better, target, weight. Có phải ý bạn là `id`?",
            "content/c/campaign.md:9:5: thiếu khoá `id` (bắt buộc)",
            "content/c/campaign.md:10:15: `ranking.by` ghi \"rate\", không phải là một chỉ số; cần một trong các mã: score",
            "content/c/campaign.md:9:6: warning: unknown key `idd` in an indicator is ignored; known keys: id, name, formula, format, better, target, weight; did you mean `id`?",
            "content/c/campaign.md:9:5: `id` is required",
            "content/c/campaign.md:10:15: `ranking.by` names \"rate\", which is not an indicator; expected one of: score",
        ])
    }

    @Test func misspelledMetricColumnInTheData() {
        let found = both(diagnostics(replacing: "c/data/2024-01-31.csv", with: "unit,totl,Trực tuyến\na,10,5\nb,20,5\n").filter { $0.severity == .error })
        #expect(found.first == "content/c/data/2024-01-31.csv:1: thiếu cột \"total\" của số liệu \"total\" trong dòng tiêu đề; hãy thêm cột này hoặc sửa `column:` trong campaign.md. Có phải ý bạn là `totl`?")
    }

    @Test func badCell() {
        let found = both(diagnostics(replacing: "c/data/2024-01-31.csv", with: "unit,total,Trực tuyến\na,hai mươi,5\nb,20,5\n").filter { $0.severity == .error })
        #expect(found == [
            "content/c/data/2024-01-31.csv:2:2: \"hai mươi\" ở cột \"total\" (total) không phải là số; hãy viết ví dụ 18.775, 0,5 hoặc 93,5% (để trống ô khi chưa có số liệu)",
            "content/c/data/2024-01-31.csv:2:2: \"hai mươi\" in column \"total\" (total) is not a number; write e.g. 18.775, 0,5 or 93,5% (leave the cell empty when there is no data)",
        ])
    }

    @Test func yamlErrorsAreReportedOnTheirOwnLine() {
        // Line 4 of the file (line 3 of the front matter) lacks its colon.
        let front = "---\nperiod: {start: 2024-01-01, end: 2024-12-31}\nmetrics: [{id: total}]\ntitle \"T\"\nindicators: [{id: x, formula: total}]\n---\n"
        let found = diagnostics(replacing: "c/campaign.md", with: front)
        #expect(found.map(\.location.line) == [4])
        #expect(found.first?.vietnamese == "content/c/campaign.md:4:1: không đọc được YAML: thiếu dấu hai chấm \":\" sau khoá (khi đọc một khoá bắt đầu ở dòng 4); hãy kiểm tra thụt lề, dấu hai chấm và dấu ngoặc kép")
        // The same in site.yml, which has no front matter offset.
        let site = TestSite(Self.files, site: "title: \"T\"\nbase_url: \"https://example.gov.vn/\"\nlanguage: vi\norganization \"Sở\"\nx: 1\n")
        #expect(site.errors().map { $0.components(separatedBy: ": ").first! } == ["content/site.yml:4:1"])
    }

    @Test func formulaWithAnUnknownId() {
        let front = Self.files["c/campaign.md"]!.replacingOccurrences(of: "online / total", with: "online / totl")
        let found = diagnostics(replacing: "c/campaign.md", with: front).filter { $0.severity == .error }
        #expect(found.first.map { MessageCatalogue.vietnamese.text($0.message) }?.hasSuffix("không có mã \"totl\"; cần mã một số liệu hoặc một chỉ số khai báo trước (total, online). Có phải ý bạn là `total`?") == true)
    }

    @Test func commandLines() {
        #expect(MessageCatalogue.vietnamese.text(.summaryErrors, ["count": 12]) == "thidua: 12 lỗi; chưa ghi gì")
        #expect(MessageCatalogue.english.text(.summaryErrors, ["count": 1200]) == "thidua: 1,200 errors; nothing was written")
        #expect(MessageCatalogue.vietnamese.text(.checkOKWarnings, ["count": 2]) == "Nội dung hợp lệ (2 cảnh báo)")
        #expect(MessageCatalogue.vietnamese.text(.waitingForBuild, ["who": Message(.anotherBuildProcess, ["process": "4242"]), "folder": "public"])
            == "Đang chờ: một lần dựng thidua khác (tiến trình 4242) đang ghi public/ …")
    }
}
