import PackagePlugin

/// Builds the theme's message catalogues (`themes/default/i18n/messages.*.yml`)
/// into ThiduaSupport, so that a binary that finds no theme (copied away
/// from its checkout or package) still speaks in words, not message keys.
/// The theme's files stay what a webmaster edits, and win when found.
@main
struct EmbedMessages: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let i18n = context.package.directory.appending(["themes", "default", "i18n"])
        let inputs = ["vi", "en"].map { i18n.appending("messages.\($0).yml") }
        let output = context.pluginWorkDirectory.appending("BuiltInMessages.swift")
        return [.buildCommand(displayName: "Embedding the default theme's message catalogues",
                              executable: try context.tool(named: "ThiduaEmbedMessages").path,
                              arguments: [output.string] + inputs.map(\.string),
                              inputFiles: inputs, outputFiles: [output])]
    }
}
