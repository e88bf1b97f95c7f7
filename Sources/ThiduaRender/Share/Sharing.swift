import Foundation

/// A share card (or a chart's download, `ChartDownload`) to be turned into
/// a PNG by the Write stage: its path in the site, its SVG text and the
/// PNG's size in pixels (the SVG is scaled to fill it).
public struct CardSource: Hashable, Sendable {
    /// The file name of every page's share card, in the page's folder.
    public static let fileName = Sharing.cardName

    /// Whether a site path is a page's share card.
    public static func isShareCard(_ path: String) -> Bool { path.hasSuffix("/" + fileName) }
    public var path: String
    public let svg: String
    public let width: Int
    public let height: Int
    /// The SHA-256 of the SVG as hex, computed once: the page's `?v=` and
    /// the card cache's key both derive from it.
    public let digest: String
    /// UTF-8 offsets in `svg` of the drawn elements that open it and that
    /// other cards repeat (see `ShareCard.document()`), so that they can be
    /// rasterised once for all of them; nil to draw the SVG as a whole.
    public let backdrop: Range<Int>?
    /// What the card draws over its backdrop, set out for drawing (shapes
    /// and text runs); a card without one is drawn whole from its SVG.
    public let foreground: CardForeground?
    /// The key of what the card shows (`UnitKeys`), for the manifest: a
    /// later build that finds the same key keeps the card without drawing
    /// its SVG. nil for cards keyed by their SVG alone.
    public var key: PageKey?

    public init(path: String, svg: String, backdrop: Range<Int>? = nil, foreground: CardForeground? = nil,
                width: Int = ShareCard.width, height: Int = ShareCard.height, key: PageKey? = nil) {
        self.path = path
        self.svg = svg
        self.backdrop = backdrop
        self.foreground = foreground
        self.key = key
        self.width = width
        self.height = height
        digest = SHA256.hex(svg)
    }
}

/// What the Render stage produces: the files, and the cards still to be
/// rasterised.
public struct RenderedSite: Sendable {
    public var files: [OutputFile]
    public var cards: [CardSource]
    /// The official reports, to be turned into PDFs by the Write stage.
    public var reports: [ReportSource] = []
    /// The snapshot digests made, to keep for the next build (`SnapshotDigests`).
    public var digests = MemoEntries()
}

/// A card's PNG as pages refer to it.
struct ShareImage {
    /// Site-relative path, e.g. `dak-nong/so-y-te/anh-chia-se.png`.
    var path: String
    /// The first 10 hex digits of the SHA-256 of the card's SVG: in the URL
    /// (`?v=`) so that social networks fetch the image again when it changes.
    var version: String
    var alt: String
}

/// The share tags and links of one page (the `layout.share` of its model).
/// Absolute URLs are nil when the site has no `base_url`.
struct ShareMeta {
    var title: String
    var description: String
    var siteName: String
    var locale: String
    var url: String?
    var image: String?
    var imageAlt: String
    var imageWidth: String
    var imageHeight: String
    /// The PNG as a link on the page (under the site's root path).
    var imageDownload: String
    var facebook: String?
    var zalo: String?
    /// The copy-paste `<iframe>` for a portal article, when the page has an embed.
    var embed: String?
    /// The optional portal-side script that fits the frame to the height
    /// the embed posts (`assets/embed.js`), when the page has an embed.
    var embedResize: String?
    /// Where the page that shows `embedResize` shows it, on a page that
    /// links to it instead (a unit page: the script is the same for every
    /// embed of the site, and a thousand unit pages need not carry it).
    var embedResizeLink: String?
    /// The site's Atom feed, when there is one.
    var feed: String?
    var feedTitle: String
}

/// Page models whose layout can carry share tags.
protocol SharablePage {
    var layout: Layout { get set }
}

extension LeaderboardPage: SharablePage {}
extension UnitPage: SharablePage {}
extension IndicatorPage: SharablePage {}
extension AwardsPage: SharablePage {}
extension GroupPage: SharablePage {}
extension PlanPage: SharablePage {}
extension IndexPage: SharablePage {}

extension SharablePage {
    func sharing(_ meta: ShareMeta) -> Self {
        var copy = self
        copy.layout.share = meta
        return copy
    }
}

extension PageContext {
    /// The site's address for a card's footer: the base URL without the
    /// scheme and the last slash (`example.gov.vn/thidua`), or "".
    var address: String {
        guard var text = settings.baseURL, let scheme = text.range(of: "://") else { return "" }
        text = String(text[scheme.upperBound...])
        while text.hasSuffix("/") { text.removeLast() }
        return text
    }

    /// The absolute URL of a site-relative path, when the site has a base URL.
    func absolute(_ sitePath: String) -> String? {
        settings.baseURL.map { $0 + (sitePath.hasPrefix("/") ? String(sitePath.dropFirst()) : sitePath) }
    }
}

/// Collects the cards while the pages are rendered and writes each page's
/// share tags.
struct Sharing {
    static let cardName = "anh-chia-se.png"
    /// The id of a page's embed section (`share.mustache`).
    static let embedAnchor = "nhung"

    var context: PageContext
    private(set) var cards: [CardSource] = []

    init(context: PageContext) { self.context = context }

    var feedPath: String? { context.settings.baseURL == nil ? nil : "feed.xml" }

