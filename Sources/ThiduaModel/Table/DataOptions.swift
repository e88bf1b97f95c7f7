/// How the campaign's data files are read: front-matter key `data`.
///
/// ```yaml
/// data:
///   sheet: "Tổng hợp"          # Excel: the sheet to read (default: the first visible one)
///   header_row: 4              # the row (CSV line) of the column names (default: found)
///   name_column: "Tên đơn vị"  # a column of unit names, when there is no `unit` column
///   name_prefixes: ["UBND huyện", "Ủy ban nhân dân huyện"]  # taken off names before comparing
/// ```
struct DataOptions: Sendable {
    var sheet: String?
    var headerRow: Int?
    var nameColumn: String?
    var namePrefixes: [String] = []

    /// Headers accepted for the unit-id column.
    static let unitColumns = ["unit", "id"]
    /// Headers accepted for a column of unit names, unless `name_column` is given.
    static let nameColumns = ["name", "tên đơn vị", "đơn vị"]

    var nameColumns: [String] { nameColumn.map { [$0] } ?? Self.nameColumns }

    static func read(_ root: YAMLNode, log: inout DiagnosticLog) -> DataOptions {
        var options = DataOptions()
        guard let node = root["data"], !node.isNull else { return options }
        guard node.pairs != nil else {
            log.error(node.location,
                .dataNotMap)
            return options
        }
        node.warnUnknownKeys(["sheet", "header_row", "name_column", "name_prefixes"], context: Message(.ctxNamed, ["name": "data"]), log: &log)
        options.sheet = node.string("sheet", log: &log)
        if let rowNode = node["header_row"], !rowNode.isNull {
            if let text = rowNode.scalar, let row = Int(text.trimmingCharacters(in: .whitespaces)), row >= 1 {
                options.headerRow = row
            } else {
                log.error(rowNode.location, .headerRowInvalid)
            }
        }
        options.nameColumn = node.string("name_column", log: &log)
        for item in node.list("name_prefixes", log: &log) ?? [] {
            if let text = item.scalar, !text.trimmingCharacters(in: .whitespaces).isEmpty {
                options.namePrefixes.append(text)
            } else {
                log.error(item.location, .namePrefixNotText)
            }
        }
        return options
    }
}
