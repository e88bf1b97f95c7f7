import Testing
@testable import ThiduaSupport
@testable import ThiduaLoad
@testable import ThiduaModel
@testable import ThiduaRank
@testable import ThiduaChart
@testable import ThiduaRender
@testable import ThiduaWrite
@testable import ThiduaCore

/// Formulas in words: names for ids, "+ − × /", parentheses only where the
/// order of operations needs them, Vietnamese numbers.
struct FormulaTextTests {
    static let site = TestSite([
        "c/campaign.md": campaignMD("""
            title: "T"
            period: {start: 2024-09-01, end: 2024-10-31}
            baseline: 2024-07-16
            metrics:
              - {id: online, name: "Số hồ sơ trực tuyến"}
              - {id: total, name: "Tổng số hồ sơ"}
              - {id: paid, name: "Số tiền (đồng)"}
            indicators:
              - {id: rate, name: "Tỷ lệ trực tuyến", formula: "online / total", format: percent}
              - {id: gain, name: "Mức tăng", formula: "rate - baseline(rate)", format: points}
            """),
        "c/units.csv": "id,name\ns1,Sở Y tế\n",
        "c/data/2024-07-16.csv": "unit,online,total,paid\ns1,1,4,0\n",
        "c/data/2024-10-31.csv": "unit,online,total,paid\ns1,3,4,1000\n",
    ])

    static func words(_ formula: String, as numberFormat: ValueFormat? = nil) throws -> String {
        let analysis = try site.analyse()
        let campaign = analysis.site.campaigns[0]
        let names = FormulaParser.Names(metrics: campaign.metrics.map(\.id), earlierIndicators: campaign.indicators.map(\.id),
                                        laterIndicators: [], hasBaseline: true)
        let expression = try FormulaParser.parse(formula, names: names)
        return RuleText(campaign: campaign, format: NumberFormat(language: .vi), strings: analysis.strings)
            .expression(expression, as: numberFormat)
    }

    @Test func namesAndOperators() throws {
        #expect(try Self.words("online / total") == "Số hồ sơ trực tuyến / Tổng số hồ sơ")
        #expect(try Self.words("online * 100 / total") == "Số hồ sơ trực tuyến × 100 / Tổng số hồ sơ")
        #expect(try Self.words("total - online") == "Tổng số hồ sơ − Số hồ sơ trực tuyến")
        #expect(try Self.words("paid / 1000000") == "Số tiền (đồng) / 1.000.000")
        #expect(try Self.words("online / total * 0.5") == "Số hồ sơ trực tuyến / Tổng số hồ sơ × 0,5")
    }

    @Test func parenthesesOnlyWhereTheOrderNeedsThem() throws {
        #expect(try Self.words("(online + paid) / total") == "(Số hồ sơ trực tuyến + Số tiền (đồng)) / Tổng số hồ sơ")
        #expect(try Self.words("online + (paid / total)") == "Số hồ sơ trực tuyến + Số tiền (đồng) / Tổng số hồ sơ")
        #expect(try Self.words("(online + paid) + total") == "Số hồ sơ trực tuyến + Số tiền (đồng) + Tổng số hồ sơ")
        #expect(try Self.words("online - (paid - total)") == "Số hồ sơ trực tuyến − (Số tiền (đồng) − Tổng số hồ sơ)")
        #expect(try Self.words("online - (paid + total)") == "Số hồ sơ trực tuyến − (Số tiền (đồng) + Tổng số hồ sơ)")
        #expect(try Self.words("online / (paid * total)") == "Số hồ sơ trực tuyến / (Số tiền (đồng) × Tổng số hồ sơ)")
        #expect(try Self.words("online * (paid / total)") == "Số hồ sơ trực tuyến × Số tiền (đồng) / Tổng số hồ sơ")
        #expect(try Self.words("-(online - total)") == "−(Số hồ sơ trực tuyến − Tổng số hồ sơ)")
        #expect(try Self.words("-online * 2") == "−Số hồ sơ trực tuyến × 2")
        #expect(try Self.words("online - -total") == "Số hồ sơ trực tuyến − (−Tổng số hồ sơ)")
    }

    @Test func baselineNamesTheBaselineDate() throws {
        #expect(try Self.words("rate - baseline(rate)") == "Tỷ lệ trực tuyến − Tỷ lệ trực tuyến ở kỳ gốc ngày 16/07/2024")
        #expect(try Self.words("(online - baseline(online)) / (total - baseline(total))")
            == "(Số hồ sơ trực tuyến − Số hồ sơ trực tuyến ở kỳ gốc ngày 16/07/2024) / "
            + "(Tổng số hồ sơ − Tổng số hồ sơ ở kỳ gốc ngày 16/07/2024)")
        #expect(try Self.words("baseline(online / total)") == "(Số hồ sơ trực tuyến / Tổng số hồ sơ) ở kỳ gốc ngày 16/07/2024")
    }

    @Test func numbersInTheFormatOfWhatTheyAreComparedWith() throws {
        #expect(try Self.words("gain + 20%", as: .points) == "Mức tăng + 20,0 điểm phần trăm")
        #expect(try Self.words("rate * 2", as: .percent) == "Tỷ lệ trực tuyến × 2")
        #expect(try Self.words("50%", as: .percent) == "50,0%")
    }
}
