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

/// Excel 97–2003 snapshots (.xls), made by LibreOffice from the example
/// campaign's CSV files, build the same site as the CSV files, and their
/// errors are addressed to cells of the .xls file.
@Suite(.enabled(if: SofficeFixture.enabled, SofficeFixture.skipReason))
struct XLSThroughLibreOfficeTests {
    static let campaign = "can-tho-2024"

    /// The example campaign's files, relative to content/.
    static let files: [String: String] = {
        let folder = TestSite.repository.appendingPathComponent("content/" + campaign)
        var files: [String: String] = [:]
        for name in ["campaign.md", "units.csv"] {
            files[campaign + "/" + name] = try! String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        }
        for name in try! FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("data").path)
        where name.hasSuffix(".csv") {
            files[campaign + "/data/" + name] = try! String(contentsOf: folder.appendingPathComponent("data/" + name), encoding: .utf8)
        }
        return files
    }()

    /// Every snapshot of the campaign as .xls, made in one LibreOffice run.
    static let workbooks: Result<[String: Data], Error> = Result {
        let snapshots = files.filter { $0.key.hasSuffix(".csv") && $0.key.contains("/data/") }
        let made = try SofficeFixture.xls(fromCSV: Dictionary(uniqueKeysWithValues: snapshots.map {
            (String($0.key.split(separator: "/").last!.dropLast(4)), $0.value)
        }))
        return Dictionary(uniqueKeysWithValues: made.map { ("\(campaign)/data/\($0.key).xls", $0.value) })
    }

    /// The campaign with its snapshots as .xls instead of .csv.
    static func xlsSite() throws -> TestSite {
        TestSite(files.filter { !$0.key.contains("/data/") }, binary: try workbooks.get())
    }

    /// The built site's files but the output marker (which holds the inputs' fingerprint).
    static func output(_ site: TestSite) -> [String: Data] {
        site.fs.snapshot.filter { $0.key.hasPrefix("public/") && !$0.key.hasSuffix("/.thidua-output") }
    }

    @Test func xlsSnapshotsBuildTheSameSiteAsTheirCSVTwins() throws {
        let csv = TestSite(Self.files)
        let xls = try Self.xlsSite()
        let csvReport = try csv.build(), xlsReport = try xls.build()
        #expect(xlsReport.warnings.map(\.english) == csvReport.warnings.map(\.english))
        #expect(try xls.result().order == csv.result().order)
        #expect(try xls.result().current.map(\.score) == csv.result().current.map(\.score))
        #expect(xls.text("\(Self.campaign)/leaderboard.csv") == csv.text("\(Self.campaign)/leaderboard.csv"))
        let csvFiles = Self.output(csv), xlsFiles = Self.output(xls)
        #expect(csvFiles.count > 50)
        #expect(Set(xlsFiles.keys) == Set(csvFiles.keys))
        let differing = csvFiles.keys.filter { xlsFiles[$0] != csvFiles[$0] }.sorted()
        #expect(differing == [])
    }

    @Test func aBadCellInAnXLSIsAddressedToItsCellInTheXLSFile() throws {
        let csv = "unit,v\na,5\nb,hai nghìn\n"
        let xls = try SofficeFixture.xls(fromCSV: ["2024-01-31": csv])["2024-01-31"]!
        var files = oneIndicatorCampaign(units: "id,name\na,A\nb,B\n", data: csv)
        files["c/data/2024-01-31.csv"] = nil
        let site = TestSite(files, binary: ["c/data/2024-01-31.xls": xls])
        #expect(site.errors() == [
            "content/c/data/2024-01-31.xls:3:2: cell B3: \"hai nghìn\" in column \"v\" (v) is not a number; write e.g. 18.775, 0,5 or 93,5% (leave the cell empty when there is no data)",
        ])
    }

    @Test func aLibreOfficeThatTakesTooLongIsStopped() throws {
        let site = try Self.xlsSite()
        var options = site.options
        // No LibreOffice starts and converts six workbooks within a second.
        options.xlsConverter = LibreOffice(timeoutSeconds: 1)
        var messages: [String] = []
        do { _ = try Pipeline.build(options, fileSystem: site.fs) } catch let failure as BuildFailure {
            messages = failure.errors.map(\.english)
        }
        #expect(messages.count == 6)
        #expect(messages.first == "content/\(Self.campaign)/data/2024-03-14.xls: LibreOffice did not finish converting the .xls file within 1 s and was stopped; try again, or open the file in Excel and save it as \"Excel Workbook (.xlsx)\"")
        let cached = site.fs.isFolder(".thidua-cache/xls") ? try site.fs.list(".thidua-cache/xls") : []
        #expect(cached.isEmpty)
    }

    @Test func aWarmBuildRunsNoLibreOffice() throws {
        let site = try Self.xlsSite()
        let converter = CountingConverter(LibreOffice())
        var options = site.options
        options.xlsConverter = converter
        _ = try Pipeline.build(options, fileSystem: site.fs)
        #expect(converter.runs == 1)
        let cached = try site.fs.list(".thidua-cache/xls").map(\.name)
        #expect(cached.count == 6 && cached.allSatisfy { $0.hasSuffix(".xlsx") })
        #expect(try Pipeline.build(options, fileSystem: site.fs).unchanged)
        _ = try Pipeline.check(options, fileSystem: site.fs)
        #expect(converter.runs == 1)

        // A damaged workbook: LibreOffice is asked once, and its answer is remembered.
        let damaged = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + Data(repeating: 7, count: 3000)
        try site.fs.write(damaged, to: "content/\(Self.campaign)/data/2024-12-31.xls")
        let expected = [
            "content/\(Self.campaign)/data/2024-12-31.xls: LibreOffice could not read this .xls file (damaged, or protected by a password?); open it in Excel and save it as \"Excel Workbook (.xlsx)\" without a password",
        ]
        for _ in 0..<2 {
            var messages: [String] = []
            do { _ = try Pipeline.build(options, fileSystem: site.fs) } catch let failure as BuildFailure {
                messages = failure.errors.map(\.english)
            }
            #expect(messages == expected)
        }
        #expect(converter.runs == 2)
        // Removed, the damaged file's entry goes from the cache, the others stay, and the
        // inputs are those of the site built before: nothing to write.
        try site.fs.remove("content/\(Self.campaign)/data/2024-12-31.xls")
        #expect(try Pipeline.build(options, fileSystem: site.fs).unchanged)
        #expect(try site.fs.list(".thidua-cache/xls").map(\.name) == cached)
        #expect(converter.runs == 2)
    }
}

