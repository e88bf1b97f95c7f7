/// Numbers in messages, written the Vietnamese way the office reads them:
/// `18.775`, `0,5`, `4,1%` (in English `18,775`, `0.5`, `4.1%`).
/// Independent of the machine's locale.
enum MessageNumber {
    /// Dots group thousands, a comma before up to four decimals (trailing
    /// zeros dropped): 18775 → `18.775`, 0.04149 → `0,0415`.
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "\(value)" }
        let negative = value < 0
        let scaled = (abs(value) * 10_000).rounded()
        let whole = Int64(scaled / 10_000)
        var fraction = Int64(scaled) % 10_000
        var digits = String(whole)
        var grouped = ""
        while digits.count > 3 {
            grouped = "." + digits.suffix(3) + grouped
            digits = String(digits.dropLast(3))
        }
        grouped = digits + grouped
        var decimals = ""
        if fraction > 0 {
            var places = 4
            while fraction % 10 == 0 { fraction /= 10; places -= 1 }
            let text = String(fraction)
            decimals = "," + String(repeating: "0", count: places - text.count) + text
        }
        return (negative && (whole > 0 || fraction > 0) ? "-" : "") + grouped + decimals
    }

    /// A fraction as a percentage with one decimal: 0.0415 → `4,1%`, 0.17 → `17%`.
    static func percent(_ value: Double) -> String {
        let tenths = (value * 1000).rounded() / 10
        return format(tenths) + "%"
    }

    /// `format` with English separators when `language` is English.
    static func format(_ value: Double, language: Language) -> String {
        english(format(value), language)
    }

    static func percent(_ value: Double, language: Language) -> String {
        english(percent(value), language)
    }

    private static func english(_ text: String, _ language: Language) -> String {
        guard language == .en else { return text }
        return String(text.map { $0 == "." ? "," : $0 == "," ? "." : $0 })
    }
}
