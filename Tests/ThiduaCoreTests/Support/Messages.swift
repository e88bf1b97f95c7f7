import Foundation
@testable import ThiduaSupport
@testable import ThiduaLoad
@testable import ThiduaModel
@testable import ThiduaRank
@testable import ThiduaChart
@testable import ThiduaRender
@testable import ThiduaWrite
@testable import ThiduaCore

/// The repository theme's message catalogues, for tests that read messages as printed.
extension MessageCatalogue {
    static let english = load(.en)
    static let vietnamese = load(.vi)

    private static func load(_ language: Language) -> MessageCatalogue {
        load(language, themeCandidates: [TestSite.repository.appendingPathComponent("themes/default").path],
             fileSystem: DiskFileSystem())
    }
}

extension Diagnostic {
    /// The line as printed in English: `path:line:column: message`.
    var english: String { MessageCatalogue.english.line(self) }
    var vietnamese: String { MessageCatalogue.vietnamese.line(self) }
}

/// A formula failure with its message as printed in English.
struct ShownFailure: Equatable, Error {
    var offset: Int
    var message: String
}

extension FormulaParser.Failure {
    var shown: ShownFailure { ShownFailure(offset: offset, message: message.english) }
}

extension Message {
    var english: String { MessageCatalogue.english.text(self) }
    var vietnamese: String { MessageCatalogue.vietnamese.text(self) }
}
