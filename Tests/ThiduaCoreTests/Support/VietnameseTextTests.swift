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

struct VietnameseTextTests {
    @Test func alphabeticalOrder() {
        let names = ["Đắk Mil", "Dương", "Ân", "Ăn", "An", "Ba", "Ơn", "Ôn", "On", "Ưu", "Uy", "anh", "Anh", "Ánh", "Ảnh", "Àn", "Ạn", "Ãn"]
        let sorted = names.sorted(by: VietnameseCollation.precedes)
        #expect(sorted == ["An", "Àn", "Ãn", "Ạn", "anh", "Anh", "Ảnh", "Ánh", "Ăn", "Ân", "Ba", "Dương", "Đắk Mil",
                           "On", "Ôn", "Ơn", "Uy", "Ưu"])
    }

    @Test func decomposedAndComposedTextSortTogether() {
        let nfd = "Sở Y tế".decomposedStringWithCanonicalMapping
        #expect(VietnameseCollation.key(nfd).primary == VietnameseCollation.key("Sở Y tế").primary)
        #expect(["UBND huyện Đắk Song", "UBND huyện Đắk Glong", "UBND huyện Cư Jút", "UBND huyện Krông Nô"]
            .sorted(by: VietnameseCollation.precedes)
            == ["UBND huyện Cư Jút", "UBND huyện Đắk Glong", "UBND huyện Đắk Song", "UBND huyện Krông Nô"])
    }

    @Test func slugs() {
        #expect(Slug.make(from: "Sở Tài nguyên và Môi trường") == "so-tai-nguyen-va-moi-truong")
        #expect(Slug.make(from: "UBND huyện Đắk R'Lấp") == "ubnd-huyen-dak-r-lap")
        #expect(Slug.make(from: "  Phường Cái Khế!! ") == "phuong-cai-khe")
        #expect(Slug.problem(with: "so-y-te") == nil)
        #expect(Slug.problem(with: "So-Y-Te") != nil)
        #expect(Slug.problem(with: "..") != nil)
        #expect(Slug.problem(with: "a/b") != nil)
    }

    @Test func vietnameseNumbers() {
        let vi = NumberFormat(language: .vi)
        #expect(vi.integer(37051) == "37.051")
        #expect(vi.money(2_614_507_177) == "2.614.507.177 đ")
        #expect(vi.percent(0.935) == "93,5%")
        #expect(vi.percent(1) == "100,0%")
        #expect(vi.points(0.2) == "+20,0 điểm phần trăm")
        #expect(vi.points(-0.05) == "-5,0 điểm phần trăm")
        #expect(vi.points(0) == "0,0 điểm phần trăm")
        #expect(vi.number(12.5) == "12,5")
        #expect(vi.number(1234.567) == "1.234,57")
        #expect(vi.value(nil, as: .percent) == "—")
        #expect(vi.target(Target(.atLeast, 0.5), as: .percent) == "≥ 50,0%")
        #expect(vi.target(Target(.atLeast, 0.2), as: .points) == "≥ 20,0 điểm phần trăm")
        #expect(vi.date(Day(year: 2024, month: 7, day: 16)) == "16/07/2024")
        let en = NumberFormat(language: .en)
        #expect(en.integer(37051) == "37,051")
        #expect(en.percent(0.935) == "93.5%")
        #expect(en.money(17_175_000) == "17,175,000 VND")
    }

    @Test func days() {
        #expect(Day(iso: "2024-02-29") != nil)
        #expect(Day(iso: "2023-02-29") == nil)
        #expect(Day(iso: "2024-7-16") == nil)
        #expect(Day(iso: "2024-10-31")!.ordinal - Day(iso: "2024-09-01")!.ordinal == 60)
    }

    @Test func bracketLabels() {
        let brackets = Bracketing(metric: 0, bounds: [1500, 3500])
        let vi = NumberFormat(language: .vi)
        #expect([0, 1, 2].map { brackets.label($0, format: vi) } == ["< 1.500", "1.500 – 3.500", "≥ 3.500"])
        #expect([1499.9, 1500, 3499, 3500].map(brackets.bracket(of:)) == [0, 1, 1, 2])
    }
}
