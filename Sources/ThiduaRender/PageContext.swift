/// What the page builders of one site share: settings, strings, formats and
/// the base path every link starts with.
struct PageContext {
    var settings: SiteSettings
    var strings: UIStrings
    var format: NumberFormat
    /// `/` or the base URL's path, e.g. `/thidua/`.
    var root: String

    init(settings: SiteSettings, strings: UIStrings) {
        self.settings = settings
        self.strings = strings
        self.format = NumberFormat(language: settings.language)
        var root = "/"
        if let base = settings.baseURL, let url = URLComponentsLite(base) { root = url.path }
        self.root = root
    }

    func t(_ key: String, _ values: [String: String] = [:]) -> String { strings.text(key, values) }

    func layout(title: String, description: String, sample: Bool, breadcrumbs: [Link], sections: [Link] = []) -> Layout {
        Layout(lang: settings.language.rawValue, siteTitle: settings.title, organization: settings.organization,
               root: root, pageTitle: title, description: description, sample: sample,
               breadcrumbs: breadcrumbs, sections: sections, t: strings.table)
    }

    func url(_ sitePath: String) -> String {
        root + (sitePath.hasPrefix("/") ? String(sitePath.dropFirst()) : sitePath)
    }
}

/// The path of an absolute URL, always ending in `/`.
package struct URLComponentsLite {
    package var path: String

    package init?(_ text: String) {
        guard let schemeEnd = text.range(of: "://") else { return nil }
        let rest = text[schemeEnd.upperBound...]
        guard let slash = rest.firstIndex(of: "/") else {
            path = "/"
            return
        }
        var path = String(rest[slash...])
        if let cut = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = String(path[..<cut]) }
        self.path = path.hasSuffix("/") ? path : path + "/"
    }
}
