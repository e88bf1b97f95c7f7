import Mustache

// The period pages' models answer the templates by name, like those of
// `PageModelLookup.swift`.

extension PeriodNav: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "previous": return self.previous
        case "next": return self.next
        case "latest": return self.latest
        default: return nil
        }
    }
}

extension PeriodItem: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "text": return self.text
        case "url": return self.url
        case "here": return self.here
        case "note": return self.note
        default: return nil
        }
    }
}

extension PeriodList: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "summary": return self.summary
        case "items": return self.items
        default: return nil
        }
    }
}

extension PeriodPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "layout": return self.layout
        case "title": return self.title
        case "campaignTitle": return self.campaignTitle
        case "asOf": return self.asOf
        case "changeNote": return self.changeNote
        case "unranked": return self.unranked
        case "nav": return self.nav
        case "periods": return self.periods
        case "table": return self.table
        case "compact": return self.compact
        case "top": return self.top
        case "groupSummaries": return self.groupSummaries
        case "groups": return self.groups
        case "downloads": return self.downloads
        case "report": return self.report
        default: return nil
        }
    }
}
