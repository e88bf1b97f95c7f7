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

/// The group ranked bars on the example campaigns' real figures: the rows
/// (rank, full name, value, status), the axis (from 0 for a share of 100 %,
/// signed with zero for gains), each row's bar with the target inside its
/// track, and the standalone file.
struct RankedBarChartTests {
    /// An example campaign as it is in the repository, ranked first by
    /// `indicator` (the examples rank by the score).
    static func site(_ folder: String, rankedBy indicator: String) throws -> TestSite {
        var files = try TestSite.exampleFiles(folder)
        var campaign = try #require(files[folder + "/campaign.md"])
        let ranking = try #require(campaign.range(of: #"ranking:\n  by: \[[^\]]*\]"#, options: .regularExpression))
        campaign.replaceSubrange(ranking, with: "ranking:\n  by: [\(indicator), score]")
        files[folder + "/campaign.md"] = campaign
        return TestSite(files)
    }

    static func pages(_ site: TestSite) throws -> CampaignPages {
        let analysis = try site.analyse()
        let context = PageContext(settings: analysis.site.settings, strings: analysis.strings)
        return CampaignPages(context: context, result: analysis.results[0], charts: analysis.charts[0])
    }

    /// (rank, name, value, status) of each bar.
    static func rows(_ chart: RankedBarChart) -> [[String]] {
        chart.bars.map { [$0.rank ?? "", $0.name, $0.valueText, chart.statusText($0) ?? ""] }
    }

