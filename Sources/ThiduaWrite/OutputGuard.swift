import Foundation

/// Refuses output folders that a build must never replace.
package enum OutputGuard {
    package static func check(output: String, content: String, themes: [String]) throws {
        let out = absolute(output)
        func refuse(_ key: MessageKey, _ values: [String: any MessageArgument] = [:]) -> BuildFailure {
            BuildFailure([.error(SourceLocation(path: output), key, values)])
        }
        if out == "/" { throw refuse(.outputIsRoot) }
        if let home = ProcessInfo.processInfo.environment["HOME"], !home.isEmpty, absolute(home) == out {
            throw refuse(.outputIsHome)
        }
        for (key, other) in [(MessageKey.outputIsContent, content)] + themes.map({ (MessageKey.outputIsTheme, $0) }) {
            let path = absolute(other)
            if path == out || path.hasPrefix(out + "/") {
                throw refuse(key, ["folder": other])
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
