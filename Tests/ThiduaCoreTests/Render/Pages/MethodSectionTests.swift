import Testing
@testable import ThiduaSupport
@testable import ThiduaLoad
@testable import ThiduaModel
@testable import ThiduaRank
@testable import ThiduaChart
@testable import ThiduaRender
@testable import ThiduaWrite
@testable import ThiduaCore

/// "Cách tính xếp hạng" on the plan page: the rules in words, enough to
/// check a rank by hand.
struct MethodSectionTests {
    static func site(language: String = "vi") -> TestSite {
        TestSite([
            "c/campaign.md": campaignMD("""
                title: "T"
                period: {start: 2024-09-01, end: 2024-10-31}
                baseline: 2024-07-16
                groups: [{id: so, name: "Khối Sở"}, {id: huyen, name: "Khối huyện"}]
                metrics: [{id: received, name: "Hồ sơ tiếp nhận trực tuyến"}, {id: total, name: "Tổng số hồ sơ"}]
                indicators:
                  - {id: received_rate, name: "Tỷ lệ tiếp nhận trực tuyến", formula: "received / total", format: percent,
                     target: {value: ">= 50%", illustrative: true}, weight: 1}
                  - id: received_gain
                    name: "Mức tăng"
                    formula: "received_rate - baseline(received_rate)"
                    format: points
                    target:
                      so: {value: "20%", or: "received_rate >= 100%"}
                      huyen: {value: "10%", or: "received_rate >= 100%"}
                    weight: 2
                ranking: {by: [score, received_gain]}
                awards:
                  - {id: khen, name: "Giấy khen", require: all_targets, top: 1, per: group}
                  - {id: ca-nhan, name: "Bằng khen cá nhân", require: decided}
                """, body: "# Kế hoạch\n\nToàn văn.\n"),
            "c/units.csv": "id,name,group\ns1,Sở Y tế,so\ns2,Sở Tư pháp,so\nh1,Huyện Một,huyen\n",
            "c/data/2024-07-16.csv": "unit,received,total\ns1,1,4\ns2,1,4\nh1,1,4\n",
            "c/data/2024-10-31.csv": "unit,received,total\ns1,3,4\ns2,1,4\n",
        ], site: "title: \"T\"\nlanguage: \(language)\n")
    }

    @Test func theRulesInWords() throws {
        let site = Self.site()
        _ = try site.build()
        let html = try #require(site.text("c/ke-hoach/index.html"))
        #expect(html.contains("""
            <section class="method" id="cach-tinh" aria-labelledby="cach-tinh-h">
            <h2 id="cach-tinh-h">Cách tính xếp hạng</h2>
            """))
        #expect(html.contains("""
            <li><p><strong>Tỷ lệ tiếp nhận trực tuyến</strong></p><p>Cách tính: Hồ sơ tiếp nhận trực tuyến / Tổng số hồ sơ, \
            ghi theo tỷ lệ phần trăm.</p><p>Chỉ tiêu: ≥ 50,0%, mức minh hoạ.</p><p>Trọng số trong điểm: 1.</p></li>
            """))
        // The composite target of each group, in words.
        #expect(html.contains("""
            <li><p><strong>Mức tăng</strong></p><p>Cách tính: Tỷ lệ tiếp nhận trực tuyến − Tỷ lệ tiếp nhận trực tuyến ở kỳ gốc ngày 16/07/2024, \
            ghi bằng điểm phần trăm.</p><p>Chỉ tiêu: Khối Sở: ≥ 20,0 điểm phần trăm hoặc Tỷ lệ tiếp nhận trực tuyến ≥ 100,0%; \
            Khối huyện: ≥ 10,0 điểm phần trăm hoặc Tỷ lệ tiếp nhận trực tuyến ≥ 100,0%.</p><p>Trọng số trong điểm: 2.</p></li>
            """))
        #expect(html.contains("<p>Chỉ tiêu có hai vế nối bằng “hoặc” là đạt khi một trong hai vế đạt.</p>"))
        #expect(html.contains("<p>“Mức minh hoạ”: kế hoạch không nêu mức này; mức ghi ở đây chỉ để minh hoạ.</p>"))
        #expect(html.contains("""
            <p>Điểm = 100 × Σ (trọng số × mức đạt) / Σ trọng số, cộng trên các chỉ số có trọng số lớn hơn 0: \
            Tỷ lệ tiếp nhận trực tuyến: trọng số 1; Mức tăng: trọng số 2.</p>
            """))
        #expect(html.contains("<p>Mức đạt của một chỉ số: bằng 1 khi đạt chỉ tiêu."))
        // Worked out for the best-ranked unit that misses a target, with its own figures.
        #expect(html.contains("""
            <h4>Ví dụ: Sở Tư pháp, hạng 2</h4>
            <ul><li>Tỷ lệ tiếp nhận trực tuyến: chưa đạt chỉ tiêu, 25,0% / 50,0% → mức đạt 0,500</li>\
            <li>Mức tăng: chưa đạt chỉ tiêu, 0,0 điểm phần trăm / 20,0 điểm phần trăm → mức đạt 0</li>\
            <li>Điểm = 100 × (1 × 0,500 + 2 × 0) / (1 + 2) = 16,7</li></ul>
            """))
        #expect(html.contains("""
            <p>Các đơn vị được so sánh lần lượt theo:</p>
            <ol><li>Điểm: cao hơn xếp trên</li><li>Mức tăng: cao hơn xếp trên</li></ol>
            """))
        #expect(html.contains("(ví dụ: 1, 2, 2, 4)"))
        #expect(html.contains("""
            <p>Đơn vị không có dòng số liệu trong kỳ số liệu mới nhất (31/10/2024) được ghi là chưa có số liệu: \
            chưa được xếp hạng và không có điểm.</p>
            <p>Đơn vị có số liệu nhưng không tính được Mức tăng (ví dụ mẫu số bằng 0) cũng chưa được xếp hạng.</p>
            """))
        #expect(html.contains("""
            <li><p><strong>Giấy khen</strong></p><p>đạt mọi chỉ tiêu; thuộc 1 đơn vị dẫn đầu của mỗi khối</p></li>
            <li><p><strong>Bằng khen cá nhân</strong></p><p>do cấp có thẩm quyền xét, quyết định</p></li>
            """))
        // Above the plan text.
        let method = try #require(html.range(of: "id=\"cach-tinh\""))
        let plan = try #require(html.range(of: "<article class=\"plan\">"))
        #expect(method.lowerBound < plan.lowerBound)
    }

    @Test func inEnglish() throws {
        let site = Self.site(language: "en")
        _ = try site.build()
        let html = try #require(site.text("c/ke-hoach/index.html"))
        #expect(html.contains("<h2 id=\"cach-tinh-h\">How the ranking is computed</h2>"))
        #expect(html.contains("<ol><li>the score: higher ranks first</li><li>Mức tăng: higher ranks first</li></ol>"))
        #expect(html.contains("(e.g. 1, 2, 2, 4)"))
    }

    /// A campaign ranked on one indicator has no score to explain.
    @Test func noScoreWithoutTheScoreKey() throws {
        let site = TestSite(oneIndicatorCampaign(units: "id,name\na,A\n", data: "unit,v\na,1\n"))
        _ = try site.build()
        let html = try #require(site.text("c/ke-hoach/index.html"))
        #expect(!html.contains("Σ"))
        #expect(html.contains("<p>Các đơn vị được xếp theo:</p>\n<ol><li>x: cao hơn xếp trên</li></ol>"))
    }
}
