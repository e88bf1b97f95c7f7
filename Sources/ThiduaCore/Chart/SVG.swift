/// Escapes text for SVG/XML content and attribute values.
public func xmlEscape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.count)
    for scalar in text.unicodeScalars {
        switch scalar {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        default:
            // Control characters are not allowed in XML 1.0.
            if scalar.value < 0x20 && scalar != "\n" && scalar != "\t" { continue }
            out.unicodeScalars.append(scalar)
        }
    }
    return out
}

/// Fixed-precision coordinates, so SVG bytes never depend on float printing.
func coordinate(_ value: Double) -> String {
    let rounded = (value * 10).rounded() / 10
    if rounded == rounded.rounded() { return String(Int(rounded)) }
    return String(format1: rounded)
}

private extension String {
    init(format1 value: Double) {
        let tenths = Int((abs(value) * 10).rounded())
        self = (value < 0 ? "-" : "") + "\(tenths / 10).\(tenths % 10)"
    }
}
