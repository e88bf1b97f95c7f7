import Foundation

/// One rendering in progress: the output, and the values the open
/// sections stand in, innermost last. A value is reached through a pointer
/// that stays valid while its section renders, so that nothing is copied,
/// retained or cast per field.
struct MustacheRun {
    var out: MustacheOutput
    var frames: [UnsafeRawPointer] = []

    init(capacity: Int) {
        out = MustacheOutput(capacity: capacity)
        frames.reserveCapacity(16)
    }
}

/// Renders from the value at a pointer.
typealias MustacheUse = (UnsafeRawPointer, inout MustacheRun) -> Void
/// A compiled piece of template.
typealias MustacheStep = (inout MustacheRun) -> Void

/// How to reach a field from a pointer to the value holding it: at a
/// stored offset (no call at all), or through a function for computed
/// fields and dictionary entries. `isNone` turns an Optional that is nil
/// into "not found" (the payload of a Swift Optional is at offset 0, so a
/// pointer to a non-nil Optional is a pointer to its value).
struct TemplateAccess: @unchecked Sendable {
    enum Step {
        case offset(Int)
        /// Calls the body with the value's pointer; false when there is none.
        case read((UnsafeRawPointer, inout MustacheRun, (UnsafeRawPointer, inout MustacheRun) -> Bool) -> Bool)
    }
    var step: Step
    var isNone: ((UnsafeRawPointer) -> Bool)?

    /// Calls `body` with the field's pointer; false (and no call) when the field is missing or nil.
    @inline(__always)
    func with(_ base: UnsafeRawPointer, _ run: inout MustacheRun, _ body: (UnsafeRawPointer, inout MustacheRun) -> Void) -> Bool {
        switch step {
        case .offset(let offset):
            let pointer = base + offset
            if let isNone, isNone(pointer) { return false }
            body(pointer, &run)
            return true
        case .read(let read):
            return read(base, &run) { pointer, run in
                if let isNone, isNone(pointer) { return false }
                body(pointer, &run)
                return true
            }
        }
    }
}

extension TemplateAccess {
    /// `next` from the value this access reaches.
    func then(_ next: TemplateAccess) -> TemplateAccess {
        if case .offset(let a) = step, isNone == nil, case .offset(let b) = next.step {
            return TemplateAccess(step: .offset(a + b), isNone: next.isNone)
        }
        let first = self
        return TemplateAccess(step: .read { base, run, body in
            var found = false
            _ = first.with(base, &run) { pointer, run in
                found = next.with(pointer, &run) { pointer, run in _ = body(pointer, &run) }
            }
            return found
        })
    }
}

/// A field as the compiler sees it: how to reach it, and what it holds.
struct TemplateField {
    var access: TemplateAccess
    var kind: TemplateKind
}

/// What the renderer knows of one Swift type: how to print it, how a
/// section over it behaves, its fields and transforms. Built once per type
/// (see `TemplateValue`), used while templates are compiled; the compiled
/// template keeps only the closures it returns.
class TemplateKind: @unchecked Sendable {
    /// The Swift type, for messages and tests.
    var typeName: String { "?" }

    /// The field `name`; nil if the type has none (the name then climbs to outer sections).
    func field(named name: String) -> TemplateField? { nil }

    /// `{{name}}` / `{{{name}}}`.
    func interpolation(escaped: Bool) -> MustacheUse { { _, _ in } }

    /// `{{#name}}`: `body` compiles the section's text for the value it
    /// pushes (nil: the section pushes nothing, as for a Bool).
    func section(_ body: (TemplateKind?) -> MustacheStep) -> MustacheUse {
        let render = body(self)
        return { pointer, run in
            run.frames.append(pointer)
            render(&run)
            run.frames.removeLast()
        }
    }

    /// `{{^name}}` for a value that is there: nothing, unless it is false or empty.
    func invertedSection(_ body: (TemplateKind?) -> MustacheStep) -> MustacheUse { { _, _ in } }

    /// `transform(name)`: the transformed value; nil when the type has no such transform.
    func transform(_ name: String) -> TemplateField? { nil }

    /// A transform computing a value of another type.
    static func computed<Value, Result: TemplateValue>(_: Value.Type, _ get: @escaping (Value) -> Result) -> TemplateField {
        TemplateKinds.field(Result.self, access: TemplateAccess(step: .read { base, run, body in
            let result = get(base.assumingMemoryBound(to: Value.self).pointee)
            return withUnsafePointer(to: result) { body(UnsafeRawPointer($0), &run) }
        }))
    }
}

/// A type the templates can show. Models conform through `TemplateModel`;
/// text, truth values, numbers, lists, optionals and string tables here.
protocol TemplateValue {
    /// What the renderer knows of the type (built once, then shared).
    static var templateKind: TemplateKind { get }
}

/// The kinds built so far, one per type.
enum TemplateKinds {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var kinds: [ObjectIdentifier: TemplateKind] = [:]

    static func kind(_ type: Any.Type, _ make: () -> TemplateKind) -> TemplateKind {
        lock.lock()
        defer { lock.unlock() }
        if let kind = kinds[ObjectIdentifier(type)] { return kind }
        let kind = make()
        kinds[ObjectIdentifier(type)] = kind
        return kind
    }

    /// A field holding a `V` reached through `access`, looking through Optionals.
    static func field<V: TemplateValue>(_: V.Type, access: TemplateAccess) -> TemplateField {
        var field = TemplateField(access: access, kind: V.templateKind)
        while let optional = field.kind as? OptionalKind {
            let outer = field.access.isNone, inner = optional.isNone
            field.access.isNone = outer.map { outer in { outer($0) || inner($0) } } ?? inner
            field.kind = optional.wrapped
        }
        return field
    }
}

/// Optional values: looked through when a field is reached (a nil field is
/// not found, and the name climbs to outer sections).
class OptionalKind: TemplateKind, @unchecked Sendable {
    var wrapped: TemplateKind { fatalError("abstract") }
    var isNone: (UnsafeRawPointer) -> Bool { fatalError("abstract") }
}

final class WrappedKind<Wrapped: TemplateValue>: OptionalKind, @unchecked Sendable {
    override var typeName: String { "Optional<\(Wrapped.templateKind.typeName)>" }
    override var wrapped: TemplateKind { Wrapped.templateKind }
    override var isNone: (UnsafeRawPointer) -> Bool { { $0.assumingMemoryBound(to: Wrapped?.self).pointee == nil } }
    // An Optional met as a section's value itself (a list of optionals).
    override func interpolation(escaped: Bool) -> MustacheUse {
        let inner = wrapped.interpolation(escaped: escaped), isNone = isNone
        return { pointer, run in if !isNone(pointer) { inner(pointer, &run) } }
    }
    override func section(_ body: (TemplateKind?) -> MustacheStep) -> MustacheUse {
        let inner = wrapped.section(body), isNone = isNone
        return { pointer, run in if !isNone(pointer) { inner(pointer, &run) } }
    }
    override func invertedSection(_ body: (TemplateKind?) -> MustacheStep) -> MustacheUse {
        let inner = wrapped.invertedSection(body), isNone = isNone, absent = body(nil)
        return { pointer, run in if isNone(pointer) { absent(&run) } else { inner(pointer, &run) } }
    }
}

extension Optional: TemplateValue where Wrapped: TemplateValue {
    static var templateKind: TemplateKind { TemplateKinds.kind(Self.self) { WrappedKind<Wrapped>() } }
}
