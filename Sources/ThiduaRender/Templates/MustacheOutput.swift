/// The bytes of one rendering, as UTF-8.
struct MustacheOutput {
    var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    mutating func appendEscaped(_ text: String) {
        var text = text
        text.withUTF8 { source in
            guard source.contains(where: HTMLEscaping.needsEscape) else {
                bytes.append(contentsOf: source)
                return
            }
            HTMLEscaping.append(source, to: &bytes)
        }
    }

    var text: String { String(decoding: bytes, as: UTF8.self) }
}
