import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import ThiduaSupport
@testable import ThiduaLoad
@testable import ThiduaModel
@testable import ThiduaRank
@testable import ThiduaChart
@testable import ThiduaRender
@testable import ThiduaWrite
@testable import ThiduaCore

/// Emitted HTML and SVG against golden files (re-record with THIDUA_RECORD=1).
struct PageGoldenTests {
    @Test func campaignUnitPlanAndChart() throws {
        let site = OpenDataTests.site
        _ = try site.build()
        try Golden.assert(site.text("dak-nong/index.html") ?? "", named: "campaign.html")
        try Golden.assert(site.text("dak-nong/so-y-te/index.html") ?? "", named: "unit.html")
        try Golden.assert(site.text("dak-nong/ke-hoach/index.html") ?? "", named: "plan.html")
        try Golden.assert(site.text("dak-nong/data/xep-hang-huyen.svg") ?? "", named: "xep-hang-huyen.svg")
        try Golden.assert(site.text("index.html") ?? "", named: "index.html")
    }

    @Test func contentIsEscapedEverywhere() throws {
        let site = TestSite([
            "x/campaign.md": campaignMD("""
                title: "<script>alert(1)</script>"
                issuer: "\\"><img src=x onerror=alert(2)>"
                period: {start: 2024-01-01, end: 2024-12-31}
                sample: true
                metrics: [{id: v}]
                indicators: [{id: x, name: "</style><script>3</script>", formula: "v", target: ">= 1"}]
                """, body: "<script>alert(4)</script>\n\n[link](javascript:alert(5))\n"),
            "x/units.csv": "id,name\na,\"<img src=x onerror=alert(6)>\"\n",
            "x/data/2024-01-31.csv": "unit,v\na,1\n",
        ])
        _ = try site.build()
        // CSV is data for spreadsheets and README.txt plain text, not markup:
        // names stay verbatim there (PNGs are pictures).
        for (path, data) in site.fs.snapshot where path.hasPrefix("public/")
            && !path.hasSuffix(".csv") && !path.hasSuffix(".txt") && !path.hasSuffix(".png") && !path.hasSuffix(".pdf") {
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.contains("<script>"), "\(path) carries a live <script>")
            #expect(!text.contains("<img src=x"), "\(path) carries a live <img>")
            #expect(!text.contains("javascript:"), "\(path) carries a javascript: URL")
        }
        #expect(site.text("x/index.html")?.contains("&lt;script&gt;alert(1)&lt;/script&gt;") == true)
        #expect(site.text("x/index.html")?.contains("Số liệu minh hoạ") == true)
    }

    /// More hostile strings, in every field at once: CDATA ends, style ends,
    /// bidi overrides, quotes of every kind, and a very long name. Every XML
    /// output (SVG, Atom, sitemap) must still parse, and no markup may leak.
    @Test func hostileStringsEverywhere() throws {
        let payload = "]]></title><script>x</script>\u{202E}'\"`</style>&amp;"
        let long = String(repeating: "Ủy ban nhân dân xã ", count: 400)
        // The payload inside YAML double quotes: its quote escaped.
        let yaml = payload.replacingOccurrences(of: "\"", with: "\\\"")
        let site = TestSite([
            "x/campaign.md": campaignMD("""
                title: "\(yaml)"
                issuer: "\(yaml)"
                document: "\(yaml)"
                period: {start: 2024-01-01, end: 2024-12-31}
                groups: [{id: g, name: "\(yaml)"}, {id: h, name: "\(long)"}]
                metrics: [{id: v, name: "\(yaml)"}]
                indicators: [{id: x, name: "\(yaml)", formula: "v", target: ">= 1"}]
                awards: [{id: a, name: "\(yaml)", top: 1}]
                """, body: "# \(payload)\n\n<iframe src=\"javascript:alert(1)\"></iframe>\n"),
            "x/units.csv": "id,name,group\na,\"\(payload.replacingOccurrences(of: "\"", with: "\"\""))\",g\nb,\(long),h\n",
            "x/data/2024-01-31.csv": "unit,v\na,1\nb,2\n",
        ], site: "title: \"\(yaml)\"\nbase_url: \"https://example.gov.vn/thidua/\"\n")
        _ = try site.build()
        for (path, data) in site.fs.snapshot where path.hasPrefix("public/")
            && !path.hasSuffix(".csv") && !path.hasSuffix(".txt") && !path.hasSuffix(".png") && !path.hasSuffix(".pdf") {
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.contains("<script>"), "\(path) carries a live <script>")
            #expect(!text.contains("<iframe src=\"javascript"), "\(path) carries a live iframe")
            if path.hasSuffix(".svg") || path.hasSuffix(".xml") {
                let parser = XMLParser(data: data)
                #expect(parser.parse(), "\(path) is not well-formed XML")
            }
        }
    }
}
