/// A value whose shape is known only when the page renders: the data of the
/// Mustache specification's tests (JSON), and any model in tests that
/// compare the compiled typed path with it.
indirect enum MustacheData: TemplateValue, Decodable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([MustacheData])
    case object([String: MustacheData])

    static var templateKind: TemplateKind { TemplateKinds.kind(Self.self) { DynamicKind() } }

    init(from decoder: Decoder) throws {
        let value = try decoder.singleValueContainer()
        if value.decodeNil() { self = .null } else if let bool = try? value.decode(Bool.self) { self = .bool(bool) } else if let number = try? value.decode(Double.self) { self = .number(number) } else if let string = try? value.decode(String.self) { self = .string(string) } else if let array = try? value.decode([MustacheData].self) { self = .array(array) } else {
            self = .object(try value.decode([String: MustacheData].self))
        }
    }

    /// As printed: whole numbers without a decimal point.
    var text: String {
        switch self {
        case .null: ""
        case .bool(let bool): bool ? "true" : "false"
        case .number(let number): number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
        case .string(let string): string
        case .array, .object: String(describing: self)
        }
    }
}

/// `MustacheData`'s kind: every name may be there, and what a value does
/// in a section is decided when the page renders. `null` is found (the
/// name does not climb) but prints nothing and opens no section.
final class DynamicKind: TemplateKind, @unchecked Sendable {
    override var typeName: String { "MustacheData" }

    private static func data(_ pointer: UnsafeRawPointer) -> MustacheData {
        pointer.assumingMemoryBound(to: MustacheData.self).pointee
    }

    override func field(named name: String) -> TemplateField? {
        TemplateField(access: TemplateAccess(step: .read { base, run, body in
            guard case .object(let fields) = Self.data(base), let value = fields[name] else { return false }
            return withUnsafePointer(to: value) { body(UnsafeRawPointer($0), &run) }
        }), kind: self)
    }

    override func interpolation(escaped: Bool) -> MustacheUse {
        { pointer, run in
            let text = Self.data(pointer).text
            escaped ? run.out.appendEscaped(text) : run.out.append(text)
        }
    }

    override func section(_ body: (TemplateKind?) -> MustacheStep) -> MustacheUse {
        let entered = body(self), plain = body(nil)
        return { pointer, run in
            switch Self.data(pointer) {
            case .null: return
            case .bool(let bool): if bool { plain(&run) }
            case .array(let items):
                items.withUnsafeBufferPointer { items in
                    for i in items.indices {
                        run.frames.append(UnsafeRawPointer(items.baseAddress! + i))
                        entered(&run)
                        run.frames.removeLast()
                    }
                }
            default:
                run.frames.append(pointer)
                entered(&run)
                run.frames.removeLast()
            }
        }
    }

    override func invertedSection(_ body: (TemplateKind?) -> MustacheStep) -> MustacheUse {
        let plain = body(nil)
        return { pointer, run in
            switch Self.data(pointer) {
            case .null, .bool(false): plain(&run)
            case .array(let items) where items.isEmpty: plain(&run)
            default: return
            }
        }
    }

    override func transform(_ name: String) -> TemplateField? {
        let apply: (MustacheData) -> MustacheData?
        switch name {
        case "empty":
            apply = {
                switch $0 {
                case .array(let items): .bool(items.isEmpty)
                case .string(let text): .bool(text.isEmpty)
                case .object(let fields): .bool(fields.isEmpty)
                default: nil
                }
            }
        case "count":
            apply = {
                switch $0 {
                case .array(let items): .number(Double(items.count))
                case .object(let fields): .number(Double(fields.count))
                default: nil
                }
            }
        default:
            return nil
        }
        return TemplateField(access: TemplateAccess(step: .read { base, run, body in
            guard let result = apply(Self.data(base)) else { return false }
            return withUnsafePointer(to: result) { body(UnsafeRawPointer($0), &run) }
        }), kind: self)
    }
}
