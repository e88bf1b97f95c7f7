import Testing
@testable import ThiduaSupport
@testable import ThiduaLoad
@testable import ThiduaModel
@testable import ThiduaRank
@testable import ThiduaChart
@testable import ThiduaRender
@testable import ThiduaWrite
@testable import ThiduaCore

/// The indicator page's distribution chart, drawn for any width.
struct DistributionChartTests {
    static func chart(_ values: [(Double, Bool?)], target: Target? = Target(.atLeast, 0.9)) -> DistributionChart {
        let axis = ChartBuilder.axis(values: values.map(\.0), target: target, format: .percent)
        let format = NumberFormat(language: .vi)
        return DistributionChart(
            id: "dist-0", title: "T", description: "D",
            dots: values.map { DistributionChart.Dot(value: $0.0, met: $0.1) },
            target: target, targetText: target.map { "Chỉ tiêu " + format.target($0, as: .percent) },
            axis: axis, tickTexts: axis.ticks.map { format.tick($0, as: .percent) })
    }

    static let small = chart([(0.93, true), (0.82, false), (0.9, true), (0.86, false), (0.85, false), (0.9, true)])

    @Test func bytes() {
        // In a page the stylesheet paints what elements share; a file carries it.
        let pageBody = """
            <line x1="4%" y1="30" x2="4%" y2="56" class="cg"/>
            <line x1="34.7%" y1="30" x2="34.7%" y2="56" class="cg"/>
            <line x1="65.3%" y1="30" x2="65.3%" y2="56" class="cg"/>
            <line x1="96%" y1="30" x2="96%" y2="56" class="cg"/>
            <circle cx="14.7%" cy="48.5" r="5.5" class="cn"/>
            <circle cx="33.5%" cy="48.5" r="5.5" class="cn"/>
            <circle cx="41%" cy="48.5" r="5.5" class="cn"/>
            <circle cx="67.2%" cy="48.5" r="5.5" class="cy"/>
            <circle cx="67.2%" cy="36.5" r="5.5" class="cy"/>
            <circle cx="82.2%" cy="48.5" r="5.5" class="cy"/>
            <line x1="4%" y1="56" x2="96%" y2="56" class="ca"/>
            <line x1="4%" y1="56" x2="4%" y2="61" class="ca"/>
            <text x="4%" y="76" class="cm">80%</text>
            <line x1="34.7%" y1="56" x2="34.7%" y2="61" class="ca"/>
            <text x="34.7%" y="76" class="cm m">85%</text>
            <line x1="65.3%" y1="56" x2="65.3%" y2="61" class="ca"/>
            <text x="65.3%" y="76" class="cm m">90%</text>
            <line x1="96%" y1="56" x2="96%" y2="61" class="ca"/>
            <text x="96%" y="76" class="cm e">95%</text>
            <line x1="65.3%" y1="22" x2="65.3%" y2="56" class="cw"/>
            <text x="65.3%" y="16" class="cf m">Chỉ tiêu ≥ 90,0%</text>
            </svg>

            """
        let fileBody = """
            <line x1="4%" y1="30" x2="4%" y2="56" stroke="#e3e7ec" stroke-width="1"/>
            <line x1="34.7%" y1="30" x2="34.7%" y2="56" stroke="#e3e7ec" stroke-width="1"/>
            <line x1="65.3%" y1="30" x2="65.3%" y2="56" stroke="#e3e7ec" stroke-width="1"/>
            <line x1="96%" y1="30" x2="96%" y2="56" stroke="#e3e7ec" stroke-width="1"/>
            <circle cx="14.7%" cy="48.5" r="5.5" fill="#D55E00"/>
            <circle cx="33.5%" cy="48.5" r="5.5" fill="#D55E00"/>
            <circle cx="41%" cy="48.5" r="5.5" fill="#D55E00"/>
            <circle cx="67.2%" cy="48.5" r="5.5" fill="#0072B2"/>
            <circle cx="67.2%" cy="36.5" r="5.5" fill="#0072B2"/>
            <circle cx="82.2%" cy="48.5" r="5.5" fill="#0072B2"/>
            <line x1="4%" y1="56" x2="96%" y2="56" stroke="#4a5565" stroke-width="1"/>
            <line x1="4%" y1="56" x2="4%" y2="61" stroke="#4a5565" stroke-width="1"/>
            <text x="4%" y="76" font-size="13" fill="#4a5565">80%</text>
            <line x1="34.7%" y1="56" x2="34.7%" y2="61" stroke="#4a5565" stroke-width="1"/>
            <text x="34.7%" y="76" font-size="13" text-anchor="middle" fill="#4a5565">85%</text>
            <line x1="65.3%" y1="56" x2="65.3%" y2="61" stroke="#4a5565" stroke-width="1"/>
            <text x="65.3%" y="76" font-size="13" text-anchor="middle" fill="#4a5565">90%</text>
            <line x1="96%" y1="56" x2="96%" y2="61" stroke="#4a5565" stroke-width="1"/>
            <text x="96%" y="76" font-size="13" text-anchor="end" fill="#4a5565">95%</text>
            <line x1="65.3%" y1="22" x2="65.3%" y2="56" stroke="#1a1a1a" stroke-width="2" stroke-dasharray="5 3"/>
            <text x="65.3%" y="16" font-size="14" font-weight="bold" text-anchor="middle" fill="#1a1a1a">Chỉ tiêu ≥ 90,0%</text>
            </svg>

            """
        let head = "role=\"img\" font-family=\"Noto Sans, DejaVu Sans, Arial, sans-serif\">\n<title>T</title>\n<desc>D</desc>\n"
        // In a page, the HTML parser gives the namespace and the stylesheet the font.
        #expect(Self.small.svg() == "<svg height=\"84\" class=\"fluid\" role=\"img\">\n<title>T</title>\n<desc>D</desc>\n" + pageBody)
        #expect(Self.small.svg(width: .file)
            == "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"800\" height=\"84\" viewBox=\"0 0 800 84\" class=\"fluid\" " + head + fileBody)
    }

    /// A value at the target stands on the side where it meets it (`>=`,
    /// `<=`) or misses it (`>`, `<`): never across the line from its status.
    @Test func valuesAtTheTargetStandOnTheirSide() {
        for (comparison, right) in [(Target.Comparison.atLeast, true), (.above, false), (.atMost, false), (.below, true)] {
            let chart = Self.chart([(0.9, nil), (0.7, nil), (1, nil)], target: Target(comparison, 0.9))
            let line = chart.x(0.9)
            let column = chart.columns().first { abs($0.centre - line) < DistributionChart.binWidth }!
            #expect((column.centre > line) == right, "\(comparison)")
            #expect(abs(abs(column.centre - line) - DistributionChart.binWidth / 2) < 1e-9)
        }
    }

    /// Columns are whole bins apart: at 330 px a bin is wider than a dot.
    @Test func columnsNeverOverlap() {
        var values: [(Double, Bool?)] = []
        for i in 0..<200 { values.append((0.7 + Double(i * 37 % 240) / 1000, i % 3 == 0)) }
        let columns = Self.chart(values).columns()
        #expect(columns.reduce(0) { $0 + $1.dots.count } == 200)
        for (a, b) in zip(columns, columns.dropFirst()) {
            #expect(b.centre - a.centre >= DistributionChart.binWidth - 1e-9)
        }
        #expect(DistributionChart.binWidth * 330 > 2 * DistributionChart.radius + 1)
        for column in columns { #expect(column.centre >= 0.02 && column.centre <= 0.98, "\(column.centre)") }
    }

    /// Beyond 20 dots a column, bars: the chart keeps its height.
    @Test func tallColumnsBecomeBars() {
        let many = Self.chart(Array(repeating: (1.0, true), count: 40) + [(0.85, false)], target: Target(.atLeast, 1))
        let svg = many.svg()
        #expect(!svg.contains("<circle"))
        #expect(svg.contains("<rect x=\"96.4%\" y=\"32\" width=\"3%\" height=\"240\" class=\"cy\"/>"))
        #expect(svg.contains("height=\"300\" class=\"fluid\""))
        #expect(svg.contains(">Chỉ tiêu ≥ 100,0%</text>") && svg.contains("class=\"cf e\">Chỉ tiêu"))
    }

    /// Labels that would touch at 300 px are thinned, keeping both ends.
    @Test func crowdedTickLabelsAreThinned() {
        var chart = Self.small
        chart.tickTexts = ["2,5 tỷ đồng", "5 tỷ đồng", "7,5 tỷ đồng", "10 tỷ đồng"]
        #expect(chart.labelledTicks() == [0, 3])
        #expect(Self.small.labelledTicks() == [0, 1, 2, 3])
    }
}
