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

/// The contract's leaderboard.json and leaderboard.csv, byte for byte.
struct OpenDataTests {
    /// A fresh site per test: tests run in parallel.
    static var site: TestSite { TestSite([
        "dak-nong/campaign.md": campaignMD("""
            title: "Chiến dịch <60 ngày> & \\"DVC\\""
            period: {start: 2024-09-01, end: 2024-10-31}
            baseline: 2024-07-16
            groups:
              - {id: so-nganh, name: "Các Sở, Ban, ngành"}
              - {id: huyen, name: "UBND các huyện"}
            metrics:
              - {id: total, column: "Tổng số hồ sơ"}
              - {id: received, column: "Hồ sơ tiếp nhận trực tuyến"}
            indicators:
              - {id: received_rate, name: "Tỷ lệ tiếp nhận trực tuyến", formula: "received / total", format: percent, target: ">= 50%"}
              - {id: received_gain, name: "Mức tăng", formula: "received_rate - baseline(received_rate)", format: points, target: {so-nganh: "20%", huyen: "10%"}}
            ranking: {by: received_gain}
            awards:
              - {id: bang-khen, name: "Bằng khen", require: all_targets, top: 1}
            """),
        "dak-nong/units.csv": """
            id,name,group
            so-cong-thuong,Sở Công Thương,so-nganh
            so-y-te,Sở Y tế,so-nganh
            so-noi-vu,Sở Nội vụ,so-nganh
            krong-no,UBND huyện Krông Nô,huyen
            dak-mil,UBND huyện Đắk Mil,huyen
            """,
        "dak-nong/data/2024-07-16.csv": """
            \u{FEFF}unit,Tổng số hồ sơ,Hồ sơ tiếp nhận trực tuyến\r
            so-cong-thuong,"18.775","18.621"\r
            so-y-te,433,162\r
            so-noi-vu,241,10\r
            krong-no,"10.566","2.602"\r
            dak-mil,"14.104","1.765"\r
            """,
        "dak-nong/data/2024-10-31.csv": """
            unit,Tổng số hồ sơ,Hồ sơ tiếp nhận trực tuyến
            so-cong-thuong,"25.000","24.900"
            so-y-te,600,350
            krong-no,"14.000","5.000"
            dak-mil,"19.000","4.500"
            """,
    ]) }

    @Test func leaderboardJSONMatchesTheGoldenFile() throws {
        let site = Self.site
        _ = try site.build()
        try Golden.assert(site.text("dak-nong/data/leaderboard.json") ?? "", named: "leaderboard.json")
    }

    @Test func leaderboardCSVHasABOMAndTheSameRows() throws {
        let site = Self.site
        _ = try site.build()
        let data = try site.fs.read("public/dak-nong/data/leaderboard.csv")
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let lines = String(decoding: data.dropFirst(3), as: UTF8.self).split(separator: "\n").map(String.init)
        #expect(lines.first == "id,name,group,bracket,rank,group_rank,bracket_rank,score,value:received_rate,value:received_gain,target_met:received_rate,target_met:received_gain,awards,url")
        #expect(lines.count == 6)
        #expect(lines.map { $0.split(separator: ",").first.map(String.init) ?? "" }
            == ["id", "so-y-te", "dak-mil", "krong-no", "so-cong-thuong", "so-noi-vu"])
        #expect(lines[5] == "so-noi-vu,Sở Nội vụ,so-nganh,,,,,,,,false,false,,/dak-nong/so-noi-vu/")
    }
}
