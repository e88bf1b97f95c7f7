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
    /// catalogue, built in (`BuiltInMessages.swift`), not in message keys.
    /// The built-in texts are the theme's files, byte for byte; after
    /// changing those, `THIDUA_RECORD=1` writes the Swift file again.
    @Test func withoutAThemeTheBuiltInCatalogueIsTheDefaultThemes() throws {
        var texts: [Language: String] = [:]
        for language in Language.allCases {
            texts[language] = try String(contentsOfFile: MessageCatalogue.path(theme: Self.theme, language: language), encoding: .utf8)
        }
        let source = TestSite.repository.appendingPathComponent("Sources/ThiduaSupport/Messages/BuiltInMessages.swift")
        if ProcessInfo.processInfo.environment["THIDUA_RECORD"] != nil {
            try Data(Self.builtInSource(texts).utf8).write(to: source)
        }
        #expect(try String(contentsOf: source, encoding: .utf8) == Self.builtInSource(texts),
                "BuiltInMessages.swift differs from the theme's catalogues: run THIDUA_RECORD=1 swift test --filter MessageCatalogueTests")
        for language in Language.allCases {
            #expect(MessageCatalogue.builtInTexts[language] == texts[language])
            let loaded = MessageCatalogue.load(language, themeCandidates: ["/nonexistent/themes/default"],
                                               fileSystem: MemoryFileSystem())
            #expect(loaded.table == (try Self.table(language)))
        }
        let english = MessageCatalogue.load(.en, themeCandidates: [], fileSystem: MemoryFileSystem())
        #expect(english.text(.themeNotFound) == MessageCatalogue.english.text(.themeNotFound))
        #expect(!english.text(.themeNotFound).contains("themeNotFound"))
    }

    /// A catalogue read twice is parsed once, and an edited file is read as
    /// edited (`thidua serve` reads the theme again at every rebuild).
    @Test func anEditedCatalogueIsReadAgain() throws {
        let fs = MemoryFileSystem()
        let path = MessageCatalogue.path(theme: "t", language: .vi)
        try fs.write(Data("themeNotFound: \"Không thấy giao diện\"\n".utf8), to: path)
        #expect(MessageCatalogue.load(.vi, themeCandidates: ["t"], fileSystem: fs).text(.themeNotFound) == "Không thấy giao diện")
        #expect(MessageCatalogue.load(.vi, themeCandidates: ["t"], fileSystem: fs).text(.themeNotFound) == "Không thấy giao diện")
        try fs.write(Data("themeNotFound: \"Chưa có giao diện\"\n".utf8), to: path)
        #expect(MessageCatalogue.load(.vi, themeCandidates: ["t"], fileSystem: fs).text(.themeNotFound) == "Chưa có giao diện")
    }

    /// The Swift source of `MessageCatalogue.builtInTexts`: each text a raw
    /// multi-line literal, with enough `#`s that no quote or backslash in it
    /// ends the literal or starts an escape.
    static func builtInSource(_ texts: [Language: String]) -> String {
        var swift = """
            // The default theme's message catalogues (themes/default/i18n/messages.*.yml), built into
            // thidua for a binary that finds no theme. Written by
            // `THIDUA_RECORD=1 swift test --filter MessageCatalogueTests`, and a test fails when it
            // differs from the theme's files: do not edit by hand.

            extension MessageCatalogue {
                /// The catalogue texts by language.
                static let builtInTexts: [Language: String] = [

            """
        for language in Language.allCases {
            let text = texts[language] ?? ""
            var hashes = "#"
            while text.contains("\"" + hashes) || text.contains("\\" + hashes) { hashes += "#" }
            // The line break before the closing quotes is not part of the value: the text's own last one stays.
            swift += "        .\(language.rawValue): \(hashes)\"\"\"\n" + text + "\n\"\"\"\(hashes),\n"
        }
        return swift + "    ]\n}\n"
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
