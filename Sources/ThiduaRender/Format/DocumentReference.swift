import Foundation

/// The plan's document reference as the front matter's `document` gives it
/// ("Số: 74/KH-UBND ngày 05/4/2024"), read so that pages print it sensibly:
/// a plan published without its number ("Số: /KH-STTTT", "Số: …/KH-UBND")
/// is named by its symbol and said to be unnumbered, and the plan page does
/// not repeat a reference that the plan text itself prints.
struct DocumentReference: Equatable {
    /// The reference as written in the front matter, trimmed.
    var text: String
    /// The "number/symbol" part ("74/KH-UBND", "/KH-STTTT"); nil when there is no slash.
    var numberAndSymbol: String?
    /// The symbol ("KH-STTTT") when the number before the slash is blank; nil otherwise.
    var unnumberedSymbol: String?
    /// The reference without its leading "Số:" ("74/KH-UBND ngày
    /// 05/4/2024"), to follow the words "Kế hoạch số"; nil for an
    /// unnumbered plan (or one without a number/symbol), which a document
    /// must not give a number.
    var numbered: String? {
        numberAndSymbol != nil && unnumberedSymbol == nil ? afterPrefix : nil
    }
    private var afterPrefix = ""

    init(_ document: String) {
        text = document.trimmingCharacters(in: .whitespaces)
        var rest = Substring(text)
        for prefix in ["Số:", "số:", "Số", "số", "No.:", "No.", "No:"] where rest.hasPrefix(prefix) {
            rest = rest.dropFirst(prefix.count)
            break
        }
        rest = rest.drop { $0 == " " || $0 == "\u{00A0}" }
        afterPrefix = String(rest)
        let token = rest.prefix { !$0.isWhitespace }
        guard let slash = token.firstIndex(of: "/") else { return }
        numberAndSymbol = String(token)
        let number = token[..<slash].filter { $0 != "." && $0 != "…" && $0 != "_" }
        let symbol = token[token.index(after: slash)...]
        if number.isEmpty, !symbol.isEmpty { unnumberedSymbol = String(symbol) }
    }

    /// The reference for a meta line: as written, or for an unnumbered plan
    /// "Ký hiệu KH-STTTT, văn bản không ghi số".
    func display(_ strings: UIStrings) -> String {
        guard let symbol = unnumberedSymbol else { return text }
        return strings.text("document_unnumbered", ["symbol": symbol])
    }

    /// Whether the plan text already prints the reference (its number and
    /// symbol appear in it), so that the plan page need not repeat it.
    func isPrinted(in body: String) -> Bool {
        guard let numberAndSymbol else { return body.contains(text) }
        if unnumberedSymbol != nil, let symbol = unnumberedSymbol { return body.contains("/" + symbol) }
        return body.contains(numberAndSymbol)
    }
}

extension CampaignPages {
    /// The campaign's document reference as pages print it; nil when the front matter gives none.
    var documentText: String? { campaign.document.map { DocumentReference($0).display(context.strings) } }

    /// The reference for the plan page's meta line: nil when the plan text already prints it.
    var planDocumentText: String? {
        guard let document = campaign.document, !DocumentReference(document).isPrinted(in: campaign.body) else { return nil }
        return documentText
    }
}
