import Testing
@testable import ThiduaSupport
@testable import ThiduaLoad
@testable import ThiduaModel
@testable import ThiduaRank
@testable import ThiduaChart
@testable import ThiduaRender
@testable import ThiduaWrite
@testable import ThiduaCore

/// Proposals by the plan's rules apart from grants by decision, on the
/// awards page and on unit pages.
struct AwardPagesTests {
    static var site: TestSite { TestSite([
        "c/campaign.md": campaignMD("""
            title: "T"
            period: {start: 2024-01-01, end: 2024-12-31}
            metrics: [{id: online, name: "Hồ sơ trực tuyến"}, {id: total, name: "Tổng số hồ sơ"}]
            indicators:
              - {id: rate, name: "Tỷ lệ", formula: "online / total", format: percent, target: ">= 50%"}
            ranking: {by: rate}
            awards:
              - {id: giay-khen, name: "Giấy khen", require: all_targets, criteria: "Đạt và vượt mọi chỉ tiêu."}
              - {id: ca-nhan, name: "Bằng khen cá nhân", require: decided, criteria: "Cá nhân tiêu biểu."}
            """),
        "c/units.csv": "id,name\na,Xã An\nb,Xã Bình\nc,Xã Châu\n",
        "c/data/2024-01-31.csv": "unit,online,total\na,3,4\nb,1,4\nc,2,4\n",
        "c/awards.csv": """
            award,unit,decision,date,person
            giay-khen,a,Quyết định số 12/QĐ-UBND,15/01/2025,
            ca-nhan,Xã Bình,Quyết định số 12/QĐ-UBND,2025-01-15,Nguyễn Văn An
            """,
    ]) }

