import Foundation
import Testing
@testable import ThiduaRender

/// The open data's JSON: texts quoted with every escape that keeps it safe
/// inside HTML, and indented two spaces a level at any depth.
struct JSONValueTests {
    @Test(arguments: [
        ("Xã Thịnh Thành", #""Xã Thịnh Thành""#),
        ("", #""""#),
        ("a\"b\\c", #""a\"b\\c""#),
        ("<script>&</script>", #""\u003cscript\u003e\u0026\u003c/script\u003e""#),
        ("1\n2\r3\t4\u{1}", #""1\n2\r3\t4\u0001""#),
        ("đoạn\u{2028}dòng\u{2029}", #""đoạn\u2028dòng\u2029""#),
        // Led by the byte 0xE2 as U+2028 is, and written as they are.
        ("2024–2025 … 5 ₫", #""2024–2025 … 5 ₫""#),
    ])
    func textsAreQuotedAndEscaped(_ text: String, _ json: String) {
        #expect(JSONValue.string(text).serialized() == json)
    }

    @Test func everyLevelIsIndentedTwoSpaces() {
        var value = JSONValue.array([.int(1)])
        for depth in 0..<14 { value = .object([("d\(depth)", value)]) }
        let lines = value.serialized().split(separator: "\n")
        #expect(lines.count == 31)
        #expect(lines[14] == Substring(String(repeating: "  ", count: 14) + "\"d0\": ["))
        #expect(lines[15] == Substring(String(repeating: "  ", count: 15) + "1"))
        #expect(lines[16] == Substring(String(repeating: "  ", count: 14) + "]"))
        #expect(lines.last == "}")
    }
}
