import Mustache

// Page models answer the templates' lookups by name. Without this,
// swift-mustache finds each name through `Mirror`, which was most of the
// time of a national build. `TemplateLookupTests` checks that every stored
// property is answered here, with the same value `Mirror` would give.

extension Link: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "text": return self.text
        case "url": return self.url
        default: return nil
        }
    }
}

extension Layout: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "lang": return self.lang
        case "siteTitle": return self.siteTitle
        case "organization": return self.organization
        case "root": return self.root
        case "pageTitle": return self.pageTitle
        case "description": return self.description
        case "sample": return self.sample
        case "breadcrumbs": return self.breadcrumbs
        case "sections": return self.sections
        case "t": return self.t
        case "share": return self.share
        default: return nil
        }
    }
}

extension CampaignCard: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "url": return self.url
        case "issuer": return self.issuer
        case "period": return self.period
        case "asOf": return self.asOf
        case "units": return self.units
        case "status": return self.status
        case "sample": return self.sample
        default: return nil
        }
    }
}

extension IndexPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "layout": return self.layout
        case "campaigns": return self.campaigns
        default: return nil
        }
    }
}

extension Figure: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "value": return self.value
        case "label": return self.label
        default: return nil
        }
    }
}

extension RingFigure: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "svg": return self.svg
        case "label": return self.label
        case "url": return self.url
        default: return nil
        }
    }
}

extension TargetStatus {
    /// The names every value with a target status answers.
    func statusChild(named name: String) -> Any? {
        switch name {
        case "hasTarget": return hasTarget
        case "met": return met
        case "statusText": return statusText
        case "status": return status
        case "mark": return mark
        default: return nil
        }
    }
}

extension Cell: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "text": return self.text
        default: return statusChild(named: name)
        }
    }
}

extension Row: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "rank": return self.rank
        case "change": return self.change
        case "changeLabel": return self.changeLabel
        case "up": return self.up
        case "down": return self.down
        case "name": return self.name
        case "url": return self.url
        case "otherRank": return self.otherRank
        case "group": return self.group
        case "bracket": return self.bracket
        case "leadCell": return self.leadCell
        case "cells": return self.cells
        case "score": return self.score
        case "awards": return self.awards
        case "highlight": return self.highlight
        default: return nil
        }
    }
}

extension NeighbourLine: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "highlight": return self.highlight
        case "cells": return self.cells
        default: return nil
        }
    }
}

extension NeighbourRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "table": return self.table
        case "row": return self.row
        // The row's own names too, so that the template reads like a row of a table.
        default: return row.child(named: name)
        }
    }
}

extension ChartBlock: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "svg": return self.svg
        case "downloadURL": return self.downloadURL
        case "pngURL": return self.pngURL
        default: return nil
        }
    }
}

extension RankedBarList: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": return self.id
        case "title": return self.title
        case "description": return self.description
        case "metKey": return self.metKey
        case "missedKey": return self.missedKey
        case "targetText": return self.targetText
        case "metSwatch": return self.metSwatch
        case "missedSwatch": return self.missedSwatch
        case "targetSwatch": return self.targetSwatch
        case "axisSVG": return self.axisSVG
        case "axisUnit": return self.axisUnit
        case "longValues": return self.longValues
        case "rows": return self.rows
        case "downloadURL": return self.downloadURL
        case "pngURL": return self.pngURL
        default: return nil
        }
    }
}

extension RankedBarRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "rank": return self.rank
        case "name": return self.name
        case "url": return self.url
        case "value": return self.value
        case "status": return self.status
        case "statusClass": return self.statusClass
        case "svg": return self.svg
        default: return nil
        }
    }
}

extension GroupSection: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "url": return self.url
        case "bars": return self.bars
        case "rows": return self.rows
        case "lead": return self.lead
        case "columns": return self.columns
        case "otherRankHeader": return self.otherRankHeader
        case "tableLabel": return self.tableLabel
        default: return nil
        }
    }
}

extension ColumnHeader: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "target": return self.target
        case "url": return self.url
        case "wide": return self.wide
        default: return nil
        }
    }
}

extension Mover: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "url": return self.url
        case "change": return self.change
        case "rank": return self.rank
        default: return nil
        }
    }
}

