import Foundation

// thidua-embed-messages OUTPUT vi.yml en.yml: writes a Swift file holding each
// catalogue's text as a raw string literal (see Plugins/EmbedMessages).
let arguments = CommandLine.arguments.dropFirst()
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: ThiduaEmbedMessages OUTPUT messages.vi.yml messages.en.yml\n".utf8))
    exit(2)
}
let paths = Array(arguments)
var swift = "// Generated at build time from themes/default/i18n by the EmbedMessages plugin: do not edit.\n\n"
swift += "extension MessageCatalogue {\n"
swift += "    /// The default theme's catalogue texts, by language, for a binary that finds no theme.\n"
swift += "    static let builtInTexts: [Language: String] = [\n"
for (language, path) in zip(["vi", "en"], paths[1...]) {
    guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
        FileHandle.standardError.write(Data("\(path): cannot be read as UTF-8 text\n".utf8))
        exit(1)
    }
    // Enough #s that the text cannot close the raw literal early.
    var hashes = "#"
    while text.contains("\"" + hashes) || text.contains("\\" + hashes) { hashes += "#" }
    swift += "        .\(language): \(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes),\n"
}
swift += "    ]\n}\n"
do {
    try Data(swift.utf8).write(to: URL(fileURLWithPath: paths[0]))
} catch {
    FileHandle.standardError.write(Data("\(paths[0]): \(error)\n".utf8))
    exit(1)
}
