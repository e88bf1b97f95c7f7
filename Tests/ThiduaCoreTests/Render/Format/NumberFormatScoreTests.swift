import Testing
@testable import ThiduaSupport
@testable import ThiduaLoad
@testable import ThiduaModel
@testable import ThiduaRank
@testable import ThiduaChart
@testable import ThiduaRender
@testable import ThiduaWrite
@testable import ThiduaCore

/// Scores print with one decimal, and only a perfect score prints as 100.
struct NumberFormatScoreTests {
    @Test func onlyAPerfectScoreIsAHundred() {
        let vi = NumberFormat(language: .vi)
        #expect(vi.score(100) == "100,0")
        // Lạng Sơn: 90,0 % against "> 90 %" is 0,999999 of one of two targets.
        #expect(vi.score(99.99995) == "99,9")
        #expect(vi.score(99.96) == "99,9")
        #expect(vi.score(99.94) == "99,9")
        #expect(vi.score(83.33333) == "83,3")
        #expect(vi.score(72.66666) == "72,7")
        #expect(vi.score(0) == "0,0")
        #expect(NumberFormat(language: .en).score(99.99995) == "99.9")
    }
}
