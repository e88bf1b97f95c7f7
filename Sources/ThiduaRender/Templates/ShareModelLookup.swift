import Mustache

// Share tags and embed pages answer the templates' lookups by name. Without this,
// swift-mustache finds each name through `Mirror`, which was most of the
// time of a national build. `TemplateLookupTests` checks that every stored
// property is answered here, with the same value `Mirror` would give.

extension ShareMeta: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "description": return self.description
        case "siteName": return self.siteName
        case "locale": return self.locale
        case "url": return self.url
        case "image": return self.image
        case "imageAlt": return self.imageAlt
        case "imageWidth": return self.imageWidth
        case "imageHeight": return self.imageHeight
        case "imageDownload": return self.imageDownload
        case "facebook": return self.facebook
        case "zalo": return self.zalo
        case "embed": return self.embed
        case "embedResize": return self.embedResize
        case "feed": return self.feed
        case "feedTitle": return self.feedTitle
        default: return nil
        }
    }
}

extension EmbedRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "rank": return self.rank
        case "name": return self.name
        case "value": return self.value
        default: return statusChild(named: name)
        }
    }
}

extension EmbedGroup: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "rows": return self.rows
        case "more": return self.more
        default: return nil
        }
    }
}

extension EmbedIndicator: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "value": return self.value
        case "target": return self.target
        case "chart": return self.chart
        default: return statusChild(named: name)
        }
    }
}

extension EmbedPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "lang": return self.lang
        case "root": return self.root
        case "pageTitle": return self.pageTitle
        case "siteTitle": return self.siteTitle
        case "heading": return self.heading
        case "eyebrow": return self.eyebrow
        case "asOf": return self.asOf
        case "sample": return self.sample
        case "caption": return self.caption
        case "groups": return self.groups
        case "ranks": return self.ranks
        case "indicators": return self.indicators
        case "detailsURL": return self.detailsURL
        case "canonical": return self.canonical
        case "t": return self.t
        default: return nil
        }
    }
}
