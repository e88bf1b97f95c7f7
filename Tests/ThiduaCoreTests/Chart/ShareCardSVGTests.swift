import Testing
@testable import ThiduaChart

/// The share cards' SVG, byte for byte, with the backdrop (what the cards
/// of a kind share and `CardPainter` draws once) marked in the golden file.
/// The goldens were recorded from the string-built cards before they were
/// written through `SVGWriter`, so they also hold the two ways equal.
struct ShareCardSVGTests {
    /// The SVG with `<!-- backdrop -->` and `<!-- /backdrop -->` around the backdrop's bytes.
    func marked(_ card: ShareCard) -> String {
        let (svg, backdrop, _) = card.document()
        let bytes = Array(svg.utf8)
        return String(decoding: bytes[..<backdrop.lowerBound], as: UTF8.self) + "<!-- backdrop -->\n"
            + String(decoding: bytes[backdrop], as: UTF8.self) + "<!-- /backdrop -->\n"
            + String(decoding: bytes[backdrop.upperBound...], as: UTF8.self)
    }

    static let campaign = "Chiến dịch cao điểm nâng cao tỷ lệ hồ sơ trực tuyến của các cơ quan, đơn vị tỉnh Đắk Nông năm 2024"

    @Test func unitCardWithBadgeHeadlineAndBullet() throws {
        let card = ShareCard(
            siteTitle: "Cổng dịch vụ công tỉnh Đắk Nông", sample: "Số liệu minh hoạ", eyebrow: Self.campaign,
            title: "Sở Giao thông vận tải",
            badge: .init(label: "XẾP HẠNG", value: "3/19", note: "hạng 2/8 trong khối Sở, ngành"),
            headline: .init(label: "Tỷ lệ hồ sơ tiếp nhận trực tuyến", value: "50,4%", status: "Đạt chỉ tiêu ≥ 30,0%", met: true),
            visual: .bullet(value: 0.504, target: 0.3, targetText: "Chỉ tiêu ≥ 30,0%", met: true),
            footer: "Số liệu đến ngày 16/07/2024", address: "dichvucong.daknong.gov.vn/thidua",
            description: "Sở Giao thông vận tải xếp hạng 3/19. Tỷ lệ hồ sơ tiếp nhận trực tuyến: 50,4% — đạt chỉ tiêu ≥ 30,0%.")
        try Golden.assert(marked(card), named: "share-card-unit.svg")
    }

    @Test func indicatorCardWithCaptionAndHistogram() throws {
        let card = ShareCard(
            siteTitle: "Cổng dịch vụ công tỉnh Đắk Nông", eyebrow: Self.campaign,
            title: "Tỷ lệ hồ sơ tiếp nhận trực tuyến", caption: "Số đơn vị theo tỷ lệ (19 đơn vị)",
            visual: .histogram(bins: [.init(missed: 4), .init(missed: 3, neutral: 1), .init(met: 5), .init(met: 6)],
                               target: 0.3, targetText: "Chỉ tiêu ≥ 30%",
                               ticks: [.init(position: 0, text: "0%"), .init(position: 0.5, text: "50%"), .init(position: 1, text: "100%")]),
            footer: "Số liệu đến ngày 16/07/2024", address: "dichvucong.daknong.gov.vn/thidua",
            description: "11 trong 19 đơn vị đạt chỉ tiêu ≥ 30%.")
        try Golden.assert(marked(card), named: "share-card-indicator.svg")
    }

    @Test func campaignCardWithBars() throws {
        let card = ShareCard(
            siteTitle: "Cổng dịch vụ công tỉnh Đắk Nông", eyebrow: "Bảng xếp hạng", title: Self.campaign,
            caption: "Dẫn đầu: tỷ lệ hồ sơ tiếp nhận trực tuyến",
            visual: .bars([.init(label: "Sở Tư pháp", valueText: "96,2%", fraction: 0.962, met: true),
                           .init(label: "Sở Giao thông vận tải", valueText: "50,4%", fraction: 0.504, met: true),
                           .init(label: "Sở Nội vụ", valueText: "4,1%", fraction: 0.041, met: false)]),
            footer: "Số liệu đến ngày 16/07/2024", address: "",
            description: "Dẫn đầu: Sở Tư pháp 96,2%.")
        try Golden.assert(marked(card), named: "share-card-campaign.svg")
    }

    @Test func awardsCardWithLinesAndEscapedText() throws {
        let card = ShareCard(
            siteTitle: "Sở Công Thương <Lạng Sơn> & \"thi đua\"", eyebrow: "Khen thưởng", title: "Đề xuất khen thưởng năm 2024",
            visual: .lines([.init(text: "Giấy khen của Giám đốc Sở Công Thương cho tập thể đạt 100% hồ sơ trực tuyến toàn trình", figure: "3 đơn vị"),
                            .init(text: "Phòng Quản lý thương mại & dịch vụ", figure: ""),
                            .init(text: "Phòng Kỹ thuật an toàn - môi trường", figure: "98,5%")]),
            footer: "Số liệu đến ngày 26/12/2024", address: "sct.langson.gov.vn/thidua",
            description: "3 đơn vị đủ điều kiện đề xuất khen thưởng.")
        try Golden.assert(marked(card), named: "share-card-awards.svg")
    }
}
