import Foundation
import Testing
import Yams
@testable import ThiduaSupport
@testable import ThiduaLoad
@testable import ThiduaModel
@testable import ThiduaRank
@testable import ThiduaChart
@testable import ThiduaRender
@testable import ThiduaWrite
@testable import ThiduaCore

/// Every message has a Vietnamese and an English text in the theme's
/// catalogues, with the same placeholders, and no catalogue holds a key
/// that no code uses.
struct MessageCatalogueTests {
    static let theme = TestSite.repository.appendingPathComponent("themes/default").path

    static func table(_ language: Language) throws -> [String: String] {
        let text = try String(contentsOfFile: MessageCatalogue.path(theme: theme, language: language), encoding: .utf8)
        return try #require(MessageCatalogue.parse(text))
    }

    static func placeholders(_ text: String) -> Set<String> {
        var names: Set<String> = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let name = rest[rest.index(after: open)..<close]
            if !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber }) { names.insert(String(name)) }
            rest = rest[rest.index(after: open)...]
        }
        return names
    }

    @Test func everyKeyHasAVietnameseAndAnEnglishText() throws {
        let keys = Set(MessageKey.allCases.map(\.rawValue))
        for language in Language.allCases {
            let table = try Self.table(language)
            #expect(keys.subtracting(table.keys).sorted() == [], "missing in messages.\(language.rawValue).yml")
            #expect(Set(table.keys).subtracting(keys).sorted() == [], "not a MessageKey, in messages.\(language.rawValue).yml")
            #expect(table.filter { $0.value.trimmingCharacters(in: .whitespaces).isEmpty && $0.key != "unexpectedError" }.keys.sorted() == [])
        }
        let vi = try Self.table(.vi), en = try Self.table(.en)
        // publishReleaseTime is given the time twice, and each language picks its clock (Vietnam time, UTC).
        for key in keys.sorted() where vi[key] != nil && en[key] != nil && key != MessageKey.publishReleaseTime.rawValue {
            #expect(Self.placeholders(vi[key]!) == Self.placeholders(en[key]!), "placeholders of \(key)")
        }
    }

    /// A binary that finds no theme speaks with the default theme's
    /// catalogue, built in (Plugins/EmbedMessages), not in message keys.
    @Test func withoutAThemeTheBuiltInCatalogueIsTheDefaultThemes() throws {
        for language in Language.allCases {
            let loaded = MessageCatalogue.load(language, themeCandidates: ["/nonexistent/themes/default"],
                                               fileSystem: MemoryFileSystem())
            #expect(loaded.table == (try Self.table(language)))
        }
        let english = MessageCatalogue.load(.en, themeCandidates: [], fileSystem: MemoryFileSystem())
        #expect(english.text(.themeNotFound) == MessageCatalogue.english.text(.themeNotFound))
        #expect(!english.text(.themeNotFound).contains("themeNotFound"))
    }

    @Test func everyKeyIsUsedByCode() throws {
        let sources = TestSite.repository.appendingPathComponent("Sources")
        var code = ""
        let files = FileManager.default.enumerator(atPath: sources.path)!
        while let path = files.nextObject() as? String {
            guard path.hasSuffix(".swift"), !path.hasSuffix("MessageKey.swift") else { continue }
            code += try String(contentsOfFile: sources.appendingPathComponent(path).path, encoding: .utf8)
        }
        let unused = MessageKey.allCases.filter { key in
            let name = key.rawValue
            // `.key` followed by something that cannot continue an identifier.
            return code.range(of: "\\.\(name)(?![A-Za-z0-9_])", options: .regularExpression) == nil
        }
        #expect(unused.map(\.rawValue) == [])
    }

    @Test func placeholdersAndValuesAreFormattedForTheLanguage() {
        let message = Message(.moreUnitsHaveNoRow, ["count": 1234, "date": Day(iso: "2025-07-01")!, "ids": ["a", "b"]])
        #expect(message.vietnamese == "còn 1.234 đơn vị khác trong units.csv không có dòng nào trong tệp số liệu mới nhất (2025-07-01): a, b")
        #expect(message.english == "1,234 more units of units.csv have no row in the current snapshot (2025-07-01): a, b")
        // A catalogue without the key still shows what happened.
        #expect(MessageCatalogue(language: .vi, table: [:]).text(Message(.keyEmpty, ["key": "title"])) == "keyEmpty (key=title)")
    }

    @Test func theLanguageComesFromTheFlagThenSiteYml() {
        let fs = MemoryFileSystem(files: ["a/site.yml": "title: T\nlanguage: en\n", "b/site.yml": "title: [", "c/x": ""])
        #expect(MessageCatalogue.language(flag: nil, contentPath: "a", fileSystem: fs) == .en)
        #expect(MessageCatalogue.language(flag: .vi, contentPath: "a", fileSystem: fs) == .vi)
        #expect(MessageCatalogue.language(flag: nil, contentPath: "b", fileSystem: fs) == .vi)   // unreadable site.yml
        #expect(MessageCatalogue.language(flag: nil, contentPath: "c", fileSystem: fs) == .vi)   // none
        #expect(MessageCatalogue.language(flag: .en, contentPath: nil, fileSystem: fs) == .en)   // thidua new
    }
}
