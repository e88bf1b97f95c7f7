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

/// Randomised inputs for every parser of the input path, with a fixed seed
/// and budget so CI is repeatable: no input may crash; every failure must be
/// a diagnostic. Run longer with `THIDUA_FUZZ_ITERATIONS=200000 swift test --filter Fuzz`
/// (and another seed with THIDUA_FUZZ_SEED). Inputs that once crashed are
/// kept in `regressions` below.
struct FuzzTests {
    static let iterations = Int(ProcessInfo.processInfo.environment["THIDUA_FUZZ_ITERATIONS"] ?? "") ?? 3000
    static let seed = UInt64(ProcessInfo.processInfo.environment["THIDUA_FUZZ_SEED"] ?? "") ?? 20_241_031

    /// Pieces that matter to the parsers, mixed with random characters.
    static let alphabet: [String] = [
        "0", "1", "9", ".", ",", "%", "-", " ", "\u{00A0}", "+", "*", "/", "(", ")", "e", "E", "đ", "Ư", "̀", "\"", "'",
        "\n", "\r\n", "\t", ":", "{", "}", "[", "]", "&", "*a", "&a", "---", "#", "total", "online", "baseline(",
        "rate", "<", ">", "=", ">=", "\u{FEFF}", "\u{202E}", "\0", "🙂", "1.000", "93,5%", "2.614.507.177",
    ]

    static func text(_ rng: inout SeededGenerator, maxPieces: Int = 24) -> String {
        (0..<Int.random(in: 0...maxPieces, using: &rng)).map { _ in
            Bool.random(using: &rng) ? alphabet.randomElement(using: &rng)!
                : String(UnicodeScalar(UInt8.random(in: 32...126, using: &rng)))
        }.joined()
    }

