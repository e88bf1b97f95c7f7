import Foundation

/// Refuses output folders that a build must never replace.
enum OutputGuard {
    static func check(output: String, content: String, themes: [String]) throws {
        let out = absolute(output)
        func refuse(_ message: String) -> BuildFailure {
            BuildFailure([.error(SourceLocation(path: output), message + "; choose another folder with --output")])
        }
        if out == "/" { throw refuse("the output folder cannot be the root folder") }
        if let home = ProcessInfo.processInfo.environment["HOME"], !home.isEmpty, absolute(home) == out {
            throw refuse("the output folder cannot be the home folder")
        }
        for (label, other) in [("content", content)] + themes.map({ ("theme", $0) }) {
            let path = absolute(other)
            if path == out || path.hasPrefix(out + "/") {
                throw refuse("the output folder would replace the \(label) folder \(other)")
            }
        }
    }

    static func absolute(_ path: String) -> String {
        let url = path.hasPrefix("/") ? URL(fileURLWithPath: path)
            : URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(path)
        var text = url.standardizedFileURL.path
        while text.count > 1 && text.hasSuffix("/") { text.removeLast() }
        return text
    }
}
