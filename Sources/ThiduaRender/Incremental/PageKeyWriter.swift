import Foundation

/// Writes a page model as a byte stream to hash into a `PageKey`, walking
/// the same field tables the compiled templates read (`ModelKind`): every
/// stored field, at its offset, in declaration order; no field names, no
/// casts, no `Encodable` containers. The walk is fixed by the model's type,
/// so the stream names the model's tree exactly as long as every value
/// whose length varies says it first: a text its byte count, a list its
/// item count, an optional whether it is there.
///
/// Computed template fields are not written: they are functions of the
/// stored ones. A stored field of a type the renderer cannot show (a test
/// keeps there being none) is written as `String(reflecting:)`, so that
/// its changes still change the key.
///
/// Dictionaries are written sorted by key, or as the digest of `UITable`
/// when they are that table (every page holds the build's UI strings:
/// sorting them for each of 10,000 pages would cost more than the rest).
package enum PageKeyWriter {
    /// The key of `model` with `salt` (the template's and the build's identity).
    static func key<Model: TemplateModel>(_ model: Model, salt: PageKey, plans: KeyPlans) -> PageKey {
        let sink = KeySink(table: plans.table)
        sink.word(salt.high)
        sink.word(salt.low)
        let write = plans.writer(for: Model.self)
        withUnsafePointer(to: model) { write(UnsafeRawPointer($0), sink) }
        return sink.bytes.withUnsafeBytes { PageKey(bytes: $0) }
    }
}

/// A table of texts every page has (the UI strings), with its digest:
/// each key and its text, sorted by key.
package struct UITable: Sendable {
    let table: [String: String]
    let digest: PageKey

    package init(_ table: [String: String]) {
        self.table = table
        digest = PageKey(texts: table.keys.sorted().flatMap { [$0, table[$0]!] })
    }
}

/// Writes the value at a pointer into a key's bytes.
typealias KeyWriter = (UnsafeRawPointer, KeySink) -> Void

/// The bytes of one model as `PageKeyWriter` writes them.
final class KeySink {
    var bytes: [UInt8] = []
    let table: UITable?

    init(table: UITable?) {
        self.table = table
        bytes.reserveCapacity(16_384)
    }

    func byte(_ value: UInt8) { bytes.append(value) }

    func word(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes += $0 }
    }

    func text(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            word(UInt64(utf8.count))
            bytes += utf8
        }
    }
}

/// The key writers of a build's page model types, made once before any
/// page is keyed (one writer per type, shared by every field of that type;
/// a type that contains itself is reached through its box), then only read,
/// from any core.
final class KeyPlans: @unchecked Sendable {
    /// A writer that exists before it is made, for types met again inside themselves.
    private final class Box {
        var write: KeyWriter = { _, _ in }
        var made = false
    }

    let table: UITable?
    private var boxes: [ObjectIdentifier: Box] = [:]
    private var roots: [ObjectIdentifier: KeyWriter] = [:]

    /// Plans for `models` (and every type inside them).
    init(_ models: [any TemplateModel.Type], table: UITable?) {
        self.table = table
        for model in models { roots[ObjectIdentifier(model)] = writer(for: model.templateKind) }
    }

    /// The writer of a planned model type.
    func writer<Model: TemplateModel>(for _: Model.Type) -> KeyWriter {
        guard let write = roots[ObjectIdentifier(Model.self)] else {
            preconditionFailure("\(Model.self) is not a planned page model")
        }
        return write
    }

    /// The writer of values of `kind`, made on first use (only while planning).
    func writer(for kind: TemplateKind) -> KeyWriter {
        let id = ObjectIdentifier(kind)
        if let box = boxes[id] {
            // Still being made: a type met inside itself calls it through the box.
            return box.made ? box.write : { box.write($0, $1) }
        }
        let box = Box()
        boxes[id] = box
        guard let writable = kind as? KeyWritable else {
            preconditionFailure("\(kind.typeName) has no page key writer")
        }
        box.write = writable.keyWriter(self)
        box.made = true
        return box.write
    }
}

/// A kind of template value that can write its values into a page key.
protocol KeyWritable {
    func keyWriter(_ plans: KeyPlans) -> KeyWriter
}

extension StringKind: KeyWritable {
    func keyWriter(_ plans: KeyPlans) -> KeyWriter {
        { pointer, sink in sink.text(pointer.assumingMemoryBound(to: String.self).pointee) }
    }
}

extension BoolKind: KeyWritable {
    func keyWriter(_ plans: KeyPlans) -> KeyWriter {
        { pointer, sink in sink.byte(pointer.load(as: Bool.self) ? 1 : 0) }
    }
}

