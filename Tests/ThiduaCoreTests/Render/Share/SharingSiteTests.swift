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

/// Whole small sites built in memory: share tags, PNG cards and their
/// cache, embeds, feeds, sitemap and open data.
struct SharingSiteTests {
    static let cards = [
        "anh-chia-se.png", "dak-nong/anh-chia-se.png", "dak-nong/chi-so/received-gain/anh-chia-se.png",
        "dak-nong/chi-so/received-rate/anh-chia-se.png", "dak-nong/dak-mil/anh-chia-se.png",
        "dak-nong/ke-hoach/anh-chia-se.png", "dak-nong/khen-thuong/anh-chia-se.png", "dak-nong/krong-no/anh-chia-se.png",
        "dak-nong/so-cong-thuong/anh-chia-se.png", "dak-nong/so-noi-vu/anh-chia-se.png", "dak-nong/so-y-te/anh-chia-se.png",
    ]

    func metaLines(_ html: String) -> [String] {
        html.split(separator: "\n").map(String.init).filter {
            $0.hasPrefix("<meta property=") || $0.hasPrefix("<meta name=\"twitter") || $0.hasPrefix("<link rel=\"canonical")
                || $0.hasPrefix("<link rel=\"alternate")
        }
    }

    @Test func unitPageHasOpenGraphTagsWithAVersionedAbsolutePNG() throws {
        let site = OpenDataTests.site
        _ = try site.build()
        let html = try #require(site.text("dak-nong/so-y-te/index.html"))
        let svg = try site.analyse()
        _ = svg
        let card = try #require(site.fs.snapshot["public/dak-nong/so-y-te/anh-chia-se.png"])
        #expect(PNGInfo(card)?.width == 1200 && PNGInfo(card)?.height == 630)
        let lines = metaLines(html)
        let version = try #require(lines.first { $0.contains("og:image\"") }?.split(separator: "=").last?.prefix(10))
        #expect(version.count == 10)
        #expect(lines == [
            "<link rel=\"canonical\" href=\"https://example.gov.vn/thidua/dak-nong/so-y-te/\">",
            "<meta property=\"og:url\" content=\"https://example.gov.vn/thidua/dak-nong/so-y-te/\">",
            "<meta property=\"og:type\" content=\"website\">",
            "<meta property=\"og:site_name\" content=\"Thi đua\">",
            "<meta property=\"og:locale\" content=\"vi_VN\">",
            "<meta property=\"og:title\" content=\"Sở Y tế — Chiến dịch &lt;60 ngày&gt; &amp; &quot;DVC&quot;\">",
            "<meta property=\"og:description\" content=\"Sở Y tế xếp hạng 1/4. Mức tăng: +20,9 điểm phần trăm — đạt chỉ tiêu ≥ 20,0 điểm phần trăm. Số liệu đến ngày 31/10/2024.\">",
            "<meta property=\"og:image\" content=\"https://example.gov.vn/thidua/dak-nong/so-y-te/anh-chia-se.png?v=\(version)\">",
            "<meta property=\"og:image:type\" content=\"image/png\">",
            "<meta property=\"og:image:width\" content=\"1200\">",
            "<meta property=\"og:image:height\" content=\"630\">",
            "<meta property=\"og:image:alt\" content=\"Sở Y tế xếp hạng 1/4. Mức tăng: +20,9 điểm phần trăm — đạt chỉ tiêu ≥ 20,0 điểm phần trăm. Số liệu đến ngày 31/10/2024.\">",
            "<meta name=\"twitter:card\" content=\"summary_large_image\">",
            "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Thi đua — cập nhật số liệu\" href=\"/thidua/feed.xml\">",
        ])
        // The version is the hash of the card's SVG.
        let rendered = try RenderStage.renderSite(site: svg.site, results: svg.results, charts: svg.charts,
                                                  strings: svg.strings, theme: svg.theme)
        let source = try #require(rendered.cards.first { $0.path == "dak-nong/so-y-te/anh-chia-se.png" })
        #expect(SHA256.hex(source.svg).hasPrefix(String(version)))
        // Share links without JavaScript, and the copy-paste embed.
        #expect(html.contains("<a href=\"https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexample.gov.vn%2Fthidua%2Fdak-nong%2Fso-y-te%2F\" rel=\"noopener\" target=\"_blank\">"))
        #expect(html.contains("<a href=\"https://button-share.zalo.me/share_external?"))
        #expect(html.contains("<input id=\"share-url\" type=\"text\" readonly value=\"https://example.gov.vn/thidua/dak-nong/so-y-te/\">"))
        #expect(html.contains("&lt;iframe src=&quot;https://example.gov.vn/thidua/dak-nong/so-y-te/embed.html&quot; title=&quot;Sở Y tế&quot; width=&quot;100%&quot;"))
        #expect(html.contains("<a href=\"/thidua/dak-nong/so-y-te/anh-chia-se.png?v=\(version)\" download>"))
    }

    @Test func everyShareablePageHasAnImageTag() throws {
        let site = OpenDataTests.site
        _ = try site.build()
        let pages = site.fs.snapshot.keys.filter { $0.hasSuffix("index.html") && !$0.contains("/embed/") }.sorted()
        #expect(pages.count == 16)   // 13, and the baseline period's leaderboard and its 2 indicator pages
        for page in pages {
            let html = site.fs.text(page) ?? ""
            #expect(html.contains("<meta property=\"og:image\" content=\"https://example.gov.vn/thidua/"), "\(page)")
            let image = html.split(separator: "\"").first { $0.hasPrefix("https://example.gov.vn/thidua/") && $0.contains(".png?v=") }
            let path = image.map { "public/" + $0.dropFirst("https://example.gov.vn/thidua/".count).split(separator: "?")[0] }
            #expect(path.flatMap { site.fs.snapshot[$0] }.flatMap(PNGInfo.init)?.width == 1200, "\(page)")
        }
    }

    @Test func unchangedRebuildRendersNoCardAndOneUnitsChangeOnlyItsCards() throws {
        let site = OpenDataTests.site
        let first = try site.build()
        // The 11 share cards, and the PNGs of the 19 standalone charts.
        #expect(first.cardsRendered.filter { $0.hasSuffix(Sharing.cardName) } == Self.cards)
        #expect(first.cardsRendered.count == 30)
        #expect(first.cardsReused == 0)
        let cache = site.fs.snapshot.keys.filter { $0.hasPrefix(".thidua-cache/cards/") }
        // The share cards' and charts' PNGs, and the two official reports' PDFs (one per
        // snapshot), each with a small file named by its key that names it (`ReportKeys`).
        #expect(cache.count == 34)
        #expect(cache.filter { $0.hasSuffix(".png") }.count == 30)
        #expect(cache.allSatisfy { ($0.hasSuffix(".png") || $0.hasSuffix(".pdf") || $0.hasSuffix(".txt")) && $0.count == ".thidua-cache/cards/".count + 64 + 4 })
        #expect(cache.filter { $0.hasSuffix(".txt") }.count == 2)
        #expect(first.reportsRendered == ["dak-nong/bao-cao/2024-07-16.pdf", "dak-nong/bao-cao/2024-10-31.pdf"])

        let second = try site.build()
        #expect(second.cardsRendered == [])
        #expect(second.cardsReused == 30)
        #expect(second.reportsRendered == [])
        #expect(second.reportsReused == 2)
        #expect(site.fs.snapshot["public/dak-nong/so-y-te/anh-chia-se.png"] != nil)

        // Sở Y tế's figures change; it stays first, the others keep their
        // ranks. Its card, the home card (it leads) and the card of the
        // indicator whose histogram changes are rendered again; the rate's
        // histogram keeps its bars (58,3% → 60,0% stay in one slice). Of
        // the charts, both distributions, the group's bars and Sở Y tế's
        // rate and gain change; the other units' gain charts keep their
        // axis, whose ends are rounded (`AxisEnds`), so they are reused.
        let data = try #require(site.fs.text("content/dak-nong/data/2024-10-31.csv"))
        try site.fs.write(Data(data.replacingOccurrences(of: "so-y-te,600,350", with: "so-y-te,600,360").utf8),
                          to: "content/dak-nong/data/2024-10-31.csv")
        let third = try site.build()
        #expect(third.cardsRendered == [
            "dak-nong/anh-chia-se.png", "dak-nong/chi-so/received-gain/anh-chia-se.png",
            "dak-nong/chi-so/received-gain/phan-bo.png", "dak-nong/chi-so/received-rate/phan-bo.png",
            "dak-nong/data/xep-hang-so-nganh.png",
            "dak-nong/so-y-te/anh-chia-se.png", "dak-nong/so-y-te/received-gain.png", "dak-nong/so-y-te/received-rate.png",
        ])
        #expect(third.cardsReused == 22)
        // Only the report of the snapshot whose data changed is made again.
        #expect(third.reportsRendered == ["dak-nong/bao-cao/2024-10-31.pdf"])
        #expect(third.reportsReused == 1)
        // The cache keeps only what the last build uses.
        #expect(site.fs.snapshot.keys.filter { $0.hasPrefix(".thidua-cache/cards/") }.count == 34)
    }

    @Test func withoutABaseURLTheSiteBuildsWithoutImageTagsAndWarns() throws {
        var files: [String: String] = [:]
        for (path, data) in OpenDataTests.site.fs.snapshot where path.hasPrefix("content/dak-nong/") {
            files[String(path.dropFirst("content/".count))] = String(decoding: data, as: UTF8.self)
        }
        let site = TestSite(files, site: "title: \"Thi đua\"\n")
        let report = try site.build()
        #expect(report.warnings.map(\.english).filter { $0.hasPrefix("content/site.yml") } == [
            "content/site.yml: warning: no `base_url`: pages get no share image tags (og:image), share links, feed or sitemap, "
                + "which need absolute URLs; add e.g. base_url: \"https://example.gov.vn/thidua/\" to site.yml or pass --base-url",
        ])
        let html = try #require(site.text("dak-nong/so-y-te/index.html"))
        #expect(!html.contains("og:image"))
        #expect(!html.contains("canonical"))
        #expect(!html.contains("facebook.com"))
        #expect(html.contains("<meta property=\"og:title\""))
        #expect(html.contains("<a href=\"/dak-nong/so-y-te/anh-chia-se.png?v="))
        #expect(site.text("sitemap.xml") == nil)
        #expect(site.text("feed.xml") == nil)
        #expect(site.text("robots.txt") == "User-agent: *\nAllow: /\n")
        #expect(report.cardsRendered.count == 30)     // 11 cards, 19 charts
    }

    @Test func embedsAreMinimalWithOneOutboundLink() throws {
        let site = OpenDataTests.site
        _ = try site.build()
        let home = try #require(site.text("embed/dak-nong/index.html"))
        let unit = try #require(site.text("dak-nong/so-y-te/embed.html"))
        for html in [home, unit] {
            #expect(html.contains("<meta name=\"robots\" content=\"noindex\">"))
            let links = html.components(separatedBy: "<a ").count - 1
            #expect(links == 1)
            #expect(html.contains("target=\"_blank\" rel=\"noopener\">Xem chi tiết →</a>"))
            #expect(html.contains("<link rel=\"stylesheet\" href=\"/thidua/assets/embed.css\">"))
        }
        #expect(home.contains("<a href=\"https://example.gov.vn/thidua/dak-nong/\""))
        #expect(unit.contains("<a href=\"https://example.gov.vn/thidua/dak-nong/so-y-te/\""))
        #expect(home.contains("<th scope=\"row\">Sở Y tế</th>"))
        // A unit's line names its target, as on the unit page.
        #expect(unit.contains("<p class=\"met\"><strong>+20,9 điểm phần trăm</strong> · Chỉ tiêu ≥ 20,0 điểm phần trăm · ✓ đạt</p>"))
        #expect(site.text("assets/embed.css") != nil)
        // Nothing empty is printed: all units are shown (no "more" line).
        for html in [home, unit] {
            #expect(!html.contains("<caption></caption>") && !html.contains("<p class=\"more\"></p>") && !html.contains(" · </p>"))
        }
    }

    @Test func aOneGroupCampaignEmbedHasNoGroupCaption() throws {
        let site = TestSite(oneIndicatorCampaign(units: "id,name\na,An\nb,Bình\n", data: "unit,v\na,1\nb,2\n"))
        _ = try site.build()
        let home = try #require(site.text("embed/c/index.html"))
        #expect(!home.contains("<caption>") && !home.contains("class=\"more\"") && !home.contains("class=\"eyebrow\">Thi đua · "))
        #expect(home.contains("<p class=\"eyebrow\">Thi đua</p>"))
    }

    @Test func campaignFoldersCannotTakeTheSitesOwnNames() throws {
        let site = TestSite(oneIndicatorCampaign("embed", title: "X", units: "id,name\na,An\n", data: "unit,v\na,1\n"))
        #expect(site.errors() == ["content/embed: the campaign folder name \"embed\" is reserved for the site's own files; rename the folder"])
    }
}

/// A unit embed is `<campaign>/<unit>/embed.html` (until December 2026
/// `embed/<campaign>/<unit>.html`, beside the campaign's
/// `embed/<campaign>/index.html`): the id `index` stays refused, so that a
/// unit pasted from either time never meets a campaign's page.
struct EmbedPathTests {
    @Test func unitIdIndexIsReserved() {
        let site = TestSite(oneIndicatorCampaign(units: "id,name\nindex,Đơn vị Index\nb,B\n", data: "unit,v\nindex,1\nb,2\n"))
        #expect(site.errors() == ["content/c/units.csv:2:1: unit id \"index\" is reserved for a page of the campaign; choose another id"])
    }
}
