import Foundation

/// The site as `thidua serve` shows it: built in memory (nothing is
/// written to disk), rebuilt when any input changes, with a small script
/// injected into every page that reloads it after a rebuild, and build
/// errors shown on the page itself.
public final class PreviewSite: @unchecked Sendable {
    public struct Response: Sendable {
        public var status: Int
        public var contentType: String
        public var body: Data
    }

    /// Polled by the injected script; its answer changes after every rebuild.
    public static let versionPath = "/__thidua/version"

    private let options: BuildOptions
    private let fs: FileSystem
    private let lock = NSLock()
    private var files: [String: Data] = [:]
    /// Share cards by path, rasterised only when asked for (and then kept).
    private var cards: [String: CardSource] = [:]
    /// Official reports by path, made PDFs only when asked for (and then kept).
    private var reports: [String: ReportSource] = [:]
    private var errors: [Diagnostic] = []
    private var fingerprint: String?
    public private(set) var generation = 0

    /// `options.baseURL` should be the preview's own address, e.g. http://127.0.0.1:1313/.
    public init(options: BuildOptions, fileSystem: FileSystem) {
        self.options = options
        self.fs = fileSystem
        catalogue = options.messages(fileSystem: fileSystem)
    }

    /// The messages of the last rebuild's language (site.yml may change it).
    public var messages: MessageCatalogue {
        lock.lock(); defer { lock.unlock() }
        return catalogue
    }
    private var catalogue = MessageCatalogue(language: .vi, table: [:])

    /// Rebuilds when the inputs changed since the last call (or on the first
    /// call). Returns the diagnostics of a rebuild, or nil when nothing changed.
    @discardableResult
    public func refresh() -> [Diagnostic]? {
        let themePath = options.themeCandidates.first { fs.isFolder($0) } ?? options.themeCandidates.first ?? "themes/default"
        let stamp: String
        do {
            let source = try ContentLoader.load(contentPath: options.contentPath, themePath: themePath, fileSystem: fs,
                                                xlsConverter: options.xlsConverter)
            stamp = source.fingerprint(extra: [options.baseURL ?? ""])
        } catch {
            stamp = "unreadable: \(error)"
        }
        lock.lock()
        let unchanged = stamp == fingerprint
        lock.unlock()
        if unchanged { return nil }
        var diagnostics: [Diagnostic] = []
        var built: [String: Data]?
        var builtCards: [String: CardSource] = [:]
        var builtReports: [String: ReportSource] = [:]
        do {
            let analysis = try Pipeline.analyse(options, fileSystem: fs)
            diagnostics = analysis.warnings
            let rendered = try Pipeline.render(analysis)
            built = Dictionary(uniqueKeysWithValues: rendered.files.map { ($0.path, $0.data) })
            builtCards = Dictionary(uniqueKeysWithValues: rendered.cards.map { ($0.path, $0) })
            builtReports = Dictionary(uniqueKeysWithValues: rendered.reports.map { ($0.path, $0) })
        } catch let failure as BuildFailure {
            diagnostics = failure.diagnostics
        } catch {
            diagnostics = [.error(SourceLocation(path: options.contentPath), .unexpectedError, ["error": "\(error)"])]
        }
        let messages = options.messages(fileSystem: fs)
        lock.lock()
        catalogue = messages
        fingerprint = stamp
        if let built {
            files = built
            cards = builtCards
            reports = builtReports
        }
        errors = diagnostics.filter { $0.severity == .error }
        generation += 1
        lock.unlock()
        return diagnostics
    }

    /// The response for a request path such as `/dak-nong-2024/so-y-te/`.
    public func response(for requestPath: String) -> Response {
        lock.lock()
        defer { lock.unlock() }
        if requestPath == Self.versionPath {
            return Response(status: 200, contentType: "text/plain; charset=utf-8", body: Data(String(generation).utf8))
        }
        var path = requestPath.removingPercentEncoding ?? requestPath
        if let query = path.firstIndex(of: "?") { path = String(path[..<query]) }
        let root = URLComponentsLite(options.baseURL ?? "http://localhost/")?.path ?? "/"
        if path.hasPrefix(root) { path = String(path.dropFirst(root.count)) } else { path = String(path.drop { $0 == "/" }) }
        if path.isEmpty || path.hasSuffix("/") { path += "index.html" }
        if files[path] == nil, files[path + "/index.html"] != nil { path += "/index.html" }
        // Drawn as a build draws it (a share card's text as glyphs), alone.
        if files[path] == nil, let card = cards[path], let png = try? CardPainter([card]).png(card) {
            files[path] = png
        }
        if files[path] == nil, let report = reports[path], let pdf = try? ReportCache.pdf(report) {
            files[path] = pdf
        }
        guard !path.split(separator: "/").contains(".."), let body = files[path] else {
            let page = files["404.html"].map { decorate($0) } ?? Data(errorPage().utf8)
            return Response(status: 404, contentType: "text/html; charset=utf-8", body: page)
        }
        let type = Self.contentType(path)
        return Response(status: 200, contentType: type, body: type.hasPrefix("text/html") ? decorate(body) : body)
    }

    /// Adds the reload script and, after a failed rebuild, the errors.
    private func decorate(_ page: Data) -> Data {
        var html = String(decoding: page, as: UTF8.self)
        // The pages forbid scripts and inline styles; the preview needs both.
        if let start = html.range(of: "<meta http-equiv=\"Content-Security-Policy\""),
           let end = html[start.upperBound...].range(of: ">") {
            html.removeSubrange(start.lowerBound..<end.upperBound)
        }
        var extra = Self.reloadScript(generation)
        if !errors.isEmpty { extra = errorBanner() + extra }
        if let end = html.range(of: "</body>", options: .backwards) {
            html.insert(contentsOf: extra, at: end.lowerBound)
        } else {
            html += extra
        }
        return Data(html.utf8)
    }

    private func errorBanner() -> String {
        let items = errors.map { "<li><code>\(xmlEscape(catalogue.line($0)))</code></li>" }.joined()
        return "<div role=\"alert\" style=\"position:fixed;inset:auto 0 0 0;max-height:50vh;overflow:auto;background:#7a1f00;color:#fff;"
            + "padding:1rem;font:14px/1.4 monospace;z-index:9\"><strong>\(xmlEscape(catalogue.text(.previewFailedBanner)))</strong><ul>\(items)</ul></div>"
    }

    private func errorPage() -> String {
        "<!DOCTYPE html><html lang=\"\(catalogue.language.rawValue)\"><meta charset=\"utf-8\"><title>thidua</title><body>"
            + (errors.isEmpty ? "<p>\(xmlEscape(catalogue.text(.previewNotFound)))</p>" : errorBanner()) + Self.reloadScript(generation) + "</body></html>"
    }

    /// Reloads the page once the version changes; only ever served by `thidua serve`.
    static func reloadScript(_ generation: Int) -> String {
        "<script>(function(){var v=\"\(generation)\";setInterval(function(){fetch(\"\(versionPath)\").then(function(r){return r.text()})"
            + ".then(function(t){if(t!==v){location.reload()}}).catch(function(){})},1000)})();</script>\n"
    }

    static func contentType(_ path: String) -> String {
        switch path.split(separator: ".").last.map(String.init) ?? "" {
        case "html": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "svg": return "image/svg+xml"
        case "json": return "application/json; charset=utf-8"
        case "csv": return "text/csv; charset=utf-8"
        case "xml": return "application/xml; charset=utf-8"
        case "png": return "image/png"
        case "pdf": return "application/pdf"
        case "txt": return "text/plain; charset=utf-8"
        default: return "application/octet-stream"
        }
    }
}
