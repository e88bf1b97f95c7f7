import Foundation

/// A file of the generated site: a path relative to the output folder and its bytes.
public struct OutputFile: Hashable, Sendable {
    public var path: String
    public var data: Data
    /// A page's `PageKey` (nil for any other file, and for every page of a
    /// render without `PageReuse`): kept in the manifest for the next build.
    public var key: PageKey?
    /// A page left as the live site has it: not rendered, `data` is empty,
    /// and the Write stage links the live site's file.
    public var kept = false

    public init(path: String, data: Data) {
        self.path = path
        self.data = data
    }

    public init(path: String, text: String) {
        self.init(path: path, data: Data(text.utf8))
    }

    /// The file's path and key, its bytes dropped (delivered to the Write stage already).
    public var withoutBytes: OutputFile {
        var copy = self
        copy.data = Data()
        return copy
    }

    /// A page the live site has with the same `key`.
    public init(kept path: String, key: PageKey) {
        self.init(path: path, data: Data())
        self.key = key
        kept = true
    }
}
