import Foundation

/// Where to read and write, as given on the command line.
public struct BuildOptions: Sendable {
    public var contentPath: String
    public var outputPath: String
    /// Theme folders to try in order; the first that exists is used.
    public var themeCandidates: [String]
    public var baseURL: String?
    /// Identifies the thidua binary (version, size, build time) so that a new
    /// binary rebuilds a site whose content did not change.
    public var toolIdentity: String
    /// Where rendered share images are kept between builds; default
    /// `.thidua-cache/cards` next to the content folder.
    public var cardCachePath: String?
    /// Publish a site with no campaign (`--allow-empty`); otherwise that is an error.
    public var allowEmpty = false
    /// Let the build drop campaigns the site in the output folder has (`--allow-removal`).
    public var allowRemoval = false
    /// Wait while another build writes the same output folder; false
    /// (`--no-wait`) fails at once instead.
    public var waitForOtherBuilds = true
    /// The language of messages given on the command line (`--lang`);
    /// nil means `language:` of site.yml (see `MessageCatalogue.language`).
    public var language: Language?
    /// Theme folders to take the message catalogues from when none of
    /// `themeCandidates` has them (a theme of one's own without them, or
    /// none found): the theme that comes with thidua.
    public var messageThemes: [String] = []
    /// Told once when the build waits for another one.
    public var onWait: (@Sendable (Message) -> Void)?
    /// Converts .xls snapshots to .xlsx (LibreOffice unless a test says otherwise).
    public var xlsConverter: XLSConverter = LibreOffice()

    public init(contentPath: String = "content", outputPath: String = "public",
                themeCandidates: [String] = [], baseURL: String? = nil, toolIdentity: String = "thidua",
                cardCachePath: String? = nil) {
        self.contentPath = contentPath
        self.outputPath = outputPath
        self.themeCandidates = themeCandidates
        self.baseURL = baseURL
        self.toolIdentity = toolIdentity
        self.cardCachePath = cardCachePath
    }
}
