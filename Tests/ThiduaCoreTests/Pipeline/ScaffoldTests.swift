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

/// `thidua new`: a campaign that builds at once, never over an existing one.
struct ScaffoldTests {
    /// A content folder with the theme and no site.yml.
    func emptySite() throws -> TestSite {
        let site = TestSite([:])
        try site.fs.remove("content/site.yml")
        return site
    }

    @Test func newCampaignBuildsAtOnce() throws {
        let site = try emptySite()
        let written = try CampaignScaffold.create(slug: "dvc-2025", contentPath: "content", fileSystem: site.fs)
        #expect(written == ["content/site.yml", "content/dvc-2025/campaign.md", "content/dvc-2025/units.csv",
                            "content/dvc-2025/data/2025-07-01.csv"])
        #expect(site.messages() == [])
        let result = try site.result()
        #expect(result.campaign.sample)
        #expect(result.order == ["so-tu-phap", "ubnd-phuong-hac-thanh", "so-y-te", "ubnd-xa-dong-tien"])
        let json = try #require(site.text("dvc-2025/data/leaderboard.json"))
        let units = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])["units"]
        let awards = try #require(units as? [[String: Any]]).map { $0["awards"] as? [String] ?? ["?"] }
        #expect(awards == [["bang-khen"], ["bang-khen"], [], []])
    }

    @Test func keepsAnExistingSiteYMLAndRefusesAnExistingFolder() throws {
        let site = TestSite(["old/campaign.md": "---\ntitle: x\n---\n"])
        let before = site.fs.text("content/site.yml")
        #expect(try CampaignScaffold.create(slug: "moi", contentPath: "content", fileSystem: site.fs).count == 3)
        #expect(site.fs.text("content/site.yml") == before)
        let snapshot = site.fs.snapshot
        for slug in ["old", "moi"] {
            #expect(throws: BuildFailure.self) {
                try CampaignScaffold.create(slug: slug, contentPath: "content", fileSystem: site.fs)
            }
        }
        #expect(site.fs.snapshot == snapshot)
        do {
            try CampaignScaffold.create(slug: "old", contentPath: "content", fileSystem: site.fs)
        } catch let failure as BuildFailure {
            #expect(failure.text(.english) == "content/old: already exists; thidua new never overwrites a campaign: choose another name, or move the folder away first")
        }
        do {
            try CampaignScaffold.create(slug: "Thi Đua", contentPath: "content", fileSystem: site.fs)
        } catch let failure as BuildFailure {
            #expect(failure.text(.english) == "content/Thi Đua: the campaign folder name \"Thi Đua\" is its URL and may only contain lowercase letters a-z, digits and \"-\" (not at the start or end), e.g. \"thi-dua\"")
        }
    }

    /// Every option shown commented out is valid: uncommenting all of them
    /// still builds, and each one is a key thidua knows (no warning).
    @Test func everyCommentedOptionIsValid() throws {
        let lines = ScaffoldTexts.campaign.split(separator: "\n", omittingEmptySubsequences: false)
        let close = try #require(lines.dropFirst().firstIndex(of: "---"))
        let pattern = try NSRegularExpression(pattern: "^(\\s*)# (\\s*(- )?\\{?[a-z_]+:.*)$")
        var uncommented = 0
        let edited = lines.enumerated().map { index, line -> String in
            let text = String(line)
            guard index < close,
                  let match = pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return text }
            uncommented += 1
            return pattern.replacementString(for: match, in: text, offset: 0, template: "$1$2")
        }.joined(separator: "\n")
        #expect(uncommented == 15)
        let site = TestSite(["c/campaign.md": edited, "c/units.csv": ScaffoldTexts.units,
                             "c/data/2025-07-01.csv": ScaffoldTexts.snapshot])
        #expect(site.messages() == [])
        let result = try site.result()
        #expect(result.campaign.indicators.map(\.id) == ["online_rate", "online_gain"])
        #expect(result.campaign.baseline == 0)
        #expect(result.campaign.groups[1].brackets?.bounds == [1500, 3500])
    }
}
