import Testing
@testable import ThiduaSupport
@testable import ThiduaLoad
@testable import ThiduaModel
@testable import ThiduaRank
@testable import ThiduaChart
@testable import ThiduaRender
@testable import ThiduaWrite
@testable import ThiduaCore

/// What the campaign's totals are called: the issuer's level of government.
struct TotalsNameTests {
    @Test(arguments: [
        ("Ủy ban nhân dân xã Chi Lăng, tỉnh Bắc Ninh", "totals_xa"),
        ("UBND phường Ninh Kiều", "totals_phuong"),
        ("UBND thị trấn Phong Điền", "totals_thi_tran"),
        ("Ủy ban nhân dân thị xã Gia Nghĩa, tỉnh Đắk Nông", "totals_thi_xa"),
        ("UBND quận Ninh Kiều, thành phố Cần Thơ", "totals_quan"),
        ("UBND huyện Krông Nô", "totals_huyen"),
        ("Ủy ban nhân dân thành phố Cần Thơ", "totals_thanh_pho"),
        ("Sở Thông tin và Truyền thông tỉnh Đắk Nông", "totals_tinh"),
        ("ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN", "totals_tinh"),
        // "Xã hội" is not a commune; the province comes later.
        ("Sở Lao động - Thương binh và Xã hội tỉnh Lạng Sơn", "totals_tinh"),
        // Inside another word is no match ("xã" in "xãy" does not count).
        ("Ban Thi đua - Khen thưởng", "totals_all_units"),
        ("Văn phòng Chính phủ", "totals_all_units"),
    ])
    func derivedFromTheIssuer(issuer: String, key: String) {
        #expect(TotalsName.key(issuer: issuer) == key)
    }

    @Test func noIssuerIsAllUnits() {
        #expect(TotalsName.key(issuer: nil) == "totals_all_units")
    }

    /// The name as the home page shows it, in each language, and the campaign's own `totals_label`.
    @Test(arguments: [
        ("Ủy ban nhân dân xã Chi Lăng, tỉnh Bắc Ninh", nil, "vi", "Toàn xã"),
        ("UBND phường Ninh Kiều", nil, "vi", "Toàn phường"),
        ("UBND thị trấn Phong Điền", nil, "vi", "Toàn thị trấn"),
        ("Ủy ban nhân dân thị xã Gia Nghĩa", nil, "vi", "Toàn thị xã"),
        ("UBND quận Ninh Kiều", nil, "vi", "Toàn quận"),
        ("UBND huyện Krông Nô", nil, "vi", "Toàn huyện"),
        ("Ủy ban nhân dân thành phố Cần Thơ", nil, "vi", "Toàn thành phố"),
        ("Sở Công Thương tỉnh Lạng Sơn", nil, "vi", "Toàn tỉnh"),
        ("Ban Chỉ đạo", nil, "vi", "Tất cả đơn vị"),
        ("Sở Công Thương tỉnh Lạng Sơn", nil, "en", "Whole province"),
        ("Ban Chỉ đạo", nil, "en", "All units"),
        ("Sở Công Thương tỉnh Lạng Sơn", "Toàn Sở", "vi", "Toàn Sở"),
    ] as [(String, String?, String, String)])
    func onTheHomePage(issuer: String, label: String?, language: String, name: String) throws {
        let site = TestSite([
            "c/campaign.md": campaignMD("""
                title: "T"
                issuer: "\(issuer)"
                period: {start: 2024-01-01, end: 2024-12-31}
                \(label.map { "totals_label: \"\($0)\"" } ?? "")
                metrics: [{id: v}]
                indicators: [{id: x, formula: "v"}]
                """),
            "c/units.csv": "id,name\na,A\n",
            "c/data/2024-01-31.csv": "unit,v\na,1\n",
        ], site: "title: \"T\"\nlanguage: \(language)\n")
        _ = try site.build()
        #expect(site.text("c/index.html")?.contains("<h2 id=\"totals-h\">\(name)</h2>") == true)
    }
}
