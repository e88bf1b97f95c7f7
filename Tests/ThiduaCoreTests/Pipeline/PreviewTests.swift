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

struct PreviewTests {
    static func site() -> (TestSite, PreviewSite) {
        let site = TestSite(oneIndicatorCampaign(title: "Xem trước", units: "id,name\na,An\n", data: "unit,v\na,18.775\n"))
        var options = site.options
        options.baseURL = "http://127.0.0.1:1313/"
        return (site, PreviewSite(options: options, fileSystem: site.fs))
    }

    @Test func servesFromMemoryWithTheReloadScript() {
        let (site, preview) = Self.site()
        #expect(preview.refresh() == [])
        #expect(preview.refresh() == nil)                      // nothing changed
        let page = String(decoding: preview.response(for: "/c/a/").body, as: UTF8.self)
        #expect(page.contains("18.775"))
        #expect(page.contains("fetch(\"/__thidua/version\")"))
        #expect(preview.response(for: "/c/data/leaderboard.json").contentType == "application/json; charset=utf-8")
        #expect(preview.response(for: "/khong-co/").status == 404)
        #expect(preview.response(for: "/../etc/passwd").status == 404)
        #expect(site.fs.snapshot.keys.allSatisfy { !$0.hasPrefix("public") })   // nothing written
    }

    @Test func rendersShareImagesWhenAskedFor() {
        let (site, preview) = Self.site()
        preview.refresh()
        let png = preview.response(for: "/c/a/anh-chia-se.png?v=1")
        #expect(png.status == 200)
        #expect(png.contentType == "image/png")
        #expect(PNGInfo(png.body)?.width == 1200 && PNGInfo(png.body)?.height == 630)
        #expect(site.fs.snapshot.keys.allSatisfy { !$0.hasPrefix(".thidua-cache") })   // no card cache either
    }

    /// The preview draws a share card as a build does (its own text as
    /// glyphs): a build with the preview's settings writes the same bytes.
    @Test func aPreviewedCardHasTheBytesABuildWrites() throws {
        let (site, preview) = Self.site()
        preview.refresh()
        let png = preview.response(for: "/c/a/anh-chia-se.png").body
        var options = site.options
        options.baseURL = "http://127.0.0.1:1313/"
        _ = try Pipeline.build(options, fileSystem: site.fs)
        #expect(try png == site.fs.read("public/c/a/anh-chia-se.png"))
    }

    @Test func picksUpEditsAndShowsErrors() throws {
        let (site, preview) = Self.site()
        preview.refresh()
        try site.fs.write(Data("unit,v\na,20.001\n".utf8), to: "content/c/data/2024-01-31.csv")
        #expect(preview.refresh() == [])
        #expect(String(decoding: preview.response(for: "/c/a/").body, as: UTF8.self).contains("20.001"))
        #expect(String(decoding: preview.response(for: PreviewSite.versionPath).body, as: UTF8.self) == "2")
        try site.fs.write(Data("unit,v\na,hai\n".utf8), to: "content/c/data/2024-01-31.csv")
        #expect(preview.refresh()?.count == 1)
        let page = String(decoding: preview.response(for: "/c/a/").body, as: UTF8.self)
        #expect(page.contains("20.001"))                       // the previous site stays
        #expect(page.contains("content/c/data/2024-01-31.csv:2:2: &quot;hai&quot;"))
    }
}
