/// What a CSV text's bytes say before CSV.swift reads it: whether a quoted
/// cell never closes, and where the last record that holds anything ends.
///
/// CSV.swift reads an unclosed quote to the end of the file as one cell
/// without an error, and spends about a microsecond on every record, blank
/// or not. One linear pass over the bytes, following CSV.swift's own rules
/// for quotes (a quote opens only at the start of a cell; inside, `""` is a
/// quote and `"` closes before a comma, a line break or the end), finds
/// both. The delimiter, the quote and the line breaks are ASCII, so no
/// UTF-8 sequence can be mistaken for them.
struct CSVLayout: Equatable {
    /// The line where a quoted cell opens and the file ends before it closes.
    var unclosedQuoteLine: Int?
    /// The number of bytes up to the end of the last record with something
    /// other than commas, spaces and tabs in it (blank records after it
    /// change nothing and need not be read).
    var contentLength: Int

    init(_ text: String) {
        var copy = text
        self = copy.withUTF8 { CSVLayout(bytes: $0) }
    }

    init(bytes: UnsafeBufferPointer<UInt8>) {
        let comma: UInt8 = 0x2C, quote: UInt8 = 0x22, cr: UInt8 = 0x0D, lf: UInt8 = 0x0A
        let count = bytes.count
        var index = 0
        var line = 1
        var contentLength = 0
        var recordBlank = true
        var unclosed: Int?
        // Ends the current record at `end` (just past its line break).
        func endRecord(at end: Int) {
            if !recordBlank { contentLength = end }
            recordBlank = true
        }
        // A line break at `index`; CR LF counts once.
        func skipBreak() {
            if bytes[index] == cr, index + 1 < count, bytes[index + 1] == lf { index += 1 }
            index += 1
            line += 1
        }
        while index < count {
            // At the start of a cell.
            if bytes[index] == quote {
                recordBlank = false
                let opened = line
                index += 1
                var closed = false
                while index < count {
                    let byte = bytes[index]
                    if byte == quote {
                        let next = index + 1 < count ? bytes[index + 1] : nil
                        if next == nil { index += 1; closed = true; endRecord(at: count); break }
                        if next == comma { index += 2; closed = true; break }
                        if next == cr || next == lf {
                            index += 1
                            skipBreak()
                            closed = true
                            endRecord(at: index)
                            break
                        }
                        // `""` is a quote; CSV.swift also swallows the byte after a stray quote.
                        index += 2
                        continue
                    }
                    if byte == cr || byte == lf {
                        skipBreak()
                        continue
                    }
                    index += 1
                }
                if !closed {
                    unclosed = opened
                    contentLength = count
                }
                continue
            }
            // An unquoted cell: up to a comma, a line break or the end.
            while index < count {
                let byte = bytes[index]
                if byte == comma { index += 1; break }
                if byte == cr || byte == lf {
                    skipBreak()
                    endRecord(at: index)
                    break
                }
                if byte != 0x20 && byte != 0x09 { recordBlank = false }
                index += 1
            }
        }
        endRecord(at: count)
        self.unclosedQuoteLine = unclosed
        self.contentLength = contentLength
    }
}
