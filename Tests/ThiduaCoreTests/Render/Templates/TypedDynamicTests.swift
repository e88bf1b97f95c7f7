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

/// The compiled typed path renders real page models exactly as the dynamic
/// path (the one the specification's tests run) renders the same models
/// turned into data.
struct TypedDynamicTests {
    @Test func typedAndDynamicRenderingsAreEqual() throws {
        let theme = try CompiledThemeTests.defaultTheme()
        let templates = try TemplateLibrary.load(theme, required: RenderStage.requiredTemplates)
        let renderer = PageRenderer(templates: templates)
        let compiler = MustacheCompiler(templates: templates)
        var rendered = 0
        for model in try CompiledThemeTests.everyPageModel() + [CompiledThemeTests.compactLeaderboard()] {
            let typed = try #require(model as? any TemplateModel)
            for (template, type) in PageRenderer.pageModels where type == Swift.type(of: typed) {
                let step = try #require(compiler.compile(template: template, for: MustacheData.templateKind))
                var run = MustacheRun(capacity: 0)
                withUnsafePointer(to: Self.data(model)) { run.frames.append(UnsafeRawPointer($0)); step(&run) }
                let dynamic = run.out.text
                let compiled = Self.render(typed, template, renderer)
                #expect(compiled == dynamic, "\(template) for \(Swift.type(of: typed))")
                #expect(compiled.count > 150, "\(template)")
                rendered += 1
            }
        }
        #expect(rendered > 20)
    }

    static func render<M: TemplateModel>(_ model: M, _ template: String, _ renderer: PageRenderer) -> String {
        renderer.text(model, template)
    }

    /// A model as data, through `Mirror`: a nil optional is left out (so
    /// that its name climbs), computed values the templates use are added.
    static func data(_ value: Any) -> MustacheData {
        switch value {
        case let text as String: return .string(text)
        case let bool as Bool: return .bool(bool)
        case let int as Int: return .number(Double(int))
        case let table as [String: String]: return .object(table.mapValues { .string($0) })
        default: break
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional?: return mirror.children.first.map { data($0.value) } ?? .null
        case .collection?: return .array(mirror.children.map { data($0.value) })
        default: break
        }
        var fields: [String: MustacheData] = [:]
        if let row = value as? NeighbourRow, case .object(let own) = data(row.row) { fields = own }
        for child in mirror.children {
            guard let label = child.label else { continue }
            let item = data(child.value)
            if item != .null { fields[label] = item }
        }
        if let status = value as? TargetStatus {
            if let css = status.status { fields["status"] = .string(css) }
            fields["mark"] = .string(status.mark)
        }
        if let page = value as? IndicatorPage { fields["columnCount"] = .number(Double(page.columnCount)) }
        return .object(fields)
    }
}
