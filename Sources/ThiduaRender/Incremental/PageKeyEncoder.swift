import Foundation

/// Writes a page model (its synthesized `Encodable` conformance) as a byte
/// stream to hash into a `PageKey`: every value tagged with its kind and
/// its depth in the model, every text with its length, every field with
/// its name. The depths make the stream name the model's tree exactly: a
/// list's last item and the field after the list cannot be mistaken for
/// each other, nor an absent optional field for a present one.
///
/// Dictionaries encode in an order that differs from run to run; the only
/// one the page models hold, `[String: String]` (the UI strings `t`), is
/// written sorted by key, or as the digest of `UITable` when it is that
/// table (every page has the build's UI strings: sorting them for each of
/// 10,000 pages cost more than the rest of the key). A model with another
/// kind of dictionary would get keys that differ between runs (a full
/// render, never a wrong page).
package enum PageKeyEncoder {
    /// The key of `model` with `salt` (the template's and the build's identity).
    package static func key<Model: Encodable>(_ model: Model, salt: PageKey, table: UITable? = nil) -> PageKey {
        let sink = KeySink(table: table)
        sink.word(salt.high)
        sink.word(salt.low)
        // The encoder throws nothing itself; a model's own encode(to:) could only by mistake.
        (try? model.encode(to: KeyEncoder(sink: sink, depth: 0))) ?? sink.tag(.failed, depth: 0)
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

/// The bytes of one model as `PageKeyEncoder` writes them.
final class KeySink {
    enum Tag: UInt8 {
        case keyed = 1, unkeyed, single, field, null, bool, integer, float, text, failed, table
    }

    var bytes: [UInt8] = []
    let table: UITable?

    init(table: UITable?) {
        self.table = table
        bytes.reserveCapacity(16_384)
    }

    func tag(_ tag: Tag, depth: Int) {
        bytes.append(tag.rawValue)
        bytes.append(UInt8(truncatingIfNeeded: depth))
    }

    func word(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes += $0 }
    }

    func text(_ text: String, depth: Int, tag: Tag = .text) {
        self.tag(tag, depth: depth)
        var text = text
        text.withUTF8 { utf8 in
            word(UInt64(utf8.count))
            bytes += utf8
        }
    }

    func integer<T: FixedWidthInteger>(_ value: T, depth: Int) {
        tag(.integer, depth: depth)
        word(UInt64(truncatingIfNeeded: Int64(truncatingIfNeeded: value)))
    }

    func bool(_ value: Bool, depth: Int) {
        tag(.bool, depth: depth)
        bytes.append(value ? 1 : 0)
    }

    func float(_ value: Double, depth: Int) {
        tag(.float, depth: depth)
        word(value.bitPattern)
    }

    /// Any value: primitives written, the UI strings sorted, the rest through their `Encodable`.
    func value<T: Encodable>(_ value: T, depth: Int) throws {
        // Metatypes compared, not values cast: a cast that fails costs as much as one that succeeds.
        if T.self == String.self {
            text(value as! String, depth: depth)
        } else if T.self == [String: String].self {
            let table = value as! [String: String]
            if let known = self.table, known.table == table {
                tag(.table, depth: depth)
                word(known.digest.high)
                word(known.digest.low)
                return
            }
            tag(.keyed, depth: depth)
            for key in table.keys.sorted() {
                text(key, depth: depth, tag: .field)
                text(table[key]!, depth: depth + 1)
            }
        } else {
            try value.encode(to: KeyEncoder(sink: self, depth: depth))
        }
    }
}

/// The `Encoder` over a `KeySink` at one depth of the model.
struct KeyEncoder: Encoder {
    let sink: KeySink
    let depth: Int
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        sink.tag(.keyed, depth: depth)
        return KeyedEncodingContainer(KeyedKeys<Key>(sink: sink, depth: depth))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        sink.tag(.unkeyed, depth: depth)
        return UnkeyedKeys(sink: sink, depth: depth)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleKey(sink: sink, depth: depth)
    }
}

