import Foundation

/// What a campaign's totals are called on its home page: `totals_label`
/// from the front matter, else the issuer's level of government ("Ủy ban
/// nhân dân tỉnh …" → "Toàn tỉnh"), else "Tất cả đơn vị".
enum TotalsName {
    /// The words of a level of government, each with its UI string key.
    /// Longer words first among those that begin alike ("thị xã" before
    /// "thị trấn"), so that at one position the longest match wins.
    static let levels: [(word: String, key: String)] = [
        ("thành phố", "totals_thanh_pho"),
        ("thị trấn", "totals_thi_tran"),
        ("thị xã", "totals_thi_xa"),
        ("phường", "totals_phuong"),
        ("huyện", "totals_huyen"),
        ("quận", "totals_quan"),
        ("tỉnh", "totals_tinh"),
        ("xã", "totals_xa"),
    ]

    /// The key of the UI string naming the totals of a campaign with this
    /// issuer: the level word that occurs earliest in it (as a whole word,
    /// any case; "xã hội" is not a commune), else `totals_all_units`.
    static func key(issuer: String?) -> String {
        guard let issuer else { return "totals_all_units" }
        let words = Array(issuer.precomposedStringWithCanonicalMapping.lowercased())
        for start in words.indices where start == 0 || !words[start - 1].isLetter {
            for level in levels {
                let word = Array(level.word)
                let end = start + word.count
                guard end <= words.count, Array(words[start..<end]) == word,
                      end == words.count || !words[end].isLetter else { continue }
                if level.word == "xã", Array(words[end...].prefix(4)) == Array(" hội") { continue }
                return level.key
            }
        }
        return "totals_all_units"
    }

    /// The name shown: the campaign's own label, else the derived one in the site's language.
    static func text(_ campaign: Campaign, strings: UIStrings) -> String {
        if let label = campaign.totalsLabel, !label.isEmpty { return label }
        return strings.text(key(issuer: campaign.issuer))
    }
}
