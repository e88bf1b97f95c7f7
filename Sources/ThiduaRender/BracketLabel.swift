extension Bracketing {
    /// `< 1.500`, `1.500 – 3.500`, `≥ 3.500` for bracket indices 0, 1, 2 of bounds [1500, 3500].
    public func label(_ index: Int, format: NumberFormat) -> String {
        if index == 0 { return "< " + format.number(bounds[0]) }
        if index >= bounds.count { return "≥ " + format.number(bounds[bounds.count - 1]) }
        return format.number(bounds[index - 1]) + " – " + format.number(bounds[index])
    }
}
