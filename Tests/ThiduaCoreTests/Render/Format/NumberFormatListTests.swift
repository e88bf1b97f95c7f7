import Testing
@testable import ThiduaSupport
@testable import ThiduaLoad
@testable import ThiduaModel
@testable import ThiduaRank
@testable import ThiduaChart
@testable import ThiduaRender
@testable import ThiduaWrite
@testable import ThiduaCore

/// Numbers shown together share their number of decimals.
struct NumberFormatListTests {
    let vi = NumberFormat(language: .vi)

    @Test func aListTakesTheDecimalsOfTheValueThatNeedsMost() {
        // Cần Thơ's Bộ chỉ số 766 gains on the home page's "most improved" list.
        #expect(vi.numbers([11.97, 10.9, 8]) == ["11,97", "10,90", "8,00"])
        #expect(vi.numbers([10.9, 8]) == ["10,9", "8,0"])
        #expect(vi.numbers([1_250, 37_051]) == ["1.250", "37.051"])
        #expect(vi.numbers([0.004, 2]) == ["0", "2"])
        #expect(vi.numbers([]) == [])
    }
}
