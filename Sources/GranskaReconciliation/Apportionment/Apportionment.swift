import GranskaCore

/// Proportional apportionment of a whole-krona target by largest remainder (Hamilton's method).
///
/// Each value x_i gets ⌊T·x_i / S⌋ kronor (S = Σ x_i), and the kronor still missing to reach T
/// go one each to the values with the largest remainders. So the result sums to T exactly, each
/// share is within one krona of the exact T·x_i / S (below it by less than one, or above by less
/// than one), a zero stays zero, and values that already sum to T come back unchanged.
///
/// Ties between equal remainders go to the larger value, then to the caller's tie-break key
/// (smaller first), then to the earlier position. Products x·T are formed in 128-bit arithmetic
/// (`multipliedFullWidth`/`dividingFullWidth`), so they cannot overflow.
public enum Apportionment {
    /// Apportions `target` over `values` in proportion; ties of equal values broken by position.
    ///
    /// - Parameters:
    ///   - values: Whole kronor, each ≥ 0.
    ///   - target: Whole kronor, ≥ 0.
    /// - Returns: Whole kronor, one per value, summing to `target`; `nil` when the values sum to 0,
    ///   when a value or the target is negative, or when the values' sum exceeds `Int64`.
    /// - Complexity: O(n log n).
    public static func largestRemainder(_ values: [Kronor], target: Kronor) -> [Kronor]? {
        largestRemainder(values, target: target, tieBreak: Array(values.indices))
    }

    /// Apportions `target` over `values`; ties (equal remainder and equal value) go to the smaller
    /// `tieBreak` key, so the result does not depend on the order of the input when the keys are
    /// distinct: permuting values and keys together permutes the result.
    ///
    /// - Parameters:
    ///   - values: Whole kronor, each ≥ 0.
    ///   - target: Whole kronor, ≥ 0.
    ///   - tieBreak: One key per value (e.g. insats number and file line); position breaks a tie
    ///     of equal keys.
    /// - Returns: As ``largestRemainder(_:target:)``; also `nil` when the key count differs.
    /// - Complexity: O(n log n).
    public static func largestRemainder<Key: Comparable>(
        _ values: [Kronor], target: Kronor, tieBreak: [Key]
    ) -> [Kronor]? {
        guard tieBreak.count == values.count, target >= 0, values.allSatisfy({ $0 >= 0 }) else { return nil }
        var sum: Kronor = 0
        for v in values {
            let (next, overflow) = sum.addingReportingOverflow(v)
            if overflow { return nil }
            sum = next
        }
        guard sum > 0 else { return nil }

        let s = UInt64(sum)
        let t = UInt64(target)
        var result = [Kronor](repeating: 0, count: values.count)
        var remainders = [UInt64](repeating: 0, count: values.count)
        var assigned: UInt64 = 0
        for (i, v) in values.enumerated() {
            // ⌊x·T / S⌋ ≤ T because x ≤ S, so the quotient fits.
            let product = UInt64(v).multipliedFullWidth(by: t)
            let (q, r) = s.dividingFullWidth(product)
            result[i] = Kronor(q)
            remainders[i] = r
            assigned += q
        }
        // Σ⌊x·T/S⌋ ≤ T and the shortfall is Σ r / S < n.
        var missing = Int(t - assigned)
        if missing == 0 { return result }

        let order = values.indices.sorted { a, b in
            if remainders[a] != remainders[b] { return remainders[a] > remainders[b] }
            if values[a] != values[b] { return values[a] > values[b] }
            if tieBreak[a] != tieBreak[b] { return tieBreak[a] < tieBreak[b] }
            return a < b
        }
        for i in order where missing > 0 {
            result[i] += 1
            missing -= 1
        }
        return result
    }
}
