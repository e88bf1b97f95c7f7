import Testing
@testable import ThiduaSupport
@testable import ThiduaLoad
@testable import ThiduaModel
@testable import ThiduaRank
@testable import ThiduaChart
@testable import ThiduaRender
@testable import ThiduaWrite
@testable import ThiduaCore

/// The plan's `document` as pages print it: once, and an unnumbered plan by its symbol.
struct DocumentReferenceTests {
    static let vi = UIStrings(table: ["document_unnumbered": "Ký hiệu {symbol}, văn bản không ghi số"])

    @Test func numberedReferencesStayAsWritten() {
        let reference = DocumentReference(" Số: 74/KH-UBND ngày 05/4/2024 ")
        #expect(reference.display(Self.vi) == "Số: 74/KH-UBND ngày 05/4/2024")
        #expect(reference.numberAndSymbol == "74/KH-UBND")
        #expect(reference.unnumberedSymbol == nil)
        #expect(reference.isPrinted(in: "*Số: 74/KH-UBND — Cần Thơ, ngày 05 tháng 4 năm 2024*"))
        #expect(!reference.isPrinted(in: "Kế hoạch số 75/KH-UBND"))
        #expect(DocumentReference("Quyết định 12").display(Self.vi) == "Quyết định 12")
    }

    @Test func aBlankNumberIsNamedBySymbol() {
        for text in ["Số: /KH-STTTT", "Số: …/KH-STTTT", "Số:  .../KH-STTTT", "số /KH-STTTT"] {
            let reference = DocumentReference(text)
            #expect(reference.unnumberedSymbol == "KH-STTTT")
            #expect(reference.display(Self.vi) == "Ký hiệu KH-STTTT, văn bản không ghi số")
            #expect(reference.isPrinted(in: "*Số: /KH-STTTT — Đắk Nông, ngày … tháng 8 năm 2024*"))
            #expect(reference.isPrinted(in: "*Số: …/KH-STTTT — Đắk Nông*"))
            #expect(!reference.isPrinted(in: "Kế hoạch của Sở"))
        }
    }
}
