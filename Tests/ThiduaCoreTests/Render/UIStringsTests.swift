import Testing
@testable import ThiduaSupport
@testable import ThiduaLoad
@testable import ThiduaModel
@testable import ThiduaRank
@testable import ThiduaChart
@testable import ThiduaRender
@testable import ThiduaWrite
@testable import ThiduaCore

struct UIStringsTests {
    let strings = UIStrings(table: [
        "need": "Cần thêm {count} hồ sơ để đạt {target}",
        "brace": "Giá trị {không đóng",
        "plain": "Đắk Nông",
    ])

    @Test func placeholdersAreFilledInOnePass() {
        #expect(strings.text("need", ["count": "1.234", "target": "≥ 50,0%"]) == "Cần thêm 1.234 hồ sơ để đạt ≥ 50,0%")
        // A value holding braces is not filled in again.
        #expect(strings.text("need", ["count": "{target}", "target": "x"]) == "Cần thêm {target} hồ sơ để đạt x")
    }

    @Test func missingValuesAndKeysStayVisible() {
        #expect(strings.text("need", ["count": "5"]) == "Cần thêm 5 hồ sơ để đạt {target}")
        #expect(strings.text("brace", ["x": "1"]) == "Giá trị {không đóng")
        #expect(strings.text("plain", ["x": "1"]) == "Đắk Nông")
        #expect(strings.text("no_such_key") == "no_such_key")
    }
}
