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

/// Names in a data file copied from units.csv byte for byte skip the
/// normalisation; every other spelling still goes through it, with the
/// same answers.
struct UnitMatcherTests {
    static let units = [
        Unit(id: "so-cong-thuong", name: "Sở Công Thương", group: "all"),
        Unit(id: "ubnd-huyen-dak-mil", name: "UBND huyện Đắk Mil", group: "all"),
        Unit(id: "thi-tran-dak-mil", name: "Thị trấn Đắk Mil", group: "all"),
        Unit(id: "xa-a", name: "Xã An Bình", group: "all"),
        Unit(id: "xa-a-2", name: "xã an bình", group: "all"),
    ]

    let matcher = UnitMatcher(units: UnitMatcherTests.units, prefixes: ["UBND huyện", "Thị trấn"])

    @Test func theSameBytesFindTheUnit() {
        #expect(matcher.find("Sở Công Thương") == .unit(0))
        #expect(matcher.find("UBND huyện Đắk Mil") == .unit(1))
    }

    @Test func otherNormalisationsFindItToo() {
        let nfd = "Sở Công Thương".decomposedStringWithCanonicalMapping
        #expect(nfd.utf8.count != "Sở Công Thương".utf8.count)
        #expect(matcher.find(nfd) == .unit(0))
        #expect(matcher.find(" SỞ  CÔNG THƯƠNG ") == .unit(0))
        #expect(matcher.find("So Cong Thuong") == .unit(0))
    }

    @Test func namesSharingAKeyStayAmbiguous() {
        // Even written exactly as one of them: the key is what counts.
        #expect(matcher.find("Xã An Bình") == .ambiguous([3, 4]))
        #expect(matcher.find("xã an bình") == .ambiguous([3, 4]))
        #expect(matcher.find("Đắk Mil") == .ambiguous([1, 2]))
        #expect(matcher.find("Huyện Krông Nô") == .unknown)
    }
}
