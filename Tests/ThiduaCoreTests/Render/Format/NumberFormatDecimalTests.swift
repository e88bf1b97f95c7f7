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

/// `decimal` writes bytes into one buffer; it must say exactly what the
/// plain string version said (kept here as the specification).
struct NumberFormatDecimalTests {
    static func specification(_ value: Double, decimals: Int, language: Language) -> String {
        let group = language == .vi ? "." : ",", point = language == .vi ? "," : "."
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        var scaled = (abs(value) * scale).rounded()
        if !scaled.isFinite || scaled > 9e15 { scaled = min(scaled, 9e15) }
        let whole = Int(scaled) / Int(scale), fraction = Int(scaled) % Int(scale)
        let digits = Array(String(whole))
        var text = ""
        for (i, digit) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { text += group }
            text.append(digit)
        }
        if decimals > 0 {
            let f = String(fraction)
            text += point + String(repeating: "0", count: decimals - f.count) + f
        }
        return (value < 0 && scaled != 0 ? "-" : "") + text
    }

    @Test func examples() {
        let vi = NumberFormat(language: .vi), en = NumberFormat(language: .en)
        #expect(vi.decimal(2_614_507_177, decimals: 0) == "2.614.507.177")
        #expect(vi.decimal(93.45, decimals: 1) == "93,5")
        #expect(vi.decimal(-0.04, decimals: 1) == "0,0")  // rounds to zero: no sign
        #expect(vi.decimal(-0.04, decimals: 0) == "0")
        #expect(vi.decimal(-1234.5, decimals: 2) == "-1.234,50")
        #expect(en.decimal(1234.05, decimals: 3) == "1,234.050")
        #expect(vi.decimal(.infinity, decimals: 1) == "900.000.000.000.000,0")  // clamped
        #expect(vi.percent(0.935) == "93,5%")
    }

    @Test func agreesWithTheSpecificationEverywhereItWasTried() {
        var values: [Double] = [0, -0.0, 0.5, 0.05, 0.005, 999.5, 999.95, 1e15, 9e15, -9e15, .infinity, -.infinity]
        for n in stride(from: -2_000, through: 2_000_000, by: 97) { values.append(Double(n)) }
        var state: UInt64 = 20260101
        for _ in 0..<20_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let magnitude = pow(10, Double(state >> 59) - 4)  // 1e-4 ... 1e27
            values.append((Double(state >> 11) / Double(1 << 53) - 0.3) * magnitude)
        }
        for language in [Language.vi, .en] {
            let format = NumberFormat(language: language)
            for value in values {
                for decimals in 0...3 {
                    let expected = Self.specification(value, decimals: decimals, language: language)
                    if format.decimal(value, decimals: decimals) != expected {
                        Issue.record("\(value) with \(decimals) decimals (\(language)): \(format.decimal(value, decimals: decimals)) ≠ \(expected)")
                        return
                    }
                }
            }
        }
    }
}
