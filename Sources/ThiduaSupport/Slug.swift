import Foundation

/// URL slugs: lowercase ASCII letters, digits and single hyphens.
public enum Slug {
    /// A slug from Vietnamese text: diacritics removed, `đ` → `d`,
    /// everything else that is not a letter or digit becomes `-`.
    /// `"Sở Tài nguyên và Môi trường"` → `"so-tai-nguyen-va-moi-truong"`.
    public static func make(from text: String) -> String {
        var result = ""
        var pendingHyphen = false
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            var c = Character(scalar)
            if c == "đ" || c == "Đ" { c = "d" }
            let lower = c.lowercased()
            if lower.count == 1, let ascii = lower.first, ascii.isASCII, ascii.isLetter || ascii.isNumber {
                if pendingHyphen && !result.isEmpty { result.append("-") }
                pendingHyphen = false
                result.append(ascii)
            } else {
                pendingHyphen = true
            }
        }
        return result
    }

    /// Why a string is not a safe slug, or nil when it is one.
    public static func problem(with id: String) -> Message? {
        if id.isEmpty { return Message(.slugEmpty) }
        if id.count > 100 { return Message(.slugTooLong) }
        let allowed = id.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
        }
        if !allowed || id.hasPrefix("-") || id.hasSuffix("-") {
            return Message(.slugCharacters, ["example": make(from: id).isEmpty ? "don-vi-1" : make(from: id)])
        }
        return nil
    }
}
