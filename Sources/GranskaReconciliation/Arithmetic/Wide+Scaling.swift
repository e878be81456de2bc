extension Wide {
    /// The product `self·k`, for `k ≥ 0`.
    ///
    /// Exact while the result stays below 2¹²⁷ in magnitude, which holds for every value the
    /// reconciliation forms (a sum of `Int64` amounts times a count or a factor like 1 000).
    func times(_ k: Int64) -> Wide {
        precondition(k >= 0, "Wide.times needs a non-negative factor")
        let lowProduct = low.multipliedFullWidth(by: UInt64(k))
        return Wide(high: high &* k &+ Int64(bitPattern: lowProduct.high), low: lowProduct.low)
    }

    /// The sum of `values`, exactly.
    ///
    /// - Complexity: O(n).
    static func sum<S: Sequence>(_ values: S) -> Wide where S.Element == Int64 {
        var total = Wide.zero
        for v in values { total = total + Wide(v) }
        return total
    }
}
