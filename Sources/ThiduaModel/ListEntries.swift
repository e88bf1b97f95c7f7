/// The entries of a list of maps that each have an `id` (`groups:`,
/// `metrics:`, `indicators:`, `awards:`, `plan_figures:`), read the same way
/// everywhere: an item that is not a map, has no `id`, has an id the list
/// does not accept, or repeats an earlier entry's id gets one error and is
/// left out; keys the list does not know get a warning.
struct ListEntries {
    /// The error for an item that is not a map.
    var notAMap: MessageKey
    /// The keys an entry may have.
    var keys: [String]
    /// What the unknown-key warning calls an entry ("nhóm", "chỉ số", …).
    var context: MessageKey
    /// The error for an id an earlier entry has; nil when ids may repeat.
    var usedTwice: MessageKey?

    struct Entry {
        /// The item's place in the list, rejected items included.
        var position: Int
        var id: String
        var node: YAMLNode
        /// Where the id is written, for errors about it.
        var idLocation: SourceLocation
    }

    /// The accepted entries of `items`, in order. `check` gives the error
    /// for an id the list does not accept (nil when it does); it runs
    /// before the check for repeated ids.
    func read(_ items: [YAMLNode], log: inout DiagnosticLog, check: (String) -> Message? = { _ in nil }) -> [Entry] {
        var entries: [Entry] = []
        for (position, item) in items.enumerated() {
            guard item.pairs != nil else {
                log.error(item.location, notAMap)
                continue
            }
            item.warnUnknownKeys(keys, context: Message(context), log: &log)
            guard let id = item.string("id", required: true, log: &log), let idNode = item["id"] else { continue }
            if let problem = check(id) {
                log.error(idNode.location, problem)
                continue
            }
            if let usedTwice, entries.contains(where: { $0.id == id }) {
                log.error(idNode.location, usedTwice, ["id": id])
                continue
            }
            entries.append(Entry(position: position, id: id, node: item, idLocation: idNode.location))
        }
        return entries
    }
}
