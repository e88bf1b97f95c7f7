import ArgumentParser
import Foundation
import ThiduaCore

/// The help and usage errors' catalogue, in the language `--lang` or
/// site.yml asks for. It is chosen from the raw arguments because
/// ArgumentParser builds the help while it parses them.
let commandLineMessages = MessageCatalogue.load(
    CommandLineText.language(arguments: Array(CommandLine.arguments.dropFirst()), fileSystem: DiskFileSystem()),
    themeCandidates: commandLineThemes, fileSystem: DiskFileSystem())

/// ArgumentParser's English words, to recognise its lines by.
let commandLineEnglish = MessageCatalogue.load(.en, themeCandidates: commandLineThemes, fileSystem: DiskFileSystem())

private let commandLineThemes: [String] = {
    let arguments = Array(CommandLine.arguments.dropFirst())
    return themeCandidates(theme: nil, content: CommandLineText.value(of: "--content", in: arguments) ?? "content")
}()

/// A help text from the catalogue.
func help(_ key: MessageKey) -> ArgumentHelp { ArgumentHelp(commandLineMessages.text(key)) }

extension Thidua {
    /// ArgumentParser's `main`, with its help and usage errors in the
    /// language of the messages (help on standard output, errors on standard error).
    static func runTranslated() async {
        do {
            var command = try parseAsRoot()
            if var command = command as? AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            let text = CommandLineText.translate(fullMessage(for: error), english: commandLineEnglish, target: commandLineMessages)
            if !text.isEmpty {
                (code == .success ? FileHandle.standardOutput : FileHandle.standardError).write(Data((text + "\n").utf8))
            }
            Foundation.exit(code.rawValue)
        }
    }
}