/// A struct's fields: each field's name, then its value one level deeper.
struct KeyedKeys<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let sink: KeySink
    let depth: Int
    var codingPath: [any CodingKey] { [] }

    func field(_ key: Key) { sink.text(key.stringValue, depth: depth, tag: .field) }

    mutating func encodeNil(forKey key: Key) throws { field(key); sink.tag(.null, depth: depth + 1) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { field(key); sink.bool(value, depth: depth + 1) }
    mutating func encode(_ value: String, forKey key: Key) throws { field(key); sink.text(value, depth: depth + 1) }
    mutating func encode(_ value: Double, forKey key: Key) throws { field(key); sink.float(value, depth: depth + 1) }
    mutating func encode(_ value: Float, forKey key: Key) throws { field(key); sink.float(Double(value), depth: depth + 1) }
    mutating func encode(_ value: Int, forKey key: Key) throws { field(key); sink.integer(value, depth: depth + 1) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { field(key); sink.integer(value, depth: depth + 1) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { field(key); sink.integer(value, depth: depth + 1) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { field(key); sink.integer(value, depth: depth + 1) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { field(key); sink.integer(value, depth: depth + 1) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { field(key); sink.integer(value, depth: depth + 1) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { field(key); sink.integer(value, depth: depth + 1) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { field(key); sink.integer(value, depth: depth + 1) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { field(key); sink.integer(value, depth: depth + 1) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { field(key); sink.integer(value, depth: depth + 1) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        field(key)
        try sink.value(value, depth: depth + 1)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type,
                                                        forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        field(key)
        return KeyEncoder(sink: sink, depth: depth + 1).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        field(key)
        return KeyEncoder(sink: sink, depth: depth + 1).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { KeyEncoder(sink: sink, depth: depth + 1) }
    mutating func superEncoder(forKey key: Key) -> any Encoder {
        field(key)
        return KeyEncoder(sink: sink, depth: depth + 1)
    }
}

/// A list's items, each one level deeper than the list.
struct UnkeyedKeys: UnkeyedEncodingContainer {
    let sink: KeySink
    let depth: Int
    var codingPath: [any CodingKey] { [] }
    var count = 0

    init(sink: KeySink, depth: Int) {
        self.sink = sink
        self.depth = depth
    }

    mutating func encodeNil() throws { count += 1; sink.tag(.null, depth: depth + 1) }
    mutating func encode(_ value: Bool) throws { count += 1; sink.bool(value, depth: depth + 1) }
    mutating func encode(_ value: String) throws { count += 1; sink.text(value, depth: depth + 1) }
    mutating func encode(_ value: Double) throws { count += 1; sink.float(value, depth: depth + 1) }
    mutating func encode(_ value: Int) throws { count += 1; sink.integer(value, depth: depth + 1) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        count += 1
        try sink.value(value, depth: depth + 1)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        count += 1
        return KeyEncoder(sink: sink, depth: depth + 1).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        count += 1
        return KeyEncoder(sink: sink, depth: depth + 1).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        count += 1
        return KeyEncoder(sink: sink, depth: depth + 1)
    }
}

/// One value where the model has one (an optional's content, a wrapper's value).
struct SingleKey: SingleValueEncodingContainer {
    let sink: KeySink
    let depth: Int
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws { sink.tag(.null, depth: depth) }
    mutating func encode(_ value: Bool) throws { sink.bool(value, depth: depth) }
    mutating func encode(_ value: String) throws { sink.text(value, depth: depth) }
    mutating func encode(_ value: Double) throws { sink.float(value, depth: depth) }
    mutating func encode(_ value: Float) throws { sink.float(Double(value), depth: depth) }
    mutating func encode(_ value: Int) throws { sink.integer(value, depth: depth) }
    mutating func encode(_ value: Int8) throws { sink.integer(value, depth: depth) }
    mutating func encode(_ value: Int16) throws { sink.integer(value, depth: depth) }
    mutating func encode(_ value: Int32) throws { sink.integer(value, depth: depth) }
    mutating func encode(_ value: Int64) throws { sink.integer(value, depth: depth) }
    mutating func encode(_ value: UInt) throws { sink.integer(value, depth: depth) }
    mutating func encode(_ value: UInt8) throws { sink.integer(value, depth: depth) }
    mutating func encode(_ value: UInt16) throws { sink.integer(value, depth: depth) }
    mutating func encode(_ value: UInt32) throws { sink.integer(value, depth: depth) }
    mutating func encode(_ value: UInt64) throws { sink.integer(value, depth: depth) }
    mutating func encode<T: Encodable>(_ value: T) throws { try sink.value(value, depth: depth) }
}