    @Test func theAwardsPageSeparatesProposalsFromGrants() throws {
        let site = Self.site
        _ = try site.build()
        let html = try #require(site.text("c/khen-thuong/index.html"))
        #expect(html.contains("""
            <h2>Giấy khen</h2>
            <p><strong>Điều kiện:</strong> đạt mọi chỉ tiêu</p>
            <p class="criteria"><strong>Tiêu chuẩn trong kế hoạch:</strong> Đạt và vượt mọi chỉ tiêu.</p>
            <h3>Đủ điều kiện đề xuất <small>2 đơn vị</small></h3>
            <ol><li><a href="/thidua/c/a/">Xã An</a></li><li><a href="/thidua/c/c/">Xã Châu</a></li></ol>
            <h3>Đã khen thưởng <small>1 lượt</small></h3>
            <ul class="grants"><li><a href="/thidua/c/a/">Xã An</a> — Quyết định số 12/QĐ-UBND ngày 15/01/2025</li></ul>
            """))
        // A decided award: no proposals, only who was granted it; the person under their unit.
        #expect(html.contains("""
            <h2>Bằng khen cá nhân</h2>
            <p><strong>Điều kiện:</strong> do cấp có thẩm quyền xét, quyết định</p>
            <p class="criteria"><strong>Tiêu chuẩn trong kế hoạch:</strong> Cá nhân tiêu biểu.</p>
            <p class="muted">Không tính theo số liệu: chỉ ghi các đơn vị, cá nhân có quyết định khen thưởng.</p>
            <h3>Đã khen thưởng <small>1 lượt</small></h3>
            <ul class="grants"><li><a href="/thidua/c/b/">Xã Bình</a> — khen thưởng cá nhân thuộc đơn vị\
            <ul><li>Nguyễn Văn An — Quyết định số 12/QĐ-UBND ngày 15/01/2025</li></ul></li></ul>
            """))
        #expect(html.components(separatedBy: "<h3>Đủ điều kiện đề xuất").count == 2)
    }

    /// Đắk Nông's plan has two awards of one name, one for the province's
    /// departments and one for the districts: the awards card names each
    /// with the groups it is limited to, not twice the same line.
    @Test func theAwardsCardTellsTwoAwardsOfOneNameApartByTheirGroups() throws {
        let site = TestSite([
            "c/campaign.md": campaignMD("""
                title: "T"
                period: {start: 2024-01-01, end: 2024-12-31}
                groups: [{id: so, name: "Các Sở, ban, ngành"}, {id: huyen, name: "UBND cấp huyện"}]
                metrics: [{id: v}]
                indicators: [{id: x, formula: "v", target: ">= 1"}]
                awards:
                  - {id: a, name: "Đề xuất khen thưởng, biểu dương", groups: [so], require: all_targets}
                  - {id: b, name: "Đề xuất khen thưởng, biểu dương", groups: [huyen], require: all_targets}
                  - {id: c, name: "Giấy khen", require: all_targets}
                """),
            "c/units.csv": "id,name,group\ns,Sở Y tế,so\nh,UBND huyện Đắk Song,huyen\n",
            "c/data/2024-01-31.csv": "unit,v\ns,1\nh,0\n",
        ])
        _ = try site.build()
        let awards = try #require(site.text("c/khen-thuong/index.html"))
        #expect(awards.contains("<meta property=\"og:image:alt\" content=\"Đề xuất khen thưởng, biểu dương — Các Sở, ban, ngành: 1 đơn vị; "
            + "Đề xuất khen thưởng, biểu dương — UBND cấp huyện: 0 đơn vị; Giấy khen: 1 đơn vị. Số liệu đến ngày 31/01/2024.\">"))
    }

    @Test func nothingIsCalledGrantedWithoutARow() throws {
        let site = TestSite([
            "c/campaign.md": campaignMD("""
                title: "T"
                period: {start: 2024-01-01, end: 2024-12-31}
                metrics: [{id: v}]
                indicators: [{id: x, formula: "v", target: ">= 1"}]
                awards: [{id: k, name: "Giấy khen", require: all_targets}]
                """),
            "c/units.csv": "id,name\na,Xã An\n",
            "c/data/2024-01-31.csv": "unit,v\na,1\n",
        ])
        _ = try site.build()
        let awards = try #require(site.text("c/khen-thuong/index.html"))
        #expect(awards.contains("<h3>Đã khen thưởng</h3>\n<p class=\"muted\">Chưa có quyết định khen thưởng nào được công bố.</p>"))
        let unit = try #require(site.text("c/a/index.html"))
        #expect(unit.contains("<h2>Đủ điều kiện đề xuất khen thưởng</h2>"))
        #expect(!unit.contains("Đã khen thưởng"))
        let home = try #require(site.text("c/index.html"))
        #expect(home.contains("<p class=\"muted\">đạt mọi chỉ tiêu · Đủ điều kiện đề xuất: 1 đơn vị</p>"))
    }

    @Test func unitPagesShowProposalsAndGrantsApart() throws {
        let site = Self.site
        _ = try site.build()
        let a = try #require(site.text("c/a/index.html"))
        #expect(a.contains("""
            <section class="eligible"><h2>Đủ điều kiện đề xuất khen thưởng</h2><p class="muted">Theo điều kiện của kế hoạch \
            và số liệu hiện có: đây là đề xuất, chưa phải quyết định khen thưởng.</p><ul><li>Giấy khen — điều kiện: đạt mọi chỉ tiêu</li></ul></section>
            <section class="granted"><h2>Đã khen thưởng</h2><ul><li>Giấy khen — Quyết định số 12/QĐ-UBND ngày 15/01/2025</li></ul></section>
            """))
        let b = try #require(site.text("c/b/index.html"))
        #expect(b.contains("""
            <section class="granted"><h2>Đã khen thưởng</h2><ul><li>Bằng khen cá nhân — Nguyễn Văn An — \
            Quyết định số 12/QĐ-UBND ngày 15/01/2025</li></ul></section>
            """))
        #expect(!b.contains("<section class=\"eligible\">"))
    }
}
