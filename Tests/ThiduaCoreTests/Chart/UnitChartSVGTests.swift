import Testing
@testable import ThiduaSupport
@testable import ThiduaLoad
@testable import ThiduaModel
@testable import ThiduaRank
@testable import ThiduaChart
@testable import ThiduaRender
@testable import ThiduaWrite
@testable import ThiduaCore

/// The unit page's charts, byte for byte.
struct UnitChartSVGTests {
    static let count = BulletChart(
        id: "bullet-0", title: "Số hồ sơ", description: "D", value: 20, valueText: "20", target: nil, targetText: nil,
        met: nil, scaleMax: 40, scaleMin: 0, references: [
            BulletChart.Reference(kind: .median, value: 25, text: "Trung vị khối: 25"),
            BulletChart.Reference(kind: .best, value: 30, text: "Cao nhất khối: 30"),
        ])

    /// A percentage with a target: the target's tick alone.
    static let percent = BulletChart(
        id: "bullet-1", title: "Tỷ lệ", description: "D", value: 0.55, valueText: "55,0%", target: 0.5,
        targetText: "Chỉ tiêu ≥ 50,0%", met: true, scaleMax: 1, scaleMin: 0)

    /// Nothing to compare with: no room left for labels.
    static let bare = BulletChart(
        id: "bullet-2", title: "Tỷ lệ", description: "D", value: nil, valueText: "—", target: nil,
        targetText: nil, met: nil, scaleMax: 1, scaleMin: 0)

    static let trend = TrendChart(
        id: "trend-1", title: "Tỷ lệ", description: "D",
        points: [TrendChart.Point(label: "31/03/2024", value: 0.2, valueText: "20,0%"),
                 TrendChart.Point(label: "30/04/2024", value: nil, valueText: ""),
                 TrendChart.Point(label: "31/05/2024", value: 0.4, valueText: ""),
                 TrendChart.Point(label: "30/06/2024", value: 0.55, valueText: "55,0%")],
        target: 0.5, targetText: "Chỉ tiêu ≥ 50,0%", inverted: false, domain: (0, 1),
        ticks: [TrendChart.Tick(value: 0, text: "0%"), TrendChart.Tick(value: 1, text: "100%")])

    static let ranks = TrendChart(
        id: "rank-trend", title: "Thứ hạng", description: "D",
        points: [TrendChart.Point(label: "31/03/2024", value: 4, valueText: "hạng 4"),
                 TrendChart.Point(label: "30/06/2024", value: 1, valueText: "hạng 1")],
        target: nil, targetText: nil, inverted: true, domain: (1, 5),
        ticks: [TrendChart.Tick(value: 1, text: "hạng 1"), TrendChart.Tick(value: 5, text: "hạng 5")])

    @Test func aCountIsMeasuredAgainstItsGroupsMedianAndBest() {
        // Value 20 of 0…40: the bar fills half; median 25 and best 30 lie
        // 40 px apart on a phone, closer than their labels: two lines.
        #expect(Self.count.svg() == #"""
<svg height="74" class="fluid" role="img">
<title>Số hồ sơ</title>
<desc>D</desc>
<rect y="4" width="100%" height="18" class="ck"/>
<rect y="7" width="50%" height="12" class="cu"/>
<line x1="62.5%" x2="62.5%" y2="26" class="ce"/>
<line x1="75%" x2="75%" y2="26" class="cr"/>
<text x="62.5%" y="46" class="cb m">Trung vị khối: 25</text>
<text x="75%" y="64" class="cb m">Cao nhất khối: 30</text>
</svg>

"""#)
    }

    @Test func aPercentageWithATargetKeepsItsTickAlone() {
        #expect(Self.percent.svg() == #"""
<svg height="56" class="fluid" role="img">
<title>Tỷ lệ</title>
<desc>D</desc>
<rect y="4" width="100%" height="18" class="ck"/>
<rect y="7" width="55%" height="12" class="cy"/>
<line x1="50%" x2="50%" y2="26" class="ci"/>
<text x="50%" y="46" class="cb m">Chỉ tiêu ≥ 50,0%</text>
</svg>

"""#)
    }

    @Test func aBulletWithoutLabelsLeavesNoGap() {
        #expect(Self.bare.svg() == #"""
<svg height="30" class="fluid" role="img">
<title>Tỷ lệ</title>
<desc>D</desc>
<rect y="4" width="100%" height="18" class="ck"/>
</svg>

"""#)
    }

    @Test func aTrendStretchesItsLineNotItsText() {
        // 0…100% over 50…154 px (the lines and dots in whole px, the labels in
        // tenths), the rules and dots drawn with the line across 1000 units;
        // the gap at 30/04 breaks the line; the last
        // label sits above its point, clear of the target line below it.
        #expect(Self.trend.svg() == #"""
<svg height="200" class="fluid" role="img">
<title>Tỷ lệ</title>
<desc>D</desc>
<text x="0" y="169" class="cm">0%</text>
<text x="0" y="45" class="cm">100%</text>
<line y1="10" x2="28" y2="10" class="ct"/>
<text x="34" y="15" class="cm">Chỉ tiêu ≥ 50,0%</text>
<svg viewBox="0 0 1000 200" preserveAspectRatio="none">
<path d="M0 154H1000M0 50H1000" class="cg"/>
<path d="M0 102H1000" class="ct"/>
<path d="M20 133M660 112l320-15" class="cl"/>
<path d="M20 133h0M660 112h0M980 97h0" class="cd"/>
</svg>
<text x="2%" y="124.2" class="cv">20,0%</text>
<text x="98%" y="87.8" class="cv e">55,0%</text>
<text x="2%" y="192" class="cm">31/03/2024</text>
<text x="98%" y="192" class="cm e">30/06/2024</text>
</svg>

"""#)
    }

    @Test func theRankHistoryFileHasOneAtTheTop() {
        // The standalone file is the same drawing 800 px wide, its path in px (no vector-effect in SVG 1.1).
        #expect(Self.ranks.svg(width: .file) == #"""
<svg xmlns="http://www.w3.org/2000/svg" width="800" height="200" viewBox="0 0 800 200" class="fluid" role="img" font-family="Noto Sans, DejaVu Sans, Arial, sans-serif">
<title>Thứ hạng</title>
<desc>D</desc>
<line y1="32" x2="100%" y2="32" stroke="#e3e7ec" stroke-width="1"/>
<text x="0" y="27" font-size="13" fill="#4a5565">hạng 1</text>
<line y1="154" x2="100%" y2="154" stroke="#e3e7ec" stroke-width="1"/>
<text x="0" y="169" font-size="13" fill="#4a5565">hạng 5</text>
<path d="M16 123.5l768-91.5" fill="none" stroke="#0072B2" stroke-width="3" stroke-linejoin="round"/>
<circle cx="2%" cy="123.5" r="4" fill="#0072B2"/>
<circle cx="98%" cy="32" r="4" fill="#0072B2"/>
<text x="2%" y="144.5" font-size="15" font-weight="bold" fill="#1a1a1a">hạng 4</text>
<text x="98%" y="23" text-anchor="end" font-size="15" font-weight="bold" fill="#1a1a1a">hạng 1</text>
<text x="2%" y="192" font-size="13" fill="#4a5565">31/03/2024</text>
<text x="98%" y="192" text-anchor="end" font-size="13" fill="#4a5565">30/06/2024</text>
</svg>

"""#)
    }
}
