import Testing
@testable import ThiduaSupport
@testable import ThiduaLoad
@testable import ThiduaModel
@testable import ThiduaRank
@testable import ThiduaChart
@testable import ThiduaRender
@testable import ThiduaWrite
@testable import ThiduaCore

/// The byte-level SVG writing gives the text the plain string code gave.
struct SVGTests {
    /// `xmlEscape` as it was written first, scalar by scalar.
    func referenceEscape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                if scalar.value < 0x20 && scalar != "\n" && scalar != "\t" { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `coordinate` as it was written first.
    func referenceCoordinate(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        let tenths = Int((abs(rounded) * 10).rounded())
        return (rounded < 0 ? "-" : "") + "\(tenths / 10).\(tenths % 10)"
    }

    @Test func escaping() {
        for text in ["", "Sở Y tế", "a & b", "<b>\"x\" 'y'</b>", "tab\tline\nbell\u{07}end\r", "&&", "đ<", "\u{1F600}>"] {
            #expect(xmlEscape(text) == referenceEscape(text), "\(text.debugDescription)")
        }
    }

    @Test func coordinates() {
        var values: [Double] = [0, -0.0, 0.04, 0.05, 0.05000001, -0.05, -0.15, 1.25, 352, 146, 999.95, 1000, 12345.67, -7.5, -1234.56]
        for i in 0..<2000 { values.append(Double(i) * 0.37 - 200) }
        for value in values {
            #expect(coordinate(value) == referenceCoordinate(value), "\(value)")
            var writer = SVGWriter(width: value, height: 1, title: "", description: "", capacity: 0)
            writer.raw("|")
            writer.coordinate(value)
            let written = writer.closed()
            #expect(written.hasSuffix("|" + referenceCoordinate(value) + "</svg>\n"), "\(value)")
        }
    }

    @Test func theOpeningNamesAndDescribesTheChart() {
        let writer = SVGWriter(width: 360, height: 52.5, title: "A & B", description: "<c>", capacity: 0)
        #expect(writer.closed() ==
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 360 52.5\" role=\"img\" "
            + "font-family=\"Noto Sans, DejaVu Sans, Arial, sans-serif\">\n<title>A &amp; B</title>\n<desc>&lt;c&gt;</desc>\n</svg>\n")
    }

    @Test func elementsAreWrittenPositionFirstThenTheirAttributes() {
        var svg = SVGWriter(hiddenInPage: "key", width: .px(14), height: 20, capacity: 0)
        svg.openRect(width: .px(14), height: 14)
        svg.attribute("fill", "#000")
        svg.end()
        svg.openLine(x1: .px(0), y1: 1.25, x2: .share(1), y2: -3)
        svg.attribute("stroke-width", 1.5)
        svg.end()
        svg.openCircle(cx: .share(0.3333), cy: 4, r: 5.5)
        svg.end()
        svg.openText(x: .px(2), y: 9)
        svg.endText("a < b")
        #expect(svg.closed() == """
            <svg width="14" height="20" class="fluid key" aria-hidden="true">
            <rect width="14" height="14" fill="#000"/>
            <line y1="1.3" x2="100%" y2="-3" stroke-width="1.5"/>
            <circle cx="33.3%" cy="4" r="5.5"/>
            <text x="2" y="9">a &lt; b</text>
            </svg>

            """)
    }

    /// After the first `l`, further pairs continue it: a space before a
    /// number that is not negative, the minus sign alone before one that is.
    @Test func trendRunsContinueTheirRelativeLine() {
        let values: [Double?] = [1, 3, 2, 2, nil, 4, 0]
        let points = values.enumerated().map { TrendChart.Point(label: "d\($0)", value: $1, valueText: "v\($0)") }
        let chart = TrendChart(id: "t", title: "T", description: "D", points: points, target: 2.5, targetText: "≥ 2,5",
                               inverted: false, domain: (0, 4))
        // (20, 128) (180, 76) (340, 102) (500, 102), then (820, 50) (980, 154).
        #expect(chart.svg().contains("<path d=\"M20 128l160-52 160 26 160 0M820 50l160 104\""))
    }

    @Test func trendLinesBreakAtGaps() {
        let values: [Double?] = [1, 2, nil, 3, 4, nil]
        let points = values.enumerated().map { TrendChart.Point(label: "d\($0)", value: $1, valueText: "v\($0)") }
        let chart = TrendChart(id: "t", title: "T", description: "D", points: points, target: 2.5, targetText: "≥ 2,5",
                               inverted: false, domain: (0, 4))
        let svg = chart.svg()
        // x per mille of the width in the nested drawing (2%…98%), y in px (154 at 0, 50 at 4 under the target's key):
        // (20, 128) (212, 102), then (596, 76) (788, 50), each point of a run from the one before.
        #expect(svg.contains("<path d=\"M20 128l192-26M596 76l192-26\""))
        // Dots only at the ends for long series; here every defined point has one,
        // on its point of the line.
        #expect(svg.contains("<path d=\"M20 128h0M212 102h0M596 76h0M788 50h0\" class=\"cd\"/>"))
        #expect(chart.svg(width: .fixed(800)).components(separatedBy: "<circle").count - 1 == 4)
        #expect(svg.contains(">v0</text>") && svg.contains(">v4</text>") && !svg.contains(">v1</text>"))
        #expect(svg.contains(">d0</text>") && svg.contains(">d5</text>"))

        let single = TrendChart(id: "r", title: "R", description: "", points: [TrendChart.Point(label: "x", value: 3, valueText: "hạng 3")],
                                target: nil, targetText: nil, inverted: true, domain: (1, 10))
        #expect(single.svg().contains("<path d=\"M500 59\""))
    }
}
