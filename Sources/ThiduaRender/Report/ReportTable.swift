/// A table of the official report as text, before it is laid out: its
/// columns (header lines, alignment, whether the cells may wrap) and its
/// rows (each cell a list of lines: a value, then its status).
struct ReportTable: Equatable {
    enum Align: Equatable { case left, centre, right }

    struct Column: Equatable {
        /// The header's name (bold, wrapped) and the line under it, e.g. the target.
        var name: String
        var note: String?
        var align: Align
        /// Whether the cells wrap at spaces (names, awards); values never do.
        var wraps: Bool
        /// The share of the table's width a wrapping column is given first
        /// (up to what its longest cell needs), so that names take few lines
        /// before headers grow: 0 for the others.
        var share: Double = 0
    }

    struct Row: Equatable {
        /// One entry per column; each entry's lines are drawn one under the other.
        var cells: [[String]]
        /// A totals row: bold, shaded.
        var total: Bool = false
    }

    /// The heading over the table (a group's name), or nil.
    var caption: String?
    var columns: [Column]
    var rows: [Row]
}

/// A table laid out at one width: the font size, each column's width, and
/// every header and cell wrapped into lines with TextFit (Noto Sans advance
/// widths, as the share cards and charts wrap), so that each row's height
/// is known before the page is drawn and no row is ever split.
struct ReportTableLayout: Equatable {
    struct Cell: Equatable {
        var lines: [String]
    }

    /// The table as drawn: with status marks alone ("✓", "✗") when it
    /// is too wide for the words (`shortStatus`).
    var table: ReportTable
    /// The status words were dropped for their marks; the page then says what the marks mean.
    var shortStatus: Bool
    var fontSize: Double
    var widths: [Double]
    /// Each column's header as wrapped lines: the name's lines (bold) then the note's.
    var headerName: [[String]]
    var headerNote: [[String]]
    var headerHeight: Double
    /// Each row's cells as wrapped lines, and its height.
    var cells: [[Cell]]
    var rowHeights: [Double]

    /// Horizontal and vertical padding inside a cell, in points.
    static let padX = 2.0, padY = 2.5
    /// Font sizes tried in order, in points: the largest at which every
    /// column fits, with the status in words, else with marks alone, else
    /// with the words of other columns wrapped, else with long values
    /// ("+39,5 điểm phần trăm") wrapped too.
    static let sizes: [Double] = [8, 7.5, 7, 6.5, 6]
    /// The smallest size at which the status is written in words.
    static let wordsSize = 7.0

    var lineHeight: Double { Self.lineHeight(fontSize) }
    static func lineHeight(_ size: Double) -> Double { (size * 1.25 * 10).rounded() / 10 }

    /// Lays `table` out within `width` points.
    /// `short`: the status as marks whatever the width (so that the tables
    /// of one report look alike).
    init(_ full: ReportTable, width: Double, short forced: Bool = false) {
        let short = Self.shortened(full)
        // Then the words wrap (a bracket "1.000 – 2.000"), then the values too.
        var words = short, wrapped = short
        for c in short.columns.indices {
            words.columns[c].wraps = short.columns[c].wraps || short.columns[c].align == .left
            wrapped.columns[c].wraps = true
        }
        // First with the names given their share; when no table fits so,
        // with half of it (names then wrap more), then none; the values are
        // wrapped only when nothing else fits.
        var attempts = [(short, 1.0), (words, 1), (words, 0.5), (wrapped, 1), (wrapped, 0)]
        if !forced { attempts.insert((full, 1), at: 0) }
        // The last resort: everything wrapped at the smallest size.
        var table = wrapped, chosen = Self.sizes.last!
        var minimums = Self.minimumWidths(wrapped, size: chosen)
        let shares = full.columns.map(\.share)
        search: for (candidate, factor) in attempts {
            // The status in words is not worth a font under 7 pt: marks are clearer.
            for size in Self.sizes where candidate != full || size >= Self.wordsSize {
                let mins = Self.minimumWidths(candidate, size: size)
                let need = Self.needed(candidate, minimums: mins, size: size, width: width, shares: shares.map { $0 * factor })
                if need <= width {
                    (table, chosen, minimums) = (candidate, size, mins)
                    break search
                }
            }
        }
        self.table = table
        shortStatus = short != full && table.rows != full.rows
        fontSize = chosen
        widths = Self.distribute(width, minimums: minimums, cells: Self.preferredWidths(table, size: chosen, headers: false),
                                 preferred: Self.preferredWidths(table, size: chosen),
                                 shares: full.columns.map(\.share))
        let size = chosen, widths = widths
        let names = table.columns.indices.map { c in
            TextFit.wrap(table.columns[c].name, maxWidth: widths[c] - 2 * Self.padX, size: size, bold: true)
        }
        let notes = table.columns.indices.map { c in
            table.columns[c].note.map { TextFit.wrap($0, maxWidth: widths[c] - 2 * Self.padX, size: size) } ?? []
        }
        headerName = names
        headerNote = notes
        let lineHeight = Self.lineHeight(size)
        let headerLines = table.columns.indices.map { names[$0].count + notes[$0].count }.max() ?? 1
        headerHeight = Double(max(headerLines, 1)) * lineHeight + 2 * Self.padY
        cells = table.rows.map { row in
            row.cells.enumerated().map { c, lines in
                let column = table.columns[c]
                return Cell(lines: lines.flatMap { line in
                    column.wraps ? TextFit.wrap(line, maxWidth: widths[c] - 2 * Self.padX, size: size, bold: row.total) : [line]
                })
            }
        }
        rowHeights = cells.map { row in
            Double(max(row.map(\.lines.count).max() ?? 1, 1)) * lineHeight + 2 * Self.padY
        }
    }

