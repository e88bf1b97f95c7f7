import Testing
@testable import ThiduaSupport
@testable import ThiduaLoad
@testable import ThiduaModel
@testable import ThiduaRank
@testable import ThiduaChart
@testable import ThiduaRender
@testable import ThiduaWrite
@testable import ThiduaCore

/// The round axis shared by the distribution chart and the indicator card.
struct AxisRangeTests {
    func ticks(_ low: Double, _ high: Double) -> [Double] { AxisRange.nice(low: low, high: high).ticks }

    @Test func percentagesBetween70And94StartAt70() {
        #expect(AxisRange.nice(low: 0.70, high: 0.94) == AxisRange(low: 0.7, high: 1.0, ticks: [0.7, 0.8, 0.9, 1.0]))
        #expect(AxisRange.nice(low: 0.94, high: 0.70) == AxisRange.nice(low: 0.70, high: 0.94))
        #expect(ticks(0.793, 0.992) == [0.7, 0.8, 0.9, 1.0])
        #expect(ticks(0.96, 1.0) == [0.96, 0.97, 0.98, 0.99, 1.0])
        #expect(ticks(0.2, 0.68) == [0.2, 0.4, 0.6, 0.8])
    }

    @Test func wideSpreadsStartAtZero() {
        #expect(ticks(0.12, 0.94) == [0, 0.25, 0.5, 0.75, 1])
        #expect(ticks(0, 1) == [0, 0.25, 0.5, 0.75, 1])
        #expect(ticks(63.24, 93.67) == [60, 70, 80, 90, 100])
    }

    @Test func largeNegativeAndSingleValues() {
        #expect(ticks(37_051, 120_000) == [25_000, 50_000, 75_000, 100_000, 125_000])
        #expect(ticks(-3, 5) == [-5, -2.5, 0, 2.5, 5])
        #expect(ticks(-0.15, -0.02) == [-0.15, -0.1, -0.05, 0])
        #expect(ticks(0, 0) == [0, 0.25, 0.5, 0.75, 1])
        #expect(ticks(1, 1) == [0.4, 0.6, 0.8, 1])
        #expect(ticks(-2, -2) == [-2, -1.75, -1.5, -1.25, -1])
        #expect(ticks(.nan, 3) == [0, 0.25, 0.5, 0.75, 1])
    }

    @Test func everyAxisHoldsItsValuesInAtMostFourSteps() {
        let values: [Double] = [0, 0.001, 0.37, 0.5, 0.7, 0.94, 1, 1.04, 3, 17, 99.5, 1234, 37_051, 2.6e9, -4, -0.3]
        for low in values {
            for high in values where high >= low {
                let axis = AxisRange.nice(low: low, high: high)
                #expect(axis.low <= low && axis.high >= high, "\(low)…\(high): \(axis.ticks) \(axis.low) \(axis.high)")
                #expect((2...5).contains(axis.ticks.count), "\(low)…\(high): \(axis.ticks)")
            }
        }
    }

    @Test func tickTexts() {
        let vi = NumberFormat(language: .vi), en = NumberFormat(language: .en)
        #expect(vi.tick(0.7, as: .percent) == "70%")
        #expect(vi.tick(0.7000000000000001, as: .percent) == "70%")
        #expect(vi.tick(0.725, as: .percent) == "72,5%")
        #expect(en.tick(0.725, as: .percent) == "72.5%")
        #expect(vi.tick(37_051, as: .number) == "37.051")
        #expect(vi.tick(2.5e9, as: .money) == "2,5 tỷ đồng")
        #expect(vi.tick(0.1, as: .points) == "+10")
        #expect(vi.tick(0, as: .points) == "0")
        #expect(vi.tick(-0.05, as: .points) == "-5")
        #expect(vi.ticks([0, 1e9, 2e9, 3e9], as: .money) == ["0", "1", "2", "3 tỷ đồng"])
        #expect(en.ticks([0, 2.5e8, 5e8], as: .money) == ["0", "250", "500 million VND"])
        #expect(vi.ticks([0, 250_000, 500_000], as: .money) == ["0", "250.000", "500.000 đ"])
        #expect(vi.ticks([0.7, 0.8], as: .percent) == ["70%", "80%"])
    }
}