extension NumberKind: KeyWritable {
    func keyWriter(_ plans: KeyPlans) -> KeyWriter {
        if Number.self == Int.self {
            return { pointer, sink in sink.word(UInt64(bitPattern: Int64(pointer.load(as: Int.self)))) }
        }
        if Number.self == Double.self {
            return { pointer, sink in sink.word(pointer.load(as: Double.self).bitPattern) }
        }
        return { pointer, sink in sink.text(pointer.assumingMemoryBound(to: Number.self).pointee.description) }
    }
}

extension WrappedKind: KeyWritable {
    func keyWriter(_ plans: KeyPlans) -> KeyWriter {
        // The payload of a Swift Optional is at offset 0 (see `TemplateAccess`).
        let wrapped = plans.writer(for: self.wrapped), isNone = self.isNone
        return { pointer, sink in
            if isNone(pointer) {
                sink.byte(0)
            } else {
                sink.byte(1)
                wrapped(pointer, sink)
            }
        }
    }
}

extension ArrayKind: KeyWritable {
    func keyWriter(_ plans: KeyPlans) -> KeyWriter {
        let item = plans.writer(for: Element.templateKind)
        return { pointer, sink in
            pointer.assumingMemoryBound(to: [Element].self).pointee.withUnsafeBufferPointer { items in
                sink.word(UInt64(items.count))
                for i in items.indices { item(UnsafeRawPointer(items.baseAddress! + i), sink) }
            }
        }
    }
}

extension TableKind: KeyWritable {
    func keyWriter(_ plans: KeyPlans) -> KeyWriter {
        let value = plans.writer(for: Value.templateKind)
        let sorted: KeyWriter = { pointer, sink in
            let table = pointer.assumingMemoryBound(to: [String: Value].self).pointee
            sink.byte(0)
            sink.word(UInt64(table.count))
            for key in table.keys.sorted() {
                sink.text(key)
                withUnsafePointer(to: table[key]!) { value(UnsafeRawPointer($0), sink) }
            }
        }
        guard Value.self == String.self else { return sorted }
        // A table of texts may be the UI strings, written as their digest.
        return { pointer, sink in
            guard let known = sink.table, known.table == pointer.assumingMemoryBound(to: [String: String].self).pointee else {
                return sorted(pointer, sink)
            }
            sink.byte(1)
            sink.word(known.digest.high)
            sink.word(known.digest.low)
        }
    }
}

extension ModelKind: KeyWritable {
    func keyWriter(_ plans: KeyPlans) -> KeyWriter {
        let fields = stored.map { field -> KeyWriter in
            guard let type = field.type, let access = field.access else {
                let keyPath = field.keyPath
                return { pointer, sink in
                    sink.text(String(reflecting: pointer.assumingMemoryBound(to: Model.self).pointee[keyPath: keyPath]))
                }
            }
            let write = plans.writer(for: type.templateKind)
            switch access.step {
            case .offset(let offset):
                return { pointer, sink in write(pointer + offset, sink) }
            case .read:
                return Self.reading(field.keyPath, type, write)
            }
        }
        return { pointer, sink in
            for field in fields { field(pointer, sink) }
        }
    }

    /// A stored field the layout gives no offset for, read through its key path.
    private static func reading<V: TemplateValue>(_ keyPath: PartialKeyPath<Model>, _: V.Type,
                                                  _ write: @escaping KeyWriter) -> KeyWriter {
        let typed = keyPath as! KeyPath<Model, V>
        return { pointer, sink in
            withUnsafePointer(to: pointer.assumingMemoryBound(to: Model.self).pointee[keyPath: typed]) {
                write(UnsafeRawPointer($0), sink)
            }
        }
    }
}

extension DynamicKind: KeyWritable {
    func keyWriter(_ plans: KeyPlans) -> KeyWriter {
        { pointer, sink in Self.write(pointer.assumingMemoryBound(to: MustacheData.self).pointee, sink) }
    }

    private static func write(_ data: MustacheData, _ sink: KeySink) {
        switch data {
        case .null: sink.byte(0)
        case .bool(let bool): sink.byte(bool ? 2 : 1)
        case .number(let number): sink.byte(3); sink.word(number.bitPattern)
        case .string(let text): sink.byte(4); sink.text(text)
        case .array(let items):
            sink.byte(5)
            sink.word(UInt64(items.count))
            for item in items { write(item, sink) }
        case .object(let fields):
            sink.byte(6)
            sink.word(UInt64(fields.count))
            for key in fields.keys.sorted() {
                sink.text(key)
                write(fields[key]!, sink)
            }
        }
    }
}