    @Test func dakNongGainsAreSignedFromZeroWithTheTargetInEveryTrack() throws {
        let pages = try Self.pages(Self.site("dak-nong-2024", rankedBy: "received_gain"))
        let chart = try #require(pages.charts.groupBars["so-nganh"])
        #expect(Self.rows(chart) == [
            ["1", "Sở Y tế", "+39,5 điểm phần trăm", "✓ đạt"],
            ["2", "Sở Tư pháp", "+29,5 điểm phần trăm", "✓ đạt"],
            ["3", "Sở Tài chính", "+29,5 điểm phần trăm", "✓ đạt"],
            ["4", "Sở Lao động Thương binh và Xã hội", "+24,4 điểm phần trăm", "✓ đạt"],
            ["5", "Sở Giao thông vận tải", "+22,9 điểm phần trăm", "✓ đạt"],
            ["6", "Sở Nội vụ", "+21,9 điểm phần trăm", "✓ đạt"],
            ["7", "Sở Khoa học và Công nghệ", "+21,1 điểm phần trăm", "✓ đạt"],
            ["8", "Sở Tài nguyên và Môi trường", "+9,6 điểm phần trăm", "✗ chưa đạt"],
            ["9", "Sở Xây dựng", "+6,4 điểm phần trăm", "✗ chưa đạt"],
            ["10", "Sở Giáo dục và Đào tạo", "+3,4 điểm phần trăm", "✗ chưa đạt"],
            ["11", "Sở Nông nghiệp và Phát triển nông thôn", "+1,7 điểm phần trăm", "✗ chưa đạt"],
            ["12", "Sở Công Thương", "+0,3 điểm phần trăm", "✗ chưa đạt"],
            ["13", "Sở Văn hóa Thể thao và Du lịch", "+0,1 điểm phần trăm", "✗ chưa đạt"],
            // Met by the target's other part: the received rate is already 100 %.
            ["14", "Sở Kế hoạch và Đầu tư", "0,0 điểm phần trăm", "✓ đạt"],
            ["14", "Sở Thông tin và Truyền thông", "0,0 điểm phần trăm", "✓ đạt"],
        ])
        #expect(chart.targetText == "Chỉ tiêu ≥ 20,0 điểm phần trăm")
        // Gains are signed: zero is drawn and labelled; the scale ends at a round +40.
        #expect(chart.axis == BarAxis(low: 0, high: 0.4, ticks: [.init(value: 0, text: "0"), .init(value: 0.4, text: "+40")],
                                      signed: true, unit: "Thang đo: điểm phần trăm"))
        // In a page, the stylesheet paints them: the track, a met bar, zero, the target's tick on white.
        #expect(chart.rowSVG(chart.bars[0]) == """
            <svg width="100%" height="20" class="fluid bar" aria-hidden="true">
            <rect x="0" y="4" width="100%" height="12" class="ck"/>
            <rect x="0%" y="4" width="98.7%" height="12" class="cy"/>
            <line y1="1" y2="19" class="cz"/>
            <line x1="50%" x2="50%" y2="20" class="ch"/>
            <line x1="50%" x2="50%" y2="20" class="ci"/>
            </svg>

            """)
        #expect(chart.axisSVG() == """
            <svg width="100%" height="22" class="fluid bar-axis" aria-hidden="true">
            <line y1="17" y2="22" class="ca"/>
            <text x="0%" y="13" class="cm">0</text>
            <line x1="100%" y1="17" x2="100%" y2="22" class="ca"/>
            <text x="100%" y="13" class="cm e">+40</text>
            </svg>

            """)
        #expect(RankedBarChart.swatch(met: false) == """
            <svg width="14" height="14" class="fluid key status" aria-hidden="true">
            <rect width="14" height="14" class="cn"/>
            </svg>

            """)
        #expect(RankedBarChart.targetSwatch == """
            <svg width="14" height="20" class="fluid key target" aria-hidden="true">
            <rect x="0" y="4" width="14" height="12" class="ck"/>
            <line x1="7" x2="7" y2="20" class="ch"/>
            <line x1="7" x2="7" y2="20" class="ci"/>
            </svg>

            """)

        // The page's rows: full names linking to the unit pages, values and
        // status in words; the long values get their own column or line.
        let list = pages.barList(chart, downloadPath: pages.paths.groupChart("so-nganh"))
        #expect(list.rows.count == 15)
        let fourth = list.rows[3]
        #expect([fourth.rank, fourth.name, fourth.url, fourth.value, fourth.status, fourth.statusClass] == [
            "4", "Sở Lao động Thương binh và Xã hội", "/thidua/dak-nong-2024/so-lao-dong-thuong-binh-va-xa-hoi/",
            "+24,4 điểm phần trăm", "✓ đạt", "met"])
        #expect(list.longValues)
        #expect(list.title == "Mức tăng tỷ lệ hồ sơ tiếp nhận trực tuyến so với trước chiến dịch: xếp hạng các đơn vị — Các Sở, Ban, ngành cấp tỉnh")
        #expect(list.description == "Sở Y tế đứng đầu với +39,5 điểm phần trăm. 9/15 đơn vị đạt chỉ tiêu ≥ 20,0 điểm phần trăm.")
        #expect([list.metKey, list.missedKey, list.targetText] == ["Đạt chỉ tiêu", "Chưa đạt chỉ tiêu", "Chỉ tiêu ≥ 20,0 điểm phần trăm"])
        #expect(list.downloadURL == "/thidua/dak-nong-2024/data/xep-hang-so-nganh.svg")
    }

    @Test func canThoSharesStartAtZeroAndRunToOneHundredPercent() throws {
        let pages = try Self.pages(Self.site("can-tho-2024", rankedBy: "online_rate"))
        let chart = try #require(pages.charts.groupBars["quan-huyen"])
        #expect(chart.axis == BarAxis(low: 0, high: 1, ticks: [.init(value: 0, text: "0%"), .init(value: 0.5, text: "50%"),
                                                                 .init(value: 1, text: "100%")],
                                      signed: false, unit: nil))
        #expect(chart.targetText == "Chỉ tiêu ≥ 50,0%")
        #expect(Self.rows(chart) == [
            ["1", "UBND huyện Vĩnh Thạnh", "78,8%", "✓ đạt"],
            ["2", "UBND huyện Cờ Đỏ", "75,0%", "✓ đạt"],
            ["3", "UBND quận Cái Răng", "71,1%", "✓ đạt"],
            ["4", "UBND quận Ninh Kiều", "59,9%", "✓ đạt"],
            ["5", "UBND huyện Phong Điền", "56,2%", "✓ đạt"],
            ["6", "UBND quận Thốt Nốt", "49,6%", "✗ chưa đạt"],
            ["7", "UBND quận Ô Môn", "49,1%", "✗ chưa đạt"],
            ["8", "UBND quận Bình Thủy", "29,9%", "✗ chưa đạt"],
            ["9", "UBND huyện Thới Lai", "28,3%", "✗ chưa đạt"],
        ])
        let first = chart.bars[0]
        let value = try #require(first.value)
        // No zero line on a share; the bar is the value's share of the track.
        let svg = try #require(chart.rowSVG(first))
        #expect(!svg.contains("class=\"cz\""))
        #expect(svg.contains("<rect x=\"0%\" y=\"4\" width=\"\(coordinate(value * 100))%\" height=\"12\" class=\"cy\"/>"))
        #expect(svg.contains("<line x1=\"50%\" x2=\"50%\" y2=\"20\" class=\"ci\"/>"))
        let list = pages.barList(chart, downloadPath: pages.paths.groupChart("quan-huyen"))
        #expect(!list.longValues)
    }

    @Test func axesOfNegativeGainsSpanZero() {
        let builder = ChartBuilderFixture.builder
        let axis = builder.barAxis(values: [-0.031, 0.209, 0.05], target: 0.2, format: .points)
        #expect(axis == BarAxis(low: -0.04, high: 0.25,
                                ticks: [.init(value: -0.04, text: "-4"), .init(value: 0, text: "0"), .init(value: 0.25, text: "+25")],
                                signed: true, unit: "Thang đo: điểm phần trăm"))
        #expect(axis.fraction(0) == 0.04 / 0.29)
        // An end so close to zero that its label would run into zero's on a phone is left unlabelled.
        #expect(builder.barAxis(values: [-0.004, 0.39], target: nil, format: .points).ticks.map(\.text) == ["0", "+40"])
        #expect(builder.barAxis(values: [-0.3, 0.009], target: nil, format: .points).ticks.map(\.text) == ["-30", "0"])
        // A share above 100 % stretches the scale; counts run to a round number; the score to 100.
        #expect(builder.barAxis(values: [0.4, 1.2], target: nil, format: .percent).ticks.map(\.text) == ["0%", "150%"])
        #expect(builder.barAxis(values: [37_051, 1200], target: 30_000, format: .number).ticks.map(\.text) == ["0", "40.000"])
        #expect(builder.barAxis(values: [81.8], target: nil, format: nil).ticks.map(\.text) == ["0", "50", "100"])
        #expect([0.7, 1, 1.2, 2.4, 3.7, 9.6, 39.5, 0.052].map(BarAxis.niceCeiling) == [0.8, 1, 1.5, 2.5, 4, 10, 40, 0.06])
    }

    @Test func theFileWrapsLongNamesAndSaysWhatHasNoData() {
        let chart = RankedBarChart(
            id: "bars-x", title: "Tỷ lệ: xếp hạng", description: "Mô tả.",
            bars: [
                .init(unit: 0, rank: "1", name: "Ban Quản lý các khu chế xuất và công nghiệp Cần Thơ", value: 0.935,
                      valueText: "93,5%", met: true),
                .init(unit: 1, rank: nil, name: "Sở Nội vụ", value: nil, valueText: "chưa có số liệu", met: false),
            ],
            axis: BarAxis(low: 0, high: 1, ticks: [.init(value: 0, text: "0%"), .init(value: 1, text: "100%")], signed: false, unit: nil),
            target: 0.5, targetText: "Chỉ tiêu ≥ 50,0%", metText: "đạt", missedText: "chưa đạt",
            metKey: "Đạt chỉ tiêu", missedKey: "Chưa đạt chỉ tiêu")
        #expect(chart.svg(width: .file) == """
            <svg xmlns="http://www.w3.org/2000/svg" width="800" height="195" viewBox="0 0 800 195" class="fluid" role="img" font-family="Noto Sans, DejaVu Sans, Arial, sans-serif">
            <title>Tỷ lệ: xếp hạng</title>
            <desc>Mô tả.</desc>
            <text x="1.5%" y="22" font-size="16" font-weight="bold" fill="#1a1a1a">Tỷ lệ: xếp hạng</text>
            <rect x="1.5%" y="34" width="14" height="14" fill="#0072B2"/>
            <text x="4%" y="46" font-size="14" fill="#1a1a1a">Đạt chỉ tiêu</text>
            <rect x="16.3%" y="34" width="14" height="14" fill="#D55E00"/>
            <text x="18.8%" y="46" font-size="14" fill="#1a1a1a">Chưa đạt chỉ tiêu</text>
            <line x1="36.6%" y1="30" x2="36.6%" y2="50" stroke="#ffffff" stroke-width="5"/>
            <line x1="36.6%" y1="30" x2="36.6%" y2="50" stroke="#1a1a1a" stroke-width="3"/>
            <text x="38.2%" y="46" font-size="14" fill="#1a1a1a">Chỉ tiêu ≥ 50,0%</text>
            <text x="39.5%" y="74" font-size="13" text-anchor="start" fill="#4a5565">0%</text>
            <line x1="39.5%" y1="78" x2="39.5%" y2="83" stroke="#4a5565" stroke-width="1"/>
            <text x="77%" y="74" font-size="13" text-anchor="end" fill="#4a5565">100%</text>
            <line x1="77%" y1="78" x2="77%" y2="83" stroke="#4a5565" stroke-width="1"/>
            <text x="1.5%" y="102" font-size="15" font-weight="bold" fill="#1a1a1a">1</text>
            <text x="5%" y="102" font-size="15" fill="#1a1a1a">Ban Quản lý các khu chế xuất và</text>
            <text x="5%" y="121" font-size="15" fill="#1a1a1a">công nghiệp Cần Thơ</text>
            <rect x="39.5%" y="90" width="37.5%" height="14" fill="#e3e7ec"/>
            <rect x="39.5%" y="90" width="35.1%" height="14" fill="#0072B2"/>
            <line x1="58.3%" y1="87" x2="58.3%" y2="107" stroke="#ffffff" stroke-width="5"/>
            <line x1="58.3%" y1="87" x2="58.3%" y2="107" stroke="#1a1a1a" stroke-width="3"/>
            <text x="79%" y="102" font-size="15" fill="#1a1a1a">93,5%</text>
            <text x="79%" y="121" font-size="13" fill="#1a1a1a">✓ đạt</text>
            <line x1="1.5%" y1="130" x2="98.5%" y2="130" stroke="#e3e7ec" stroke-width="1"/>
            <text x="5%" y="151" font-size="15" fill="#1a1a1a">Sở Nội vụ</text>
            <text x="79%" y="151" font-size="15" fill="#4a5565">chưa có số liệu</text>
            <text x="79%" y="170" font-size="13" fill="#1a1a1a">✗ chưa đạt</text>
            <line x1="1.5%" y1="177" x2="98.5%" y2="177" stroke="#e3e7ec" stroke-width="1"/>
            </svg>

            """)
    }
}

/// A `ChartBuilder` over an empty campaign, for the parts that need only its strings and number format.
enum ChartBuilderFixture {
    static var builder: ChartBuilder {
        let site = TestSite([
            "c/campaign.md": campaignMD("""
                title: "C"
                period: {start: 2024-01-01, end: 2024-12-31}
                metrics: [{id: v}]
                indicators: [{id: x, name: "X", formula: "v", format: percent}]
                """),
            "c/units.csv": "id,name\na,A\n",
            "c/data/2024-01-31.csv": "unit,v\na,1\n",
        ])
        let analysis = try! site.analyse()
        return ChartBuilder(result: analysis.results[0], format: NumberFormat(language: .vi), strings: analysis.strings)
    }
}
