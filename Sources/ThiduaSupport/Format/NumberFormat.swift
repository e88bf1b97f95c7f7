/// Number, percentage, money and date formatting per language, written out
/// by hand so that output never depends on the machine's locale.
/// Vietnamese: `37.051`, `93,5%`, `+20,0 điểm phần trăm`, `2.614.507.177 đ`, `16/07/2024`.
public struct NumberFormat: Sendable {
    public var language: Language

    public init(language: Language) { self.language = language }

    private var groupSeparator: UInt8 { language == .vi ? UInt8(ascii: ".") : UInt8(ascii: ",") }
    private var decimalPoint: UInt8 { language == .vi ? UInt8(ascii: ",") : UInt8(ascii: ".") }
    var decimalSeparator: String { String(UnicodeScalar(decimalPoint)) }

    /// The text shown for an undefined value.
    public static let missing = "—"

    /// `value` rounded to `decimals` places with grouped thousands.
    public func decimal(_ value: Double, decimals: Int) -> String {
        let scale = pow10(decimals)
        var scaled = (abs(value) * scale).rounded()
        if !scaled.isFinite || scaled > 9e15 { scaled = min(scaled, 9e15) }
        let whole = Int(scaled) / Int(scale)
        let fraction = Int(scaled) % Int(scale)
        let negative = value < 0 && scaled != 0
        guard decimals > 0 || negative else { return grouped(whole) }
        let digits = String(fraction).utf8, integer = String(whole).utf8
        // Sign, digits, separators (one byte each: "." or ","), the decimal part.
        let capacity = 1 + integer.count + integer.count / 3 + 1 + max(decimals, digits.count)
        return String(unsafeUninitializedCapacity: capacity) { buffer in
            var end = 0
            if negative { buffer[0] = UInt8(ascii: "-"); end = 1 }
            end = groupDigits(integer, into: buffer, at: end)
            guard decimals > 0 else { return end }
            buffer[end] = decimalPoint
            end += 1
            for _ in digits.count..<max(decimals, digits.count) { buffer[end] = UInt8(ascii: "0"); end += 1 }
            for digit in digits { buffer[end] = digit; end += 1 }
            return end
        }
    }

    /// An integer with grouped thousands: `37.051`.
    public func integer(_ value: Double) -> String { decimal(value, decimals: 0) }

    /// A count or a rank with grouped thousands: `1.549` (of `3.306`).
    public func count(_ n: Int) -> String { (n < 0 ? "-" : "") + grouped(n.magnitude) }

    /// A plain number: integers grouped, otherwise up to two decimals.
    public func number(_ value: Double) -> String {
        if value == value.rounded() { return integer(value) }
        var text = decimal(value, decimals: 2)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(decimalSeparator) { text.removeLast() }
        return text
    }

    /// Plain numbers shown together (a list, a column): each with as many
    /// decimals as the one that needs most (up to two), so that `+11,97`
    /// never stands beside `+10,9`.
    public func numbers(_ values: [Double]) -> [String] {
        let places = values.map { value -> Int in
            let hundredths = (abs(value) * 100).rounded()
            return hundredths.truncatingRemainder(dividingBy: 100) == 0 ? 0
                : hundredths.truncatingRemainder(dividingBy: 10) == 0 ? 1 : 2
        }.max() ?? 0
        return values.map { decimal($0, decimals: places) }
    }

    /// A score of 0–100 with one decimal, never shown as 100 unless it is
    /// 100: a unit that misses a target scores below 100 (at least 99,99995),
    /// and "100,0" would tell readers it met them all.
    public func score(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return decimal(rounded >= 100 && value < 100 ? 99.9 : value, decimals: 1)
    }

    /// A fraction as a percentage with one decimal: 0.935 → `93,5%`.
    public func percent(_ fraction: Double) -> String { decimal(fraction * 100, decimals: 1) + "%" }

    /// A difference of fractions in percentage points: 0.2 → `+20,0 điểm phần trăm`.
    public func points(_ fraction: Double) -> String {
        let text = decimal(fraction * 100, decimals: 1)
        let signed = text.hasPrefix("-") || text == decimal(0, decimals: 1) ? text : "+" + text
        return signed + pointsUnit
    }

    /// What `points` puts after the figure: ` điểm phần trăm` (` pts`).
    public var pointsUnit: String { language == .vi ? " điểm phần trăm" : " pts" }

    /// An amount of Vietnamese đồng: `2.614.507.177 đ`.
    public func money(_ value: Double) -> String { integer(value) + (language == .vi ? " đ" : " VND") }

    /// A short amount of đồng for charts: `2,6 tỷ đồng`, `776,8 triệu đồng`
    /// (`2.6 billion VND` in English); below a million, the full amount.
    public func compactMoney(_ value: Double) -> String {
        let units: [(Double, String, String)] = [(1e12, "nghìn tỷ đồng", "trillion VND"), (1e9, "tỷ đồng", "billion VND"),
                                                 (1e6, "triệu đồng", "million VND")]
        for (size, vi, en) in units where abs(value) >= size {
            var text = decimal(value / size, decimals: 1)
            if text.hasSuffix(decimalSeparator + "0") { text.removeLast(2) }
            return text + " " + (language == .vi ? vi : en)
        }
        return money(value)
    }

    /// `dd/mm/yyyy`.
    public func date(_ day: Day) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(two(day.day))/\(two(day.month))/\(day.year)"
    }

    private func grouped<N: BinaryInteger>(_ n: N) -> String {
        let digits = String(n)
        let count = digits.utf8.count
        guard count > 3 else { return digits }
        return String(unsafeUninitializedCapacity: count + count / 3) { groupDigits(digits.utf8, into: $0, at: 0) }
    }

    /// Writes ASCII digits with a group separator before every third from
    /// the right; returns the end offset.
    private func groupDigits(_ digits: String.UTF8View, into buffer: UnsafeMutableBufferPointer<UInt8>, at start: Int) -> Int {
        let count = digits.count
        let separator = groupSeparator
        var end = start
        for (i, digit) in digits.enumerated() {
            if i > 0 && (count - i) % 3 == 0 { buffer[end] = separator; end += 1 }
            buffer[end] = digit
            end += 1
        }
        return end
    }

    private func pow10(_ n: Int) -> Double {
        var result = 1.0
        for _ in 0..<n { result *= 10 }
        return result
    }
}
