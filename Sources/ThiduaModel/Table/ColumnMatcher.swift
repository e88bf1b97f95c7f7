/// Finds the column a name refers to, forgiving about how the name is
/// written but never guessing: a name that fits more than one column is
/// ambiguous.
///
/// Comparisons use `TextKey.exact` (case, spaces, NFC/NFD), then, only when
/// nothing matched, `TextKey.folded` (diacritics). At each of the two, the
/// name is compared in turn with each column's bottom header text (its own
/// sub-header), with all its header texts joined ("Tiếp nhận / Trực
/// tuyến"), and with any single one of its header texts (a group title);
/// the first comparison that fits any column decides.
enum ColumnMatcher {
    enum Match: Equatable {
        case found(Int)
        case missing
        case ambiguous([Int])
    }

    static func find(_ name: String, in header: HeaderLayout) -> Match {
        let columns = header.columns.filter { !$0.parts.isEmpty }
        for key in [TextKey.exact, TextKey.folded] as [(String) -> String] {
            let wanted = key(name)
            let wantedJoined = key(TextKey.joined(name))
            let comparisons: [(HeaderLayout.Column) -> Bool] = [
                { key($0.parts.last!) == wanted },
                { key($0.parts.joined(separator: " ")) == wantedJoined },
                { $0.parts.contains { key($0) == wanted } },
            ]
            for fits in comparisons {
                let found = columns.filter(fits).map(\.index)
                if found.count == 1 { return .found(found[0]) }
                if found.count > 1 { return .ambiguous(found) }
            }
        }
        return .missing
    }

    /// The candidates of an ambiguous match as a message lists them:
    /// `C ("Tiếp nhận / Trực tuyến"), E ("Giải quyết / Trực tuyến")` for a
    /// spreadsheet, `3 ("Trực tuyến"), 5 ("Trực tuyến")` for CSV.
    static func describe(_ columns: [Int], in header: HeaderLayout, format: DataTable.Format) -> String {
        columns.map { column in
            let label = format == .xlsx ? CellReference.letters(column) : String(column + 1)
            return "\(label) (\"\(header.display(column))\")"
        }.joined(separator: ", ")
    }
}
