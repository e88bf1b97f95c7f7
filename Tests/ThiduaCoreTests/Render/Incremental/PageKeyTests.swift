import Foundation
import Testing
@testable import ThiduaSupport
@testable import ThiduaLoad
@testable import ThiduaModel
@testable import ThiduaRank
@testable import ThiduaChart
@testable import ThiduaRender
@testable import ThiduaWrite
@testable import ThiduaCore

/// A page's key is the same on every run and machine, and differs whenever
/// the model does, in any field at any depth.
struct PageKeyTests {
    struct Item: Encodable { var name: String; var note: String? }
    struct Model: Encodable {
        var items: [Item]
        var note: String?
        var flag: Bool
        var t: [String: String]
    }

    static let salt = PageKey(texts: ["thidua", "unit"])

    static func key(_ model: Model) -> PageKey { PageKeyEncoder.key(model, salt: salt) }

    static let model = Model(items: [Item(name: "An", note: nil)], note: "x", flag: true,
                             t: ["rank": "Hạng", "score": "Điểm", "unit": "Đơn vị"])

    @Test func isStable() {
        // A literal: Swift's `Hasher` would give another value on every run.
        #expect(Self.key(Self.model).description == "636a93448153bf64ef9eac0a4ce4a39c")
        #expect(Self.key(Self.model).description.count == 32)
        #expect(PageKey(hex: Substring(Self.key(Self.model).description)) == Self.key(Self.model))
    }

    @Test func theUIStringsCountInKeyOrder() {
        var other = Self.model
        other.t = [:]
        for key in ["unit", "score", "rank"] { other.t[key] = Self.model.t[key] }
        #expect(Self.key(other) == Self.key(Self.model))
        // The UI strings given as known are written as their digest: the same key for the same strings, whatever the order.
        let known = UITable(Self.model.t)
        #expect(PageKeyEncoder.key(other, salt: Self.salt, table: known) == PageKeyEncoder.key(Self.model, salt: Self.salt, table: known))
        var changed = Self.model
        changed.t["rank"] = "Thứ hạng"
        #expect(PageKeyEncoder.key(changed, salt: Self.salt, table: known) != PageKeyEncoder.key(Self.model, salt: Self.salt, table: known))
    }

    @Test func everyFieldCounts() {
        var changes: [Model] = []
        var m = Self.model; m.items[0].name = "Ân"; changes.append(m)
        m = Self.model; m.flag = false; changes.append(m)
        m = Self.model; m.t["rank"] = "Thứ hạng"; changes.append(m)
        m = Self.model; m.items.append(Item(name: "", note: nil)); changes.append(m)
        // The item's note and the page's: the same text, one level apart.
        m = Self.model; m.items[0].note = "x"; m.note = nil; changes.append(m)
        let keys = [Self.key(Self.model)] + changes.map(Self.key)
        #expect(Set(keys).count == keys.count)
        #expect(PageKeyEncoder.key(Self.model, salt: PageKey(texts: ["thidua", "embed-unit"])) != Self.key(Self.model))
    }
}
