/// Turns a page model into dictionaries and arrays once, before rendering.
///
/// swift-mustache looks every name up through `Mirror` when given structs,
/// walking up the context stack at each tag; with thousands of pages that
/// dominates the build. Dictionaries are looked up by key instead. A nil
/// optional is left out, which renders exactly as the nil property did.
enum TemplateValue {
    static func convert(_ value: Any) -> Any {
        if value is String { return value }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .struct?, .class?:
            var result: [String: Any] = [:]
            for child in mirror.children {
                guard let label = child.label else { continue }
                if let converted = convertOptional(child.value) { result[label] = converted }
            }
            return result
        case .optional?:
            return mirror.children.first.map { convert($0.value) } as Any
        case .collection?:
            return mirror.children.map { convert($0.value) }
        default:
            // Bool, Int, Double, and the [String: String] table of UI strings.
            return value
        }
    }

    /// nil for a nil optional, so the key is left out.
    private static func convertOptional(_ value: Any) -> Any? {
        if value is String { return value }
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional {
            return mirror.children.first.map { convert($0.value) }
        }
        return convert(value)
    }
}
