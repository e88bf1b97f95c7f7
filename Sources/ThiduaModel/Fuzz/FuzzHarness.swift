import Foundation

/// The parsers of the input path, each fed raw bytes the way a damaged or
/// hostile upload would reach it. Used by the libFuzzer harnesses
/// (`thidua-fuzz`, see README "Fuzzing") and by the test suite, which
/// replays every input that once crashed. A run may fail with a
/// diagnostic; it must never trap, hang or throw anything else.
public enum FuzzHarness: String, CaseIterable, Sendable {
    /// A whole Excel workbook (.xlsx), as `data/*.xlsx`.
    case xlsx
    /// One unzipped XML part of a workbook, read as each kind of part
    /// (worksheet, shared strings, workbook, relationships).
    case xlsxPart = "xlsx-part"
    /// A snapshot CSV file, bytes to table.
    case csv
    /// A `campaign.md`: front matter split, YAML, and the campaign rules it holds.
    case frontMatter = "front-matter"
    /// A formula, then the same text as a condition.
    case formula

    public func run(_ data: Data) {
        switch self {
        case .xlsx:
            expectDiagnostic { _ = try XLSXReader.read(data, path: "data/2024-10-31.xlsx", sheet: nil) }
        case .xlsxPart:
            expectXLSXFailure { _ = try XLSXSheetParser.parse(data, sharedStrings: ["a", "b"], part: "xl/worksheets/sheet1.xml") }
            expectXLSXFailure { _ = try XLSXParts.sharedStrings(data, part: "xl/sharedStrings.xml") }
            expectXLSXFailure { _ = try XLSXParts.elements("sheet", in: data, part: "xl/workbook.xml") }
            expectXLSXFailure { _ = try XLSXParts.relationships(data, part: "xl/_rels/workbook.xml.rels") }
        case .csv:
            expectDiagnostic {
                let file = try SourceFile.decode(data, path: "data/2024-10-31.csv")
                _ = try CSVTableReader.read(file.text, path: file.path)
            }
        case .frontMatter:
            expectDiagnostic {
                let plan = try SourceFile.decode(data, path: "content/c/campaign.md")
                var log = DiagnosticLog()
                _ = CampaignReader.read(
                    CampaignSource(slug: "c", folderPath: "content/c", plan: plan, roster: nil, grants: nil, snapshots: []),
                    log: &log)
            }
        case .formula:
            let text = String(decoding: data, as: UTF8.self)
            let names = FormulaParser.Names(metrics: ["total", "online"], earlierIndicators: ["rate"],
                                            laterIndicators: ["gain"], hasBaseline: true, allowsAllTargets: true)
            expectFormulaFailure(text) { _ = try FormulaParser.parse(text, names: names) }
            expectFormulaFailure(text) { _ = try FormulaParser.parseCondition(text, names: names) }
        }
    }

    private func expectDiagnostic(_ body: () throws -> Void) {
        do { try body() } catch is Diagnostic {} catch {
            preconditionFailure("\(rawValue): an error that is not a diagnostic: \(error)")
        }
    }

    private func expectXLSXFailure(_ body: () throws -> Void) {
        do { try body() } catch is XLSXFailure {} catch {
            preconditionFailure("\(rawValue): an error that is not an XLSXFailure: \(error)")
        }
    }

    private func expectFormulaFailure(_ text: String, _ body: () throws -> Void) {
        do { try body() } catch let failure as FormulaParser.Failure {
            precondition(failure.offset >= 0 && failure.offset <= text.count, "\(rawValue): offset \(failure.offset) outside the text")
        } catch {
            preconditionFailure("\(rawValue): an error that is not a FormulaParser.Failure: \(error)")
        }
    }
}