    @Test func cellNumbers() {
        var rng = SeededGenerator(seed: Self.seed)
        for _ in 0..<Self.iterations {
            let input = Self.text(&rng, maxPieces: 8)
            if case .value(let v) = CellNumber.read(input) { #expect(v.isFinite, "\(input)") }
        }
    }

    @Test func formulas() {
        var rng = SeededGenerator(seed: Self.seed &+ 1)
        let names = FormulaParser.Names(metrics: ["total", "online"], earlierIndicators: ["rate"],
                                        laterIndicators: ["x"], hasBaseline: true)
        for _ in 0..<Self.iterations {
            let input = Self.text(&rng)
            do {
                _ = try FormulaParser.parse(input, names: names)
            } catch let failure as FormulaParser.Failure {
                #expect(failure.offset >= 0 && failure.offset <= input.count, "\(input)")
            } catch {
                Issue.record("unexpected error \(error) for \(input)")
            }
        }
        // Deep nesting fails with a message instead of exhausting the stack.
        for depth in [10_000, 100_000] {
            let deep = String(repeating: "(", count: depth) + "1" + String(repeating: ")", count: depth)
            #expect(throws: FormulaParser.Failure.self) { try FormulaParser.parse(deep, names: names) }
            let negations = String(repeating: "-", count: depth) + "1"
            #expect(throws: FormulaParser.Failure.self) { try FormulaParser.parse(negations, names: names) }
        }
    }

    @Test func csvTables() {
        var rng = SeededGenerator(seed: Self.seed &+ 2)
        for _ in 0..<Self.iterations / 3 {
            let input = (0..<Int.random(in: 0...6, using: &rng)).map { _ in Self.text(&rng, maxPieces: 10) }
                .joined(separator: Bool.random(using: &rng) ? "\n" : ",")
            _ = try? CSVTableReader.read(input, path: "x.csv")
        }
    }

    @Test func xlsxBytes() throws {
        var rng = SeededGenerator(seed: Self.seed &+ 3)
        let valid = XLSXFixture(rows: XLSXFixture.rows([["unit", "total"], ["a", 1]])).data
        for _ in 0..<Self.iterations / 10 {
            var bytes = valid
            // Flip a few bytes, or cut the file short.
            for _ in 0..<Int.random(in: 1...8, using: &rng) {
                bytes[Int.random(in: 0..<bytes.count, using: &rng)] = UInt8.random(in: 0...255, using: &rng)
            }
            if Bool.random(using: &rng) { bytes = bytes.prefix(Int.random(in: 0..<bytes.count, using: &rng)) }
            _ = try? XLSXReader.read(bytes, path: "x.xlsx", sheet: nil)
        }
        for junk in [Data(), Data("PK".utf8), Data(repeating: 0, count: 1000), Data("unit,total\na,1\n".utf8)] {
            #expect(throws: (any Error).self) { try XLSXReader.read(junk, path: "x.xlsx", sheet: nil) }
        }
    }

    /// Whole campaigns: a valid one with random damage in every file, built
    /// in memory. Any outcome is fine except a crash or an error without a file.
    @Test func wholeCampaigns() {
        var rng = SeededGenerator(seed: Self.seed &+ 4)
        let valid: [String: String] = [
            "c/campaign.md": campaignMD("""
                title: "Fuzz"
                period: {start: 2024-01-01, end: 2024-12-31}
                baseline: 2024-01-31
                groups: [{id: g, name: "G", brackets: {metric: total, bounds: [10]}}]
                metrics: [{id: total}, {id: online, column: "Trực tuyến"}]
                indicators:
                  - {id: rate, formula: "online / total", format: percent, target: ">= 50%"}
                  - {id: gain, formula: "rate - baseline(rate)", format: points, target: {g: "10%"}}
                ranking: {by: score}
                awards: [{id: a, name: "A", top: 1, per: bracket, require: all_targets}]
                """, body: "# Kế hoạch\n\n<script>x</script>\n"),
            "c/units.csv": "id,name,group\na,An,g\nb,Bình,g\n",
            "c/data/2024-01-31.csv": "unit,total,Trực tuyến\na,10,5\nb,20,5\n",
            "c/data/2024-02-29.csv": "unit,total,Trực tuyến\na,12,9\nb,25,\n",
        ]
        for _ in 0..<max(20, Self.iterations / 100) {
            var files = valid
            let key = valid.keys.sorted().randomElement(using: &rng)!
            var text = Array(files[key]!)
            for _ in 0..<Int.random(in: 1...4, using: &rng) where !text.isEmpty {
                let at = Int.random(in: 0..<text.count, using: &rng)
                switch Int.random(in: 0...2, using: &rng) {
                case 0: text.remove(at: at)
                case 1: text.insert(contentsOf: Self.text(&rng, maxPieces: 3), at: at)
                default: text[at] = Self.alphabet.randomElement(using: &rng)!.first ?? Character("x")
                }
            }
            files[key] = String(text)
            let site = TestSite(files)
            do {
                _ = try site.build()
            } catch let failure as BuildFailure {
                #expect(!failure.errors.isEmpty)
                #expect(failure.errors.allSatisfy { !$0.location.path.isEmpty })
            } catch {
                Issue.record("not a diagnostic: \(error) after damaging \(key)")
            }
        }
    }

    /// Inputs that crashed thidua once; each must now fail cleanly or build.
    @Test func regressions() {
        let names = FormulaParser.Names(metrics: ["total"], earlierIndicators: [], laterIndicators: ["x"], hasBaseline: false)
        for input in ["(", ")", "1..", ".", "-", "--", "1%%", "baseline(", "((((", "1e5", "total/0", ""] {
            _ = try? FormulaParser.parse(input, names: names)
        }
        for input in ["%", "-%", ",", ".", "1,,2", "1 000 000,5%", "−", "9999999999999999999999999"] {
            _ = CellNumber.read(input)
        }
    }
}

/// SplitMix64: a small, fixed, seedable generator (the standard library's is random per run).
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

struct LimitTests {
    @Test func aMillionBadRowsGiveBoundedMessages() {
        var csv = "unit,v\n"
        csv.reserveCapacity(12_000_000)
        for i in 0..<1_000_000 { csv += "x\(i),1\n" }
        let site = TestSite([
            "c/campaign.md": campaignMD("""
                title: "Giới hạn"
                period: {start: 2024-01-01, end: 2024-12-31}
                metrics: [{id: v}]
                indicators: [{id: x, formula: "v"}]
                """),
            "c/units.csv": "id,name\na,An\n",
            "c/data/2024-01-31.csv": csv,
        ])
        let errors = site.errors()
        #expect(errors.count == DiagnosticLog.limit + 1)
        #expect(errors.last == "content/c/data/2024-01-31.csv: … and 999,800 more problems not shown; fix the ones above and run again")
    }

    @Test func yamlAliasesAreRefused() {
        let bomb = """
            title: "x"
            a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
            b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
            c: [*b, *b, *b, *b, *b, *b, *b, *b, *b]
            """
        let site = TestSite(["c/campaign.md": campaignMD(bomb), "c/units.csv": "id,name\na,An\n"])
        #expect(site.errors() == ["content/c/campaign.md:3: YAML anchors (&name) and aliases (*name) are not supported; write each value out"])
    }
}

struct PlanSizeTests {
    @Test func aHugePlanFailsFast() {
        let body = String(repeating: "Nội dung kế hoạch.\n\n", count: 600_000)
        let site = TestSite(oneIndicatorCampaign(units: "id,name\na,An\n", data: "unit,v\na,1\n", body: body))
        #expect(site.errors() == [
            "content/c/campaign.md: campaign.md is 14 MB; a plan should be under 10 MB — remove pasted tables or images (the figures belong in data/)",
        ])
    }
}
