/// Flows the report's blocks down A4 pages. A block is a head repeated atop
/// every page it spans (a table's caption and header row, a chart's title,
/// key and axis) and rows that are never split (a unit's row, a unit's
/// bar); a block without rows (a note) moves whole to the next page when it
/// does not fit. Heights only: what is drawn is decided by `ReportPageSVG`.
enum ReportPaginator {
    struct Block: Equatable {
        /// Height repeated at the top of each page the block is on.
        var head: Double
        var rows: [Double]
        /// Space left under the block.
        var gapAfter: Double = 10
    }

    /// Part of a block on one page.
    struct Slice: Equatable {
        var block: Int
        var rows: Range<Int>
        /// The block began on an earlier page (its caption says it continues).
        var continued: Bool
        var y: Double
    }

    /// A block starts on a page only when its head and this many of its
    /// rows fit there (or all its rows, when it has fewer): no caption and
    /// header are left at the foot of a page with a row or two.
    static let rowsWithHead = 3
    /// Nor is a page given the last row of a block alone (a totals row
    /// under a repeated header): rows move over with it.
    static let lastRows = 2

    /// The slices on each page. `firstTop` is where content starts on page
    /// 1 (under the heading), `top` on the others; `bottom` is where it must
    /// end on every page. A block's head with its first row (or a row-less
    /// block) that fits on no page is put on a page of its own.
    static func paginate(_ blocks: [Block], firstTop: Double, top: Double, bottom: Double) -> [[Slice]] {
        var pages: [[Slice]] = [[]]
        var y = firstTop
        func newPage() {
            pages.append([])
            y = top
        }
        for (b, block) in blocks.enumerated() {
            if block.rows.isEmpty {
                if y + block.head > bottom && !pages[pages.count - 1].isEmpty { newPage() }
                pages[pages.count - 1].append(Slice(block: b, rows: 0..<0, continued: false, y: y))
                y += block.head + block.gapAfter
                continue
            }
            var next = 0
            let opening = block.rows.prefix(rowsWithHead).reduce(0, +)
            if y + block.head + opening > bottom && !pages[pages.count - 1].isEmpty { newPage() }
            while next < block.rows.count {
                if y + block.head + block.rows[next] > bottom && !pages[pages.count - 1].isEmpty { newPage() }
                let start = next
                var end = y + block.head + block.rows[next]
                next += 1
                while next < block.rows.count && end + block.rows[next] <= bottom {
                    end += block.rows[next]
                    next += 1
                }
                let left = block.rows.count - next
                if left > 0 && left < lastRows && next - start > lastRows {
                    for r in next - (lastRows - left)..<next { end -= block.rows[r] }
                    next -= lastRows - left
                }
                pages[pages.count - 1].append(Slice(block: b, rows: start..<next, continued: start > 0, y: y))
                y = end
                if next < block.rows.count { newPage() }
            }
            y += block.gapAfter
        }
        return pages
    }
}
