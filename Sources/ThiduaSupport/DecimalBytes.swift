extension Array where Element == UInt8 {
    /// Appends `n` in decimal, as `String(n)` spells it, without making a
    /// string: the SVG and CSV writers append millions of numbers.
    package mutating func appendDecimal(_ n: Int) {
        if n < 0 { append(UInt8(ascii: "-")) }
        var magnitude = n.magnitude
        // Right to left on the stack (20 digits hold any Int), then appended
        // in order: reversing the appended slice in place copied it.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var start = digits.count
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }
}