    /// Registers the card of the page in `folder` (site-relative, ending in `/`).
    mutating func image(_ card: ShareCard, folder: String) -> ShareImage {
        let (image, source) = prepare(card, folder: folder)
        cards.append(source)
        return image
    }

    /// The card's image and source without registering it (for pages
    /// rendered on several cores; `add` them afterwards).
    func prepare(_ card: ShareCard, folder: String, key: PageKey? = nil) -> (ShareImage, CardSource) {
        let (svg, backdrop, foreground) = card.document()
        let source = CardSource(path: folder + Self.cardName, svg: svg, backdrop: backdrop, foreground: foreground, key: key)
        return (ShareImage(path: source.path, version: String(source.digest.prefix(10)), alt: card.description), source)
    }

    mutating func add(_ sources: [CardSource]) { cards += sources }

    /// `resizeAt`: the page (URL) whose embed section shows the resizing
    /// script, when this page links there instead of showing it.
    func meta(page sitePath: String, title: String, description: String, image: ShareImage, embed: String? = nil,
              resizeAt: String? = nil) -> ShareMeta {
        let url = context.absolute(sitePath)
        return ShareMeta(
            title: title, description: description, siteName: context.settings.title,
            locale: context.settings.language == .vi ? "vi_VN" : "en_US", url: url,
            image: context.absolute(image.path).map { $0 + "?v=" + image.version }, imageAlt: image.alt,
            imageWidth: String(ShareCard.width), imageHeight: String(ShareCard.height),
            imageDownload: context.url(image.path) + "?v=" + image.version,
            facebook: url.map { "https://www.facebook.com/sharer/sharer.php?u=" + Self.percentEncode($0) },
            zalo: url.map(Self.zaloShare),
            embed: embed, embedResize: embed == nil || resizeAt != nil ? nil : resizeScript(),
            embedResizeLink: embed == nil ? nil : resizeAt.map { $0 + "#" + Self.embedAnchor },
            feed: feedPath.map(context.url), feedTitle: context.t("feed_title", ["site": context.settings.title]))
    }

    /// Zalo's share page takes the URL as base64 JSON (`{"url": …}`), the
    /// form its own share button uses; no script needed.
    static func zaloShare(_ url: String) -> String {
        var payload = "{\"url\":"
        JSONValue.quote(url, into: &payload)
        payload += "}"
        return "https://button-share.zalo.me/share_external?layout=1&color=blue&customize=false&d="
            + percentEncode(Data(payload.utf8).base64EncodedString()) + "&shareType=0"
    }

    /// RFC 3986 percent-encoding of everything but unreserved characters.
    static func percentEncode(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (byte < 16 ? "0" + hex : hex)
            }
        }
        return out
    }

    /// The copy-paste snippet for a portal article.
    func iframe(_ sitePath: String, title: String, height: Int) -> String? {
        guard let src = context.absolute(sitePath) else { return nil }
        return "<iframe src=\"\(htmlAttribute(src))\" title=\"\(htmlAttribute(title))\" width=\"100%\" height=\"\(height)\" "
            + "style=\"border:0;max-width:720px\" loading=\"lazy\"></iframe>"
    }

    /// A script for the portal page, once per page: it takes the heights the
    /// embeds post (`assets/embed.js`) from this site's origin only, and sets
    /// them on the frame that sent them; nil without a base URL.
    func resizeScript() -> String? {
        guard let root = context.absolute(""), let scheme = root.range(of: "://") else { return nil }
        let host = root[scheme.upperBound...].prefix { $0 != "/" }
        // Browsers send the origin in lower case.
        let origin = (String(root[..<scheme.upperBound]) + host).lowercased()
        var quoted = ""
        for scalar in origin.unicodeScalars {
            switch scalar {
            case "\\", "\"", "<", ">", "&", "'": quoted += "\\u" + String(format: "%04x", scalar.value)
            default: quoted.unicodeScalars.append(scalar)
            }
        }
        return "<script>window.addEventListener(\"message\",function(e){if(e.origin!==\"\(quoted)\"||!e.data||e.data.thidua!==\"height\")return;"
            + "var f=document.getElementsByTagName(\"iframe\");for(var i=0;i<f.length;i++)if(f[i].contentWindow===e.source)"
            + "f[i].style.height=Math.min(Math.max(Number(e.data.height)||0,80),20000)+\"px\"});</script>"
    }

    /// The site index's card: the campaigns.
    func siteCard(_ campaigns: [Campaign]) -> ShareCard {
        let lines = campaigns.prefix(4).map { ShareCard.Line(text: $0.title, figure: "") }
        let dates = campaigns.map { $0.snapshots[$0.current].date }
        let latest = dates.max { $0 < $1 }
        return ShareCard(
            siteTitle: context.settings.title, sample: nil, eyebrow: context.settings.organization ?? "",
            title: context.t("campaigns"),
            badge: ShareCard.Badge(label: context.t("card_campaigns"), value: String(campaigns.count), note: nil),
            headline: nil, caption: nil, visual: .lines(Array(lines)),
            footer: latest.map { context.t("as_of", ["date": context.format.date($0)]) } ?? "",
            address: context.address,
            description: context.t("campaign_count", ["count": String(campaigns.count)]) + ": "
                + campaigns.map(\.title).joined(separator: "; ") + ".")
    }
}

/// Escapes text for an HTML attribute written by thidua itself (not by a template).
func htmlAttribute(_ text: String) -> String {
    xmlEscape(text)
}
