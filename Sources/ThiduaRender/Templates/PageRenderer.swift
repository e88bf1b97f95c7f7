import Foundation

/// Renders page models through the theme's templates, compiled once per
/// build for each page's model type (any core).
struct PageRenderer: @unchecked Sendable {
    /// Which model each page template shows.
    static let pageModels: [(template: String, model: any TemplateModel.Type)] = [
        ("index", IndexPage.self), ("404", NotFoundPage.self), ("campaign", LeaderboardPage.self),
        ("unit", UnitPage.self), ("indicator", IndicatorPage.self), ("awards", AwardsPage.self),
        ("group", GroupPage.self), ("plan", PlanPage.self), ("period", PeriodPage.self),
        ("embed-campaign", EmbedPage.self), ("embed-unit", EmbedPage.self), ("neighbour-row", NeighbourRow.self),
    ]

    private struct Compiled {
        var model: ObjectIdentifier
        var render: MustacheStep
    }

    private let compiled: [String: Compiled]

    /// Compiles every page template against its model, before any page renders.
    init(templates: [String: [MustacheToken]]) {
        let compiler = MustacheCompiler(templates: templates)
        var compiled: [String: Compiled] = [:]
        for (template, model) in Self.pageModels {
            guard let render = compiler.compile(template: template, for: model.templateKind) else { continue }
            compiled[template] = Compiled(model: ObjectIdentifier(model), render: render)
        }
        self.compiled = compiled
    }

    func text<Model: TemplateModel>(_ model: Model, _ template: String) -> String {
        render(model, template).text
    }

    /// The page's bytes go to its file as they are: every byte came from a
    /// `String` (template text or a model's value), so they are UTF-8 already.
    func page<Model: TemplateModel>(_ model: Model, _ template: String, _ path: String) -> OutputFile {
        OutputFile(path: path, data: Data(render(model, template).bytes))
    }

    private func render<Model: TemplateModel>(_ model: Model, _ template: String) -> MustacheOutput {
        // Every page template is required by the Render stage and listed in `pageModels` (a test checks both).
        guard let compiled = compiled[template] else { preconditionFailure("\(template) is not a compiled page template") }
        precondition(compiled.model == ObjectIdentifier(Model.self), "\(template) is compiled for another model")
        var run = MustacheRun(capacity: 32 * 1024)
        withUnsafePointer(to: model) { pointer in
            run.frames.append(UnsafeRawPointer(pointer))
            compiled.render(&run)
        }
        return run.out
    }

    func neighbourRow(_ row: Row, _ table: TableShape) -> String {
        text(NeighbourRow(row: row, table: table), "neighbour-row")
    }
}
