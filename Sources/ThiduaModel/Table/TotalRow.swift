import Foundation

/// Total rows ("Tổng cộng"), which exports put under the units: a row with
/// such a label in a cell outside the metric columns is skipped.
enum TotalRow {
    /// The labels, compared with `TextKey.exact` after trimming `:` and spaces.
    static let labels: Set<String> = ["tổng", "tổng cộng", "tổng số", "cộng", "toàn tỉnh", "total"]

    /// ASCII bytes a text may hold and still be a label: the base letters of
    /// the labels in either case, whitespace and `:`.
    private static let allowedASCII: [Bool] = {
        var allowed = [Bool](repeating: false, count: 128)
        for byte in "tongcsaihlTONGCSAIHL: \t\n\u{0B}\u{0C}\r".utf8 { allowed[Int(byte)] = true }
        return allowed
    }()

    /// Whether a cell's text is a total label.
    ///
    /// Most cells are unit ids or names with a letter, digit or sign that no
    /// label has; those are refused from their bytes. An ASCII character
    /// keeps its base letter through NFC and lower-casing (it can only
    /// become the first scalar of a precomposed letter), so a text with an
    /// ASCII byte outside `allowedASCII` cannot have a label as its key.
    static func isLabel(_ text: String) -> Bool {
        let utf8 = text.utf8
        // Labels are short: skip the normalisation for anything longer.
        guard utf8.count <= 32 else { return false }
        for byte in utf8 where byte < 0x80 && !allowedASCII[Int(byte)] { return false }
        return labels.contains(TextKey.exact(text).trimmingCharacters(in: CharacterSet(charactersIn: ": ")))
    }
}
