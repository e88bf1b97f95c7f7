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

/// Every chart written as a standalone `.svg` has a `.png` beside it (but
/// a group's ranked bars of more than 60 units),
/// rasterised at twice the SVG's size, and the pages link both.
struct ChartDownloadTests {
    /// The width and height in a PNG's IHDR.
    static func pixelSize(_ png: Data) -> (width: Int, height: Int)? {
        let bytes = [UInt8](png)
        guard bytes.count > 24, bytes[12..<16].elementsEqual("IHDR".utf8) else { return nil }
        func int(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (int(16), int(20))
    }

    @Test func everyChartFileHasAPNGTwiceItsSize() throws {
        let site = OpenDataTests.site
        _ = try site.build()
        let charts = site.fs.snapshot.keys.filter { $0.hasPrefix("public/") && $0.hasSuffix(".svg") && !$0.contains("/assets/") }.sorted()
        #expect(charts == [
            "public/dak-nong/chi-so/received-gain/phan-bo.svg", "public/dak-nong/chi-so/received-rate/phan-bo.svg",
            "public/dak-nong/dak-mil/received-gain.svg", "public/dak-nong/dak-mil/received-rate.svg", "public/dak-nong/dak-mil/xep_hang.svg",
            "public/dak-nong/data/xep-hang-huyen.svg", "public/dak-nong/data/xep-hang-so-nganh.svg",
            "public/dak-nong/krong-no/received-gain.svg", "public/dak-nong/krong-no/received-rate.svg", "public/dak-nong/krong-no/xep_hang.svg",
            "public/dak-nong/so-cong-thuong/received-gain.svg", "public/dak-nong/so-cong-thuong/received-rate.svg",
            "public/dak-nong/so-cong-thuong/xep_hang.svg",
            "public/dak-nong/so-noi-vu/received-gain.svg", "public/dak-nong/so-noi-vu/received-rate.svg", "public/dak-nong/so-noi-vu/xep_hang.svg",
            "public/dak-nong/so-y-te/received-gain.svg", "public/dak-nong/so-y-te/received-rate.svg", "public/dak-nong/so-y-te/xep_hang.svg",
        ])
        for path in charts {
            let svg = try #require(site.fs.text(path))
            let size = try #require(ChartDownload.size(of: svg), "\(path)")
            let png = try #require(site.fs.snapshot[String(path.dropLast(4)) + ".png"], "\(path) has no PNG")
            let pixels = try #require(Self.pixelSize(png))
            #expect(pixels.width == Int((size.width * 2).rounded()) && pixels.height == Int((size.height * 2).rounded()), "\(path)")
        }
        // The distribution chart's file is the chart drawn 800 px wide, with a 16 px margin either side.
        let distribution = try #require(site.fs.snapshot["public/dak-nong/chi-so/received-rate/phan-bo.png"])
        let height = try #require(ChartDownload.size(of: site.text("dak-nong/chi-so/received-rate/phan-bo.svg") ?? "")).height
        #expect(Self.pixelSize(distribution)! == (1664, Int(height * 2)))
    }

    @Test func pagesLinkThePNGBesideTheSVG() throws {
        let site = OpenDataTests.site
        _ = try site.build()
        let link = { (path: String) in
            "<a href=\"/thidua/\(path).svg\" download>Tải biểu đồ (SVG)</a> · <a href=\"/thidua/\(path).png\" download>Tải biểu đồ (PNG)</a>"
        }
        #expect(site.text("dak-nong/chi-so/received-rate/index.html")?.contains(link("dak-nong/chi-so/received-rate/phan-bo")) == true)
        #expect(site.text("dak-nong/index.html")?.contains(link("dak-nong/data/xep-hang-huyen")) == true)
        #expect(site.text("dak-nong/nhom/huyen/index.html")?.contains(link("dak-nong/data/xep-hang-huyen")) == true)
        #expect(site.text("dak-nong/so-y-te/index.html")?.contains(link("dak-nong/so-y-te/received-rate")) == true)
        #expect(site.text("dak-nong/so-y-te/index.html")?.contains(link("dak-nong/so-y-te/xep_hang")) == true)
        try Golden.assert(site.text("dak-nong/chi-so/received-rate/index.html") ?? "", named: "indicator.html")
        try Golden.assert(site.text("dak-nong/chi-so/received-rate/phan-bo.svg") ?? "", named: "phan-bo.svg")
    }

    /// A group's ranked bars of more than 60 units are offered as SVG only:
    /// no PNG is drawn, the pages link the SVG alone, and 60 units still get one.
    @Test func rankedBarsOfManyUnitsHaveNoPNG() throws {
        let site = LargeCampaignTests.site()   // two groups of 80 units
        _ = try site.build()
        #expect(site.fs.snapshot["public/c/data/xep-hang-g1.svg"] != nil)
        #expect(site.fs.snapshot["public/c/data/xep-hang-g1.png"] == nil)
        #expect(site.fs.snapshot["public/c/data/xep-hang-g2.png"] == nil)
        let group = try #require(site.text("c/nhom/g1/index.html"))
        #expect(group.contains("<figcaption><a href=\"/thidua/c/data/xep-hang-g1.svg\" download>Tải biểu đồ (SVG)</a></figcaption>"))
        #expect(!group.contains("xep-hang-g1.png"))
        #expect(ChartDownload.hasPNG(rankedRows: 60) && !ChartDownload.hasPNG(rankedRows: 61))
    }

    /// `thidua serve` draws a chart's PNG at its own size when asked for.
    @Test func thePreviewServesChartPNGsAtTheirSize() throws {
        let (_, preview) = PreviewTests.site()
        preview.refresh()
        let png = preview.response(for: "/c/chi-so/x/phan-bo.png")
        #expect(png.status == 200 && png.contentType == "image/png")
        let svg = String(decoding: preview.response(for: "/c/chi-so/x/phan-bo.svg").body, as: UTF8.self)
        let height = try #require(ChartDownload.size(of: svg)).height
        #expect(Self.pixelSize(png.body)! == (1664, Int(height * 2)))
    }

    /// A chart's file says, above the chart, what it shows, of which
    /// campaign and as of when, and what its colours mean: pasted into a
    /// letter or a chat, it has no page around it.
    @Test func aChartFileSaysWhatItShowsAndWhen() throws {
        let site = OpenDataTests.site
        _ = try site.build()
        func texts(_ path: String) throws -> [String] {
            let svg = try #require(site.text(path))
            let heading = svg[..<(try #require(svg.range(of: "<svg x=\"16\"")).lowerBound)]
            return heading.split(separator: "\n").filter { $0.hasPrefix("<text") }.map { line in
                String(line.drop { $0 != ">" }.dropFirst().prefix { $0 != "<" })
            }
        }
        // The test campaign's title is markup on purpose: the heading escapes it.
        #expect(try texts("dak-nong/so-y-te/received-rate.svg") == [
            "Sở Y tế — Tỷ lệ tiếp nhận trực tuyến", "Chiến dịch &lt;60 ngày&gt; &amp; &quot;DVC&quot; · Số liệu đến ngày 31/10/2024"])
        #expect(try texts("dak-nong/data/xep-hang-huyen.svg") == [
            "Chiến dịch &lt;60 ngày&gt; &amp; &quot;DVC&quot;", "Số liệu đến ngày 31/10/2024", "đạt"])
        let distribution = try texts("dak-nong/chi-so/received-rate/phan-bo.svg")
        #expect(distribution == ["Tỷ lệ tiếp nhận trực tuyến",
                                 "4 đơn vị có số liệu Tỷ lệ tiếp nhận trực tuyến, thấp nhất 23,7%, cao nhất 99,6%.",
                                 "Chiến dịch &lt;60 ngày&gt; &amp; &quot;DVC&quot; · Số liệu đến ngày 31/10/2024", "đạt", "chưa đạt"])
    }

    @Test func sizeFromTheRootTag() {
        #expect(ChartDownload.size(of: "<svg xmlns=\"x\" width=\"800\" height=\"52.5\" viewBox=\"0 0 800 52.5\">")! == (800, 52.5))
        #expect(ChartDownload.size(of: "<svg xmlns=\"x\" viewBox=\"0 0 440 96\" role=\"img\"><svg width=\"9\" height=\"9\">")! == (440, 96))
        #expect(ChartDownload.size(of: "<svg width=\"100%\" height=\"80\" viewBox=\"0 0 360 80\">")! == (360, 80))
        #expect(ChartDownload.size(of: "<svg width=\"300px\" height=\"20px\">")! == (300, 20))
        #expect(ChartDownload.size(of: "<svg width=\"100%\" height=\"80\">") == nil)
        #expect(ChartDownload.size(of: "<rect width=\"3\" height=\"4\"/>") == nil)
        #expect(ChartDownload.pngPath("a/b/phan-bo.svg") == "a/b/phan-bo.png")
        // A very tall chart is drawn smaller rather than taking gigabytes.
        let tall = ChartDownload.files(path: "x.svg", svg: "<svg width=\"800\" height=\"40000\">", heading: nil).png!
        #expect(tall.width == 489 && tall.height == 24_494 && tall.width * tall.height <= 12_000_000)
        #expect(ChartDownload.files(path: "x.svg", svg: "<svg width=\"800\" height=\"100\">", heading: nil).png.map { [$0.width, $0.height] } == [1600, 200])
    }

    @Test func theCacheKeepsSizesApart() {
        let cache = CardCache(folder: "c", fileSystem: MemoryFileSystem(files: [:]))
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"800\" height=\"100\"/>"
        let card = CardSource(path: "a.png", svg: svg), chart = CardSource(path: "a.png", svg: svg, width: 1600, height: 200)
        #expect(cache.name(card) != cache.name(chart))
        #expect(cache.name(card) == SHA256.hex(PNGRenderer.identity + " 1200x630\n" + card.digest) + ".png")
    }
}
