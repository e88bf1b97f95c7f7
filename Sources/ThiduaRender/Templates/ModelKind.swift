@_spi(Reflection) import Swift

/// A page model (a struct the templates show by field name).
///
/// Its fields come from the compiler's own metadata
/// (`_forEachFieldWithKeyPath`): every stored property, read at its
/// offset. Nothing is written by hand but the computed values the
/// templates also use (`computedTemplateFields`).
protocol TemplateModel: TemplateValue {
    /// Values the templates read that are computed, not stored, by name.
    static var computedTemplateFields: [String: TemplateField] { get }
    /// A field whose own fields the model answers too (names it lacks are looked up there).
    static var templateFieldsForwardedTo: String? { get }
}

extension TemplateModel {
    static var computedTemplateFields: [String: TemplateField] { [:] }
    static var templateFieldsForwardedTo: String? { nil }
    static var templateKind: TemplateKind { TemplateKinds.kind(Self.self) { ModelKind<Self>() } }

    /// A field computed from the model.
    static func computedField<Value: TemplateValue>(_ get: @escaping (Self) -> Value) -> TemplateField {
        TemplateKind.computed(Self.self, get)
    }
}

final class ModelKind<Model: TemplateModel>: TemplateKind, @unchecked Sendable {
    /// A stored property: its name, offset and type.
    struct StoredField {
        var name: String
        var access: TemplateAccess?
        /// nil when the renderer cannot show the type (`unsupportedFields`).
        var type: (any TemplateValue.Type)?
        var typeName: String
        /// For reading the field where there is no offset or no kind (page keys).
        var keyPath: PartialKeyPath<Model>
    }

    let stored: [StoredField]
    private let byName: [String: Int]

    override init() {
        var fields: [StoredField] = []
        _ = _forEachFieldWithKeyPath(of: Model.self) { name, keyPath in
            let valueType = type(of: keyPath).valueType
            let type = valueType as? any TemplateValue.Type
            fields.append(StoredField(name: String(cString: name), access: type.map { Self.access(keyPath, $0) },
                                      type: type, typeName: "\(valueType)", keyPath: keyPath))
            return true
        }
        stored = fields
        byName = Dictionary(fields.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    override var typeName: String { "\(Model.self)" }

    /// The stored properties whose type the renderer cannot show, as `name: Type`.
    /// A test keeps this empty for every page model.
    var unsupportedFields: [String] { stored.filter { $0.type == nil }.map { "\($0.name): \($0.typeName)" } }

    /// Every field the templates can name, with its kind.
    var fields: [(name: String, kind: TemplateKind)] {
        stored.compactMap { field in self.field(named: field.name).map { (field.name, $0.kind) } }
            + Model.computedTemplateFields.keys.sorted().compactMap { name in self.field(named: name).map { (name, $0.kind) } }
    }

    override func field(named name: String) -> TemplateField? {
        if let index = byName[name], let type = stored[index].type, let access = stored[index].access {
            return Self.field(type, access)
        }
        if let computed = Model.computedTemplateFields[name] { return computed }
        guard let forwarded = Model.templateFieldsForwardedTo, forwarded != name,
              let outer = field(named: forwarded), let inner = outer.kind.field(named: name) else { return nil }
        return TemplateField(access: outer.access.then(inner.access), kind: inner.kind)
    }

    private static func field<V: TemplateValue>(_ type: V.Type, _ access: TemplateAccess) -> TemplateField {
        TemplateKinds.field(type, access: access)
    }

    /// At the stored offset; through the key path if the layout has none to give.
    private static func access(_ keyPath: PartialKeyPath<Model>, _ type: any TemplateValue.Type) -> TemplateAccess {
        if let offset = MemoryLayout<Model>.offset(of: keyPath) { return TemplateAccess(step: .offset(offset)) }
        return reading(keyPath, type)
    }

    private static func reading<V: TemplateValue>(_ keyPath: PartialKeyPath<Model>, _: V.Type) -> TemplateAccess {
        let typed = keyPath as! KeyPath<Model, V>
        return TemplateAccess(step: .read { base, run, body in
            let value = base.assumingMemoryBound(to: Model.self).pointee[keyPath: typed]
            return withUnsafePointer(to: value) { body(UnsafeRawPointer($0), &run) }
        })
    }

    override func interpolation(escaped: Bool) -> MustacheUse {
        { pointer, run in
            let text = String(describing: pointer.assumingMemoryBound(to: Model.self).pointee)
            escaped ? run.out.appendEscaped(text) : run.out.append(text)
        }
    }
}

/// What tests read of a model's kind without knowing its type.
protocol ModelKindProbe {
    var probeFields: [(name: String, kind: TemplateKind)] { get }
    var probeUnsupported: [String] { get }
    var probeStoredNames: [String] { get }
}

extension ModelKind: ModelKindProbe {
    var probeFields: [(name: String, kind: TemplateKind)] { fields }
    var probeUnsupported: [String] { unsupportedFields }
    var probeStoredNames: [String] { stored.map(\.name) }
}
