/// The kinds of the values inside page models: text, truth values,
/// numbers, lists and string tables. Each prints, tests and transforms as
/// swift-mustache did (which rendered the theme first): text prints as is,
/// even empty text opens a section; `true` opens a section without
/// entering it; a list repeats its section per item and an empty one opens
/// the inverted section; a number prints its digits.
final class StringKind: TemplateKind, @unchecked Sendable {
    override var typeName: String { "String" }

    override func interpolation(escaped: Bool) -> MustacheUse {
        escaped ? { pointer, run in run.out.appendEscaped(pointer.assumingMemoryBound(to: String.self).pointee) }
            : { pointer, run in run.out.append(pointer.assumingMemoryBound(to: String.self).pointee) }
    }

    override func transform(_ name: String) -> TemplateField? {
        switch name {
        case "empty": Self.computed(String.self) { $0.isEmpty }
        case "capitalized": Self.computed(String.self) { $0.capitalized }
        case "lowercased": Self.computed(String.self) { $0.lowercased() }
        case "uppercased": Self.computed(String.self) { $0.uppercased() }
        case "reversed": Self.computed(String.self) { String($0.reversed()) }
        default: nil
        }
    }
}

extension String: TemplateValue {
    static var templateKind: TemplateKind { TemplateKinds.kind(Self.self) { StringKind() } }
}

final class BoolKind: TemplateKind, @unchecked Sendable {
    override var typeName: String { "Bool" }

    override func interpolation(escaped: Bool) -> MustacheUse {
        { pointer, run in run.out.append(pointer.load(as: Bool.self) ? "true" : "false") }
    }

    override func section(_ body: (TemplateKind?) -> MustacheStep) -> MustacheUse {
        let render = body(nil)
        return { pointer, run in if pointer.load(as: Bool.self) { render(&run) } }
    }

    override func invertedSection(_ body: (TemplateKind?) -> MustacheStep) -> MustacheUse {
        let render = body(nil)
        return { pointer, run in if !pointer.load(as: Bool.self) { render(&run) } }
    }
}

extension Bool: TemplateValue {
    static var templateKind: TemplateKind { TemplateKinds.kind(Self.self) { BoolKind() } }
}

/// Numbers print as Swift prints them (`6`, `1.5`).
final class NumberKind<Number: TemplateValue & CustomStringConvertible>: TemplateKind, @unchecked Sendable {
    override var typeName: String { "\(Number.self)" }

    override func interpolation(escaped: Bool) -> MustacheUse {
        { pointer, run in run.out.append(pointer.assumingMemoryBound(to: Number.self).pointee.description) }
    }

    override func transform(_ name: String) -> TemplateField? {
        guard Number.self == Int.self else { return nil }
        switch name {
        case "equalzero": return Self.computed(Int.self) { $0 == 0 }
        case "plusone": return Self.computed(Int.self) { $0 + 1 }
        case "minusone": return Self.computed(Int.self) { $0 - 1 }
        case "even": return Self.computed(Int.self) { $0 & 1 == 0 }
        case "odd": return Self.computed(Int.self) { $0 & 1 == 1 }
        default: return nil
        }
    }
}

extension Int: TemplateValue {
    static var templateKind: TemplateKind { TemplateKinds.kind(Self.self) { NumberKind<Int>() } }
}

extension Double: TemplateValue {
    static var templateKind: TemplateKind { TemplateKinds.kind(Self.self) { NumberKind<Double>() } }
}

final class ArrayKind<Element: TemplateValue>: TemplateKind, @unchecked Sendable {
    override var typeName: String { "Array<\(Element.templateKind.typeName)>" }

    override func interpolation(escaped: Bool) -> MustacheUse {
        { pointer, run in
            let text = String(describing: pointer.assumingMemoryBound(to: [Element].self).pointee)
            escaped ? run.out.appendEscaped(text) : run.out.append(text)
        }
    }

    override func section(_ body: (TemplateKind?) -> MustacheStep) -> MustacheUse {
        let item = Element.templateKind.section(body)
        return { pointer, run in
            pointer.assumingMemoryBound(to: [Element].self).pointee.withUnsafeBufferPointer { items in
                for i in items.indices { item(UnsafeRawPointer(items.baseAddress! + i), &run) }
            }
        }
    }

    override func invertedSection(_ body: (TemplateKind?) -> MustacheStep) -> MustacheUse {
        let render = body(self)
        return { pointer, run in
            guard pointer.assumingMemoryBound(to: [Element].self).pointee.isEmpty else { return }
            run.frames.append(pointer)
            render(&run)
            run.frames.removeLast()
        }
    }

    override func transform(_ name: String) -> TemplateField? {
        switch name {
        case "empty": Self.computed([Element].self) { $0.isEmpty }
        case "count": Self.computed([Element].self) { $0.count }
        case "first": Self.computed([Element].self) { $0.first }
        case "last": Self.computed([Element].self) { $0.last }
        case "reversed": Self.computed([Element].self) { Array($0.reversed()) }
        default: nil
        }
    }
}

extension Array: TemplateValue where Element: TemplateValue {
    static var templateKind: TemplateKind { TemplateKinds.kind(Self.self) { ArrayKind<Element>() } }
}

/// A string table such as the UI strings `t`: its entries are found when
/// the page renders (most are filled into the templates beforehand, see
/// `TemplateLibrary.fillingUIStrings`).
final class TableKind<Value: TemplateValue>: TemplateKind, @unchecked Sendable {
    override var typeName: String { "Dictionary<String, \(Value.templateKind.typeName)>" }

    override func field(named name: String) -> TemplateField? {
        TemplateKinds.field(Value.self, access: TemplateAccess(step: .read { base, run, body in
            guard let value = base.assumingMemoryBound(to: [String: Value].self).pointee[name] else { return false }
            return withUnsafePointer(to: value) { body(UnsafeRawPointer($0), &run) }
        }))
    }

    override func interpolation(escaped: Bool) -> MustacheUse {
        { pointer, run in
            let text = String(describing: pointer.assumingMemoryBound(to: [String: Value].self).pointee)
            escaped ? run.out.appendEscaped(text) : run.out.append(text)
        }
    }

    override func transform(_ name: String) -> TemplateField? {
        switch name {
        case "empty": Self.computed([String: Value].self) { $0.isEmpty }
        case "count": Self.computed([String: Value].self) { $0.count }
        default: nil
        }
    }
}

extension Dictionary: TemplateValue where Key == String, Value: TemplateValue {
    static var templateKind: TemplateKind { TemplateKinds.kind(Self.self) { TableKind<Value>() } }
}

/// What tests read of a list's kind without knowing its type.
protocol ArrayKindProbe {
    var elementKind: TemplateKind { get }
}

extension ArrayKind: ArrayKindProbe {
    var elementKind: TemplateKind { Element.templateKind }
}