    /// `table` with each status line ("✓ đạt") cut to its mark, after the
    /// value on the line above ("78,9% ✓").
    static func shortened(_ table: ReportTable) -> ReportTable {
        var table = table
        for r in table.rows.indices {
            table.rows[r].cells = table.rows[r].cells.map { lines in
                guard lines.count == 2, let mark = statusMark(lines[1]) else { return lines }
                return [lines[0] + " " + mark]
            }
        }
        return table
    }

    /// The mark of a status line ("✓ đạt" → "✓"); nil for other lines.
    static func statusMark(_ line: String) -> String? {
        line.hasPrefix("✓ ") ? "✓" : line.hasPrefix("✗ ") ? "✗" : nil
    }

    /// The width the table needs to be readable at `size`: every column's
    /// minimum, the columns with a `share` (names) at least that share.
    static func needed(_ table: ReportTable, minimums: [Double], size: Double, width: Double, shares: [Double]) -> Double {
        let preferred = preferredWidths(table, size: size)
        return minimums.indices.map { c in
            max(minimums[c], min(preferred[c], (width * shares[c]).rounded(.down)))
        }.reduce(0, +)
    }

    /// The narrowest each column can be at `size`: its longest value line
    /// (values never wrap), or its longest word where it wraps, and the
    /// longest word of its header.
    static func minimumWidths(_ table: ReportTable, size: Double) -> [Double] {
        table.columns.indices.map { c in
            let column = table.columns[c]
            var widest = longestWord(column.name, size: size, bold: true)
            if let note = column.note { widest = max(widest, longestWord(note, size: size)) }
            for row in table.rows {
                for line in row.cells[c] {
                    widest = max(widest, column.wraps ? longestWord(line, size: size, bold: row.total)
                                                      : TextFit.width(line, size: size, bold: row.total))
                }
            }
            return (widest + 2 * padX + 0.5).rounded(.up)
        }
    }

    /// How wide each column would like to be: its cells unwrapped, and its
    /// header in as few lines as a third of its length (a header may wrap).
    static func preferredWidths(_ table: ReportTable, size: Double, headers: Bool = true) -> [Double] {
        table.columns.indices.map { c in
            let column = table.columns[c]
            var widest = headers ? max(TextFit.width(column.name, size: size, bold: true),
                                       column.note.map { TextFit.width($0, size: size) } ?? 0) / 3 : 0
            for row in table.rows {
                for line in row.cells[c] { widest = max(widest, TextFit.width(line, size: size, bold: row.total)) }
            }
            return (widest + 2 * padX + 0.5).rounded(.up)
        }
    }

    /// `width` shared out: every column its minimum; then the columns with
    /// a share (names) toward their preferred width, up to that share of
    /// the whole; then the others toward their `cells`
    /// unwrapped; then what is left in proportion to how far each column
    /// is from its preferred width (its header included); anything still left
    /// goes to every column alike (whole points, the last fraction to the
    /// widest column).
    static func distribute(_ width: Double, minimums: [Double], cells: [Double], preferred: [Double], shares: [Double]) -> [Double] {
        guard !minimums.isEmpty else { return [] }
        var widths = minimums
        func grow(toward targets: [Double]) {
            let spare = width - widths.reduce(0, +)
            let wants = zip(targets, widths).map { max(0, $0 - $1) }
            let wanted = wants.reduce(0, +)
            guard spare > 0, wanted > 0 else { return }
            let share = min(1, spare / wanted)
            for c in widths.indices { widths[c] += (wants[c] * share).rounded(.down) }
        }
        grow(toward: preferred.indices.map { min(preferred[$0], (width * shares[$0]).rounded(.down)) })
        // Cells before headers: a cell's extra line is paid on every row, a header's once a page.
        grow(toward: cells.indices.map { shares[$0] > 0 ? 0 : cells[$0] })
        grow(toward: preferred)
        let spare = width - widths.reduce(0, +)
        guard spare > 0 else { return widths }
        let each = (spare / Double(widths.count)).rounded(.down)
        for c in widths.indices { widths[c] += each }
        // The rest (under a point per column) goes to the widest column.
        if let widest = widths.indices.max(by: { widths[$0] < widths[$1] || (widths[$0] == widths[$1] && $0 > $1) }) {
            widths[widest] += width - widths.reduce(0, +)
        }
        return widths
    }

    static func longestWord(_ text: String, size: Double, bold: Bool = false) -> Double {
        TextFit.words(TextFit.singleSpaced(text)).map { TextFit.width(String($0), size: size, bold: bold) }.max() ?? 0
    }
}
