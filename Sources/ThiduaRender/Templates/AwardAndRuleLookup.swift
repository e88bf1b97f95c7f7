import Mustache

// The lookups of the models of the awards page, the totals block and the
// plan page's method section (see `PageModelLookup.swift`).

extension AwardSummary: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "rule": return self.rule
        case "criteria": return self.criteria
        case "decided": return self.decided
        case "count": return self.count
        case "winners": return self.winners
        case "grants": return self.grants
        case "grantCount": return self.grantCount
        default: return nil
        }
    }
}

extension GrantEntry: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "unit": return self.unit
        case "note": return self.note
        case "people": return self.people
        default: return nil
        }
    }
}

extension PersonGrant: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "decision": return self.decision
        default: return nil
        }
    }
}

extension AwardsPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "layout": return self.layout
        case "title": return self.title
        case "asOf": return self.asOf
        case "awards": return self.awards
        case "hasAwards": return self.hasAwards
        default: return nil
        }
    }
}

extension TotalsBlock: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "intro": return self.intro
        case "figures": return self.figures
        case "metrics": return self.metrics
        case "groupRows": return self.groupRows
        case "groupCaption": return self.groupCaption
        case "groupHeaders": return self.groupHeaders
        default: return nil
        }
    }
}

extension TotalsRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "cells": return self.cells
        default: return nil
        }
    }
}

extension MethodSection: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "anchor": return self.anchor
        case "intro": return self.intro
        case "indicators": return self.indicators
        case "targetNotes": return self.targetNotes
        case "score": return self.score
        case "example": return self.example
        case "orderIntro": return self.orderIntro
        case "keys": return self.keys
        case "orderNotes": return self.orderNotes
        case "noData": return self.noData
        case "awards": return self.awards
        case "awardNotes": return self.awardNotes
        default: return nil
        }
    }
}

extension MethodItem: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "lines": return self.lines
        default: return nil
        }
    }
}
