import Foundation

/// Turns share cards into PNGs, only when needed: a card's PNG is kept in a
/// cache folder outside the output (`.thidua-cache/cards/` next to the
/// content folder), named by the SHA-256 of the renderer's identity and the
/// SHA-256 of the card's SVG bytes (so every drawn change changes the name).
/// A card whose SVG has not changed since an earlier build is copied from
/// there; the others are rendered in parallel across cores.
public struct CardCache: Sendable {
    /// Renders one card to PNG bytes.
    public typealias Rasterizer = @Sendable (_ card: CardSource) throws -> Data

    public struct Report: Sendable {
        /// PNGs rendered by this build, by site path.
        public var rendered: [String]
        /// Cards whose PNG came from the cache.
        public var reused: Int
        /// Seconds spent rendering (wall clock, all cores).
        public var seconds: Double
    }

    public struct Prepared: Sendable {
        /// (cache path, site path, key) of every card's PNG, for the Write stage to copy.
        public var copies: [WriteStage.Copy]
        public var report: Report
        /// The cache file names this build uses; the rest can be pruned.
        public var used: Set<String>
    }

    public var folder: String
    public var fileSystem: FileSystem
    public var identity: String
    /// nil for librsvg through a `CardPainter`.
    public var rasterize: Rasterizer?

    /// The identity of the share cards' PNGs: the rasteriser's and the size.
    public static let shareCardIdentity = PNGRenderer.identity + " 1200x630"

    public init(folder: String, fileSystem: FileSystem, identity: String = shareCardIdentity,
                rasterize: Rasterizer? = nil) {
        self.folder = folder
        self.fileSystem = fileSystem
        self.identity = identity
        self.rasterize = rasterize
    }

    /// The cache folder for a content folder: `.thidua-cache/cards` beside it.
    public static func folder(forContent content: String) -> String {
        var trimmed = content
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed.removeLast() }
        let parent = WriteStage.split(trimmed).parent
        return joinPath(parent, ".thidua-cache", "cards")
    }

    /// The cache file name of a card. The SVG's own digest, already taken
    /// for the page's `?v=`, stands for the SVG: hashing the whole SVG a
    /// second time cost more than the rest of a cached card.
    /// A PNG of another size than a share card's (a chart's) has its size in the name too.
    func name(_ card: CardSource) -> String {
        let size = card.width == ShareCard.width && card.height == ShareCard.height ? "" : "\n\(card.width)x\(card.height)"
        return SHA256.hex(identity + "\n" + card.digest + size) + ".png"
    }

    /// Makes sure every card has its PNG in the cache, rendering the missing ones.
    public func prepare(_ cards: [CardSource]) throws -> Prepared {
        let start = Date()
        let names = cards.map(name)
        var missing: [(name: String, card: CardSource)] = []
        var seen = Set<String>()
        for (card, name) in zip(cards, names) where seen.insert(name).inserted {
            if !fileSystem.isFile(joinPath(folder, name)) { missing.append((name, card)) }
        }
        let failures = Failures()
        let work = CardPainter.grouped(missing) { $0.card }
        let fs = fileSystem, folder = self.folder
        let rasterize = self.rasterize ?? CardPainter(work.map(\.card)).png
        DispatchQueue.concurrentPerform(iterations: work.count) { i in
            let (name, card) = work[i]
            do {
                let png = try rasterize(card)
                // Unique per process and thread: another build may be rendering the same card.
                let temporary = joinPath(folder, "\(name).\(ProcessInfo.processInfo.processIdentifier)-\(i).part")
                try fs.write(png, to: temporary)
                try fs.move(temporary, to: joinPath(folder, name))
            } catch {
                failures.add(card.path, error)
            }
        }
        if let (path, error) = failures.first {
            throw BuildFailure([.error(SourceLocation(path: path), .shareImageFailed, ["error": "\(error)"])])
        }
        let renderedNames = Set(missing.map(\.name))
        let rendered = missing.map(\.card.path)
        let reused = names.filter { !renderedNames.contains($0) }.count
        return Prepared(copies: zip(cards, names).map { (joinPath(folder, $1), $0.path, $0.key) },
                        report: Report(rendered: rendered, reused: reused, seconds: Date().timeIntervalSince(start)),
                        used: Set(names))
    }

    /// The output manifest's entry for a card linked from the cache: its
    /// size, and as its hash the cache key (the PNG is a function of it).
    static func manifestEntry(_ cachePath: String, fileSystem fs: FileSystem) -> Manifest.Entry {
        let name = cachePath.split(separator: "/").last.map(String.init) ?? ""
        return Manifest.Entry(hash: ContentHash(raw: UInt64(name.prefix(16), radix: 16) ?? 0), size: fs.size(cachePath) ?? 0)
    }

    /// Removes the cached PNGs no card of the last build uses, so the cache
    /// holds one build's worth of images. `kept`: the manifest hashes of the
    /// cards the build kept without drawing them (`OutputFile.kept`), which
    /// name their cache files by their first 16 hex digits (`manifestEntry`).
    public func prune(keeping used: Set<String>, kept: Set<ContentHash> = []) {
        guard fileSystem.isFolder(folder), let entries = try? fileSystem.list(folder) else { return }
        let prefixes = Set(kept.map(\.description))
        // A week's new figures leave every card of the week before: thousands of files, removed on every core.
        let stale = entries.filter { !used.contains($0.name) && !prefixes.contains(String($0.name.prefix(16))) }
        // A week's new figures leave every card of the week before: thousands
        // of files, moved into one folder and deleted after the build returns
        // (`removeSoon`), as the replaced site is. A few go at once.
        let aside = WriteStage.trim(folder) + ".stale"
        try? fileSystem.removeLeftovers(of: aside)
        try? fileSystem.remove(aside)
        guard stale.count > 100 else {
            _ = Parallel.map(stale) { entry in try? fileSystem.remove(joinPath(folder, entry.name)) }
            return
        }
        _ = Parallel.map(stale) { entry in
            do {
                try fileSystem.rename(joinPath(folder, entry.name), over: joinPath(aside, entry.name))
            } catch {
                try? fileSystem.remove(joinPath(folder, entry.name))
            }
        }
        fileSystem.removeSoon(aside)
    }
}

/// Errors from the rendering threads, first by card path.
private final class Failures: @unchecked Sendable {
    private var list: [(String, Error)] = []
    private let lock = NSLock()

    func add(_ path: String, _ error: Error) {
        lock.lock(); defer { lock.unlock() }
        list.append((path, error))
    }

    var first: (String, Error)? {
        lock.lock(); defer { lock.unlock() }
        return list.min { Array($0.0.utf8).lexicographicallyPrecedes(Array($1.0.utf8)) }
    }
}
