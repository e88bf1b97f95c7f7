import Testing
@testable import ThiduaSupport

/// `appendDecimal` spells an integer as `String(n)` does, after what is there.
struct DecimalBytesTests {
    @Test(arguments: [0, 7, -7, 10, -10, 99, 100, 1_234_567_890, Int.max, Int.min])
    func spellsAsString(_ n: Int) {
        var bytes: [UInt8] = Array("x=".utf8)
        bytes.appendDecimal(n)
        #expect(String(decoding: bytes, as: UTF8.self) == "x=" + String(n))
    }
}
