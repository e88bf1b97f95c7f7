extension Array where Element == UInt8 {
    /// Appends `n` in decimal, as `String(n)` spells it, without making a
    /// string: the SVG and CSV writers append millions of numbers.
    package mutating func appendDecimal(_ n: Int) {
        if n < 0 { append(UInt8(ascii: "-")) }
        var magnitude = n.magnitude
        let start = count
        repeat {
            append(UInt8(ascii: "0") + UInt8(magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        self[start...].reverse()
    }
}
