import Foundation

/// The keys of the live site's pages, handed to the Render stage as a
/// value: a page whose `PageKey` is among them is not rendered again (the
/// Write stage links its file from the live site). Chosen by
/// `IncrementalPolicy`, which leaves out the pages whose file is gone.
public struct PageReuse: Sendable {
    /// The live site's page keys by site path.
    public var previous: [String: PageKey]
    /// What the bytes of every page depend on besides its model and its
    /// templates: thidua's identity (the binary that renders them).
    public var toolIdentity: String
    /// What a share card's PNG depends on besides its SVG: the rasteriser's
    /// identity (`CardCache.identity`). A card kept by its key keeps its
    /// live PNG, so another rasteriser must change that key.
    public var cardIdentity: String
    /// Snapshot digests an earlier build made (`SnapshotDigests.memoKeys`), by key.
    public var digests: [String: Data]

    public init(previous: [String: PageKey], toolIdentity: String, cardIdentity: String = "", digests: [String: Data] = [:]) {
        self.previous = previous
        self.toolIdentity = toolIdentity
        self.cardIdentity = cardIdentity
        self.digests = digests
    }
}

/// Renders pages unless their key says the live site has them already.
/// Without a `PageReuse` (check, preview) it renders every page and keys none.
struct KeyedPages: Sendable {
    let renderer: PageRenderer
    let reuse: PageReuse?
    /// Each template's salt: thidua's identity, the UI strings, the
    /// template's text and every partial it includes, transitively.
    let salts: [String: PageKey]
    /// How each page model is written into its key (nil without a `PageReuse`).
    let plans: KeyPlans?

    /// `templates` are the theme's parsed templates (`TemplateLibrary.load`):
    /// their partial tags say which other templates a page's bytes depend on.
    init(renderer: PageRenderer, reuse: PageReuse?, theme: ThemeSource, templates: [String: [MustacheToken]],
         strings: UIStrings) {
        self.renderer = renderer
        self.reuse = reuse
        guard let reuse else {
            salts = [:]
            plans = nil
            return
        }
        plans = KeyPlans(PageRenderer.pageModels.map(\.model), table: UITable(strings.table))
        var common = [reuse.toolIdentity]
        for key in strings.table.keys.sorted() { common += [key, strings.table[key]!] }
        salts = Dictionary(uniqueKeysWithValues: theme.templates.keys.map { name in
            var texts = common
            for used in Self.templatesUsed(by: name, in: templates) { texts += [used, theme.templates[used]!.text] }
            return (name, PageKey(texts: texts))
        })
    }

    /// The page on `path`: rendered, or kept (no bytes) when its key is the live site's.
    func page<Model: TemplateModel>(_ model: Model, _ template: String, _ path: String) -> OutputFile {
        guard let reuse, let plans else { return renderer.page(model, template, path) }
        let key = PageKeyWriter.key(model, salt: salts[template] ?? PageKey(texts: [reuse.toolIdentity, template]),
                                    plans: plans)
        if reuse.previous[path] == key { return OutputFile(kept: path, key: key) }
        var file = renderer.page(model, template, path)
        file.key = key
        return file
    }

    /// The page on `path`, keyed by `key` (made from the page's inputs, not
    /// its model: `UnitKeys`); nil `key`: as `page(_:_:_:)`.
    func page<Model: TemplateModel>(_ model: Model, _ template: String, _ path: String, key: PageKey?) -> OutputFile {
        guard let key else { return page(model, template, path) }
        var file = renderer.page(model, template, path)
        file.key = key
        return file
    }

    /// The page on `path` keyed by `key` (made from the page's inputs): kept
    /// when the live site has that key, without making its model; nil
    /// `key`: the model is made and keyed as by `page(_:_:_:)`.
    func page<Model: TemplateModel>(_ template: String, _ path: String, key: PageKey?, model: () -> Model) -> OutputFile {
        if let key, reuse?.previous[path] == key { return OutputFile(kept: path, key: key) }
        return page(model(), template, path, key: key)
    }

    /// A file that is not a page (`HistoryKeys`), keyed by what it is made
    /// of: kept when the live site has that key, without making its bytes.
    func file(_ path: String, key: PageKey?, data: () -> Data) -> OutputFile {
        if let key, reuse?.previous[path] == key { return OutputFile(kept: path, key: key) }
        var file = OutputFile(path: path, data: data())
        file.key = key
        return file
    }

    /// A row of a unit page's neighbours table (`PageRenderer.neighbourRow`): part of the unit pages' models.
    func neighbourRow(_ row: Row, _ table: TableShape) -> String { renderer.neighbourRow(row, table) }

    /// `name` and the templates it includes as partials, transitively,
    /// sorted by name. Read from the parsed tokens, so a partial tag written
    /// with other delimiters (`{{=<% %>=}}`) counts as well.
    static func templatesUsed(by name: String, in templates: [String: [MustacheToken]]) -> [String] {
        var seen: Set<String> = [], queue = [name]
        while let next = queue.popLast() {
            guard !seen.contains(next), let tokens = templates[next] else { continue }
            seen.insert(next)
            queue += partials(in: tokens)
        }
        return seen.sorted()
    }

    /// The names of the partial tags among `tokens`, sections included.
    private static func partials(in tokens: [MustacheToken]) -> [String] {
        tokens.flatMap { token -> [String] in
            switch token {
            case .partial(let name, _): [name]
            case .section(_, _, let body): partials(in: body)
            default: []
            }
        }
    }
}
