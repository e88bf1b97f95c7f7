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

struct KeyTestItem: TemplateModel { var name: String; var note: String?; var count: Int; var share: Double? }
struct KeyTestModel: TemplateModel {
    var items: [KeyTestItem]
    var note: String?
    var flag: Bool
    var t: [String: String]
    var figures: [String: Double]
}

/// A page's key is the same on every run and machine, and differs whenever
/// the model does, in any field at any depth.
struct PageKeyTests {
    typealias Model = KeyTestModel
    typealias Item = KeyTestItem

    static let salt = PageKey(texts: ["thidua", "unit"])

    static func key(_ model: Model, known: UITable? = nil) -> PageKey {
        PageKeyWriter.key(model, salt: salt, plans: KeyPlans([Model.self], table: known))
    }

    static let model = Model(items: [Item(name: "An", note: nil, count: 7, share: 0.5)], note: "x", flag: true,
                             t: ["rank": "Hạng", "score": "Điểm", "unit": "Đơn vị"], figures: ["a": 1, "b": 2])

    @Test func isStable() {
        // A literal: Swift's `Hasher` would give another value on every run.
        #expect(Self.key(Self.model).description == "af804c90bf4e96202fb5b6c149d18e19")
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
        #expect(Self.key(other, known: known) == Self.key(Self.model, known: known))
        var changed = Self.model
        changed.t["rank"] = "Thứ hạng"
        #expect(Self.key(changed, known: known) != Self.key(Self.model, known: known))
        // Written as the digest, not as the texts: a table that is not the known one keys otherwise.
        #expect(Self.key(Self.model, known: known) != Self.key(Self.model))
    }

    @Test func everyFieldCounts() {
        var changes: [Model] = []
        var m = Self.model; m.items[0].name = "Ân"; changes.append(m)
        m = Self.model; m.flag = false; changes.append(m)
        m = Self.model; m.t["rank"] = "Thứ hạng"; changes.append(m)
        m = Self.model; m.items.append(Item(name: "", note: nil, count: 0, share: nil)); changes.append(m)
        // The item's note and the page's: the same text, one level apart.
        m = Self.model; m.items[0].note = "x"; m.note = nil; changes.append(m)
        m = Self.model; m.items[0].count = 8; changes.append(m)
        m = Self.model; m.items[0].share = nil; changes.append(m)
        m = Self.model; m.items[0].share = 0.25; changes.append(m)
        m = Self.model; m.figures["b"] = 3; changes.append(m)
        m = Self.model; m.figures = ["a": 1, "c": 2]; changes.append(m)
        // A text moved from one field to the next: lengths keep the fields apart.
        m = Self.model; m.items[0].name = "A"; m.items[0].note = "n"; changes.append(m)
        m = Self.model; m.items[0].name = "Ann"; changes.append(m)
        m = Self.model; m.items = []; changes.append(m)
        let keys = [Self.key(Self.model)] + changes.map { Self.key($0) }
        #expect(Set(keys).count == keys.count)
        let other = PageKeyWriter.key(Self.model, salt: PageKey(texts: ["thidua", "embed-unit"]), plans: KeyPlans([Model.self], table: nil))
        #expect(other != Self.key(Self.model))
    }

    /// A model whose texts are in several fields (`Model.items`) keys the
    /// same whether the texts were built one way or another: only values count.
    @Test func equalModelsHaveEqualKeys() {
        var copy = Self.model
        copy.items = [Item(name: String("A") + "n", note: nil, count: 7, share: 0.5)]
        copy.figures = ["b": 2, "a": 1]
        #expect(Self.key(copy) == Self.key(Self.model))
    }

    /// Every page model of the theme has a key writer, and a real page
    /// model's key changes with each of its stored fields, inside nested
    /// models, lists and optionals too.
    @Test func everyFieldOfAPageModelCounts() {
        let plans = KeyPlans(PageRenderer.pageModels.map(\.model), table: nil)
        for (_, model) in PageRenderer.pageModels {
            #expect((model.templateKind as? ModelKindProbe)?.probeUnsupported == [], "\(model)")
        }
        let layout = Layout(lang: "vi", siteTitle: "Thi đua", organization: nil, root: "/", pageTitle: "Không tìm thấy",
                            description: "", sample: false, breadcrumbs: [Link(text: "Trang chủ", url: "/")], sections: [],
                            t: ["rank": "Hạng"])
        let page = NotFoundPage(layout: layout)
        func key(_ page: NotFoundPage) -> PageKey { PageKeyWriter.key(page, salt: Self.salt, plans: plans) }
        var changes: [NotFoundPage] = []
        func change(_ edit: (inout Layout) -> Void) {
            var changed = page
            edit(&changed.layout)
            changes.append(changed)
        }
        change { $0.lang = "en" }
        change { $0.siteTitle = "Thi đua 2026" }
        change { $0.organization = "UBND" }
        change { $0.root = "/thidua/" }
        change { $0.pageTitle = "404" }
        change { $0.description = "Trang" }
        change { $0.sample = true }
        change { $0.breadcrumbs[0].url = "/thidua/" }
        change { $0.breadcrumbs.append(Link(text: "", url: "")) }
        change { $0.sections = [Link(text: "Bảng", url: "/")] }
        change { $0.t["rank"] = "Thứ hạng" }
        change { $0.finder = true }
        change {
            $0.share = ShareMeta(title: "", description: "", siteName: "", locale: "vi_VN", url: nil, image: nil, imageAlt: "",
                                 imageWidth: "1200", imageHeight: "630", imageDownload: "", facebook: nil, zalo: nil, feedTitle: "")
        }
        let keys = [key(page)] + changes.map(key)
        #expect(Set(keys).count == keys.count)
        #expect(key(page).description == "8523d0afc29d1196b7bd63b02d7811b2")
    }
}