/// What happens to a .xls before or without LibreOffice.
struct XLSImportTests {
    static let ole = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + Data(repeating: 0, count: 504)

    static func site(_ xls: Data) -> TestSite {
        var files = oneIndicatorCampaign(units: "id,name\na,A\nb,B\n", data: "")
        files["c/data/2024-01-31.csv"] = nil
        return TestSite(files, binary: ["c/data/2024-01-31.xls": xls])
    }

    static func errors(_ site: TestSite, converter: XLSConverter) -> [String] {
        var options = site.options
        options.xlsConverter = converter
        do {
            _ = try Pipeline.build(options, fileSystem: site.fs)
            return []
        } catch let failure as BuildFailure {
            return failure.errors.map(\.english)
        } catch {
            return ["unexpected: \(error)"]
        }
    }

    @Test func withoutLibreOfficeTheErrorSaysHowToInstallItOrResave() {
        #expect(Self.errors(Self.site(Self.ole), converter: LibreOffice(searchPath: "/nonexistent")) == [
            "content/c/data/2024-01-31.xls: an Excel 97–2003 workbook (.xls) is read through LibreOffice, which is not installed; install it with: sudo apt install libreoffice-calc-nogui — or open the file in Excel and save it as \"Excel Workbook (.xlsx)\"",
        ])
        #expect(XLSMessage.notInstalled.message.vietnamese
            == "tệp Excel 97–2003 (.xls) cần LibreOffice để đọc, nhưng máy này chưa cài; cài bằng lệnh: sudo apt install libreoffice-calc-nogui — hoặc mở tệp trong Excel và lưu lại dạng \"Excel Workbook (.xlsx)\"")
    }

    @Test func aWebPageSavedAsXLSIsNamedAndNotGuessedAt() {
        let html = Data("<html><body><table><tr><td>unit</td><td>v</td></tr><tr><td>a</td><td>18.775</td></tr></table></body></html>".utf8)
        let converter = CountingConverter(LibreOffice(searchPath: "/nonexistent"))
        #expect(Self.errors(Self.site(html), converter: converter) == [
            "content/c/data/2024-01-31.xls: the file has the .xls extension but is a web page (HTML), as some systems export; open it in Excel and save it as \"Excel Workbook (.xlsx)\" or \"CSV UTF-8\" so that its figures are read exactly",
        ])
        #expect(Self.errors(Self.site(Data("unit,v\na,5\n".utf8)), converter: converter) == [
            "content/c/data/2024-01-31.xls: the file has the .xls extension but is not an Excel workbook; save it from Excel as \"Excel Workbook (.xlsx)\", or as \"CSV UTF-8\" with the .csv extension",
        ])
        #expect(converter.runs == 0)
    }

    @Test func anXLSXSavedAsXLSIsReadAsItIs() throws {
        let workbook = XLSXFixture(rows: XLSXFixture.rows([["unit", "v"], ["a", 5], ["b", 7]])).data
        let converter = CountingConverter(LibreOffice(searchPath: "/nonexistent"))
        let site = Self.site(workbook)
        var options = site.options
        options.xlsConverter = converter
        let result = try Pipeline.analyse(options, fileSystem: site.fs).results[0]
        #expect(result.order == ["b", "a"])
        #expect(converter.runs == 0)
    }

    @Test func theKindOfAnXLSIsToldByItsBytes() {
        #expect(XLSImport.kind(Self.ole) == .ole)
        #expect(XLSImport.kind(Data([0x50, 0x4B, 0x03, 0x04, 0])) == .zip)
        #expect(XLSImport.kind(Data("\u{FEFF}\n <!DOCTYPE html><html>".utf8)) == .html)
        #expect(XLSImport.kind(Data("<table><tr><td>1</td></tr></table>".utf8)) == .html)
        #expect(XLSImport.kind(Data("<?xml version=\"1.0\"?><Workbook>".utf8)) == .other)
        #expect(XLSImport.kind(Data([0xD0, 0xCF, 0x11, 0xE0])) == .other)
    }
}