extension TableShape: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "lead": return self.lead
        case "columns": return self.columns
        case "hasGroups": return self.hasGroups
        case "hasBrackets": return self.hasBrackets
        case "scoreFirst": return self.scoreFirst
        case "scoreLater": return self.scoreLater
        case "hasChange": return self.hasChange
        default: return nil
        }
    }
}

extension GroupSummary: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "url": return self.url
        case "units": return self.units
        case "meetingAll": return self.meetingAll
        case "leader": return self.leader
        default: return nil
        }
    }
}

extension LeaderboardPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "layout": return self.layout
        case "title": return self.title
        case "issuer": return self.issuer
        case "document": return self.document
        case "period": return self.period
        case "asOf": return self.asOf
        case "figures": return self.figures
        case "rings": return self.rings
        case "groups": return self.groups
        case "table": return self.table
        case "compact": return self.compact
        case "groupSummaries": return self.groupSummaries
        case "top": return self.top
        case "moversUp": return self.moversUp
        case "moversDown": return self.moversDown
        case "hasMovers": return self.hasMovers
        case "moversSince": return self.moversSince
        case "improved": return self.improved
        case "improvedTitle": return self.improvedTitle
        case "awards": return self.awards
        case "hasAwards": return self.hasAwards
        case "downloads": return self.downloads
        case "totals": return self.totals
        case "methodURL": return self.methodURL
        case "periods": return self.periods
        case "report": return self.report
        default: return nil
        }
    }
}

extension IndicatorLine: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "url": return self.url
        case "value": return self.value
        case "target": return self.target
        case "need": return self.need
        case "streak": return self.streak
        case "pace": return self.pace
        case "chart": return self.chart
        case "trend": return self.trend
        default: return statusChild(named: name)
        }
    }
}

extension HistoryRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "date": return self.date
        case "rank": return self.rank
        case "cells": return self.cells
        default: return nil
        }
    }
}

extension UnitPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "layout": return self.layout
        case "name": return self.name
        case "groupName": return self.groupName
        case "groupURL": return self.groupURL
        case "campaignTitle": return self.campaignTitle
        case "campaignURL": return self.campaignURL
        case "summary": return self.summary
        case "ranks": return self.ranks
        case "change": return self.change
        case "baselineChange": return self.baselineChange
        case "indicators": return self.indicators
        case "rankTrend": return self.rankTrend
        case "historyHeaders": return self.historyHeaders
        case "history": return self.history
        case "historyNote": return self.historyNote
        case "historyURL": return self.historyURL
        case "neighbours": return self.neighbours
        case "table": return self.table
        case "awards": return self.awards
        case "hasAwards": return self.hasAwards
        case "grants": return self.grants
        case "asOf": return self.asOf
        default: return nil
        }
    }
}

extension IndicatorPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "layout": return self.layout
        case "name": return self.name
        case "formula": return self.formula
        case "target": return self.target
        case "campaignURL": return self.campaignURL
        case "asOf": return self.asOf
        case "summary": return self.summary
        case "chart": return self.chart
        case "ring": return self.ring
        case "periodNav": return self.periodNav
        case "rows": return self.rows
        case "targets": return self.targets
        case "columnCount": return self.columnCount
        case "omitted": return self.omitted
        case "omittedAt": return self.omittedAt
        case "csvURL": return self.csvURL
        default: return nil
        }
    }
}

extension IndicatorRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "gapBefore": return self.gapBefore
        case "rank": return self.rank
        case "name": return self.name
        case "url": return self.url
        case "group": return self.group
        case "value": return self.value
        case "need": return self.need
        default: return statusChild(named: name)
        }
    }
}

extension GroupPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "layout": return self.layout
        case "name": return self.name
        case "asOf": return self.asOf
        case "section": return self.section
        case "table": return self.table
        default: return nil
        }
    }
}

extension PlanPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "layout": return self.layout
        case "title": return self.title
        case "issuer": return self.issuer
        case "document": return self.document
        case "html": return self.html
        case "campaignURL": return self.campaignURL
        case "method": return self.method
        default: return nil
        }
    }
}

extension NotFoundPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "layout": return self.layout
        default: return nil
        }
    }
}
