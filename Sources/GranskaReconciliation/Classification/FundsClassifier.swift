import GranskaCore

/// The outcome of classifying one respondent's amounts against its T.
public struct Klassificering: Hashable, Sendable {
    public var klass: Klass
    /// For `tusental` in one amount: the position, in the amounts given, of the amount typed in
    /// thousands; `nil` otherwise (also for `tusental` in all amounts).
    public var tusentalIndex: Int?
    /// For `avrundning`: the rounding step in whole kronor (the largest step dividing every amount).
    public var steg: Kronor?

    public init(klass: Klass, tusentalIndex: Int? = nil, steg: Kronor? = nil) {
        self.klass = klass
        self.tusentalIndex = tusentalIndex
        self.steg = steg
    }
}

/// The data contract's funds classification of one (enkät, respondent) inside the survey
/// population: the first of the rules below that applies.
///
/// With S = the sum of the amounts, n = the number of amounts, T the target, `tol` the
/// tusental tolerance (500 kr by default) and the rounding steps (100 000, 10 000, 1 000 kr):
/// 2. `underrapportering` — T > 0 and no amount at all (n = 0);
/// 3. `exakt` — S = T (this includes T = 0 with nothing reported);
/// 4. `overrapportering` — T = 0 and amounts reported;
/// 5. `tusental` (all amounts) — |1000·S − T| ≤ tol·n;
/// 6. `tusental` (one amount) — exactly one amount x > 0 with |S + 999·x − T| ≤ tol;
/// 7. `avrundning` — every amount is a multiple of a step (the largest step dividing all) and
///    |S − T| ≤ n·step/2;
/// 8. `overrapportering` if S > T, otherwise `underrapportering`.
/// Rule 1 (`ej_rekvirerat`: outside the survey population) needs the register and is decided by
/// ``Reconciler`` before this is called.
///
/// Rule 6 only considers amounts above zero: multiplying a zero by 1 000 changes nothing, so a
/// zero cannot be the amount typed in thousands (otherwise any |S − T| ≤ 500 beside a single
/// zero amount would read as `tusental`). All comparisons are exact in 128-bit arithmetic.
public enum FundsClassifier {
    /// Classifies amounts (whole kronor, already made non-negative: sign errors corrected) against
    /// the target T (whole kronor).
    ///
    /// A negative amount is taken by its magnitude.
    ///
    /// - Complexity: O(n·k) for n amounts and k rounding steps.
    public static func classify(
        amounts: [Kronor], target: Kronor, settings: ReconciliationSettings = .contractDefaults
    ) -> Klassificering {
        let xs = amounts.map { Wide($0).magnitude }
        let n = Int64(xs.count)
        var s = Wide.zero
        for x in xs { s = s + x }
        let t = Wide(target)
        let tol = max(0, settings.tusentalTolerans)

        // 2. Money was requisitioned, but nothing readable reported.
        if target > 0 && n == 0 { return Klassificering(klass: .underrapportering) }
        // 3. Exact.
        if s == t { return Klassificering(klass: .exakt) }
        // 4. Everything repaid, but amounts reported.
        if target == 0 { return Klassificering(klass: .overrapportering) }
        // 5. Every amount in thousands.
        if (s.times(1000) - t).magnitude <= Wide(tol).times(n) {
            return Klassificering(klass: .tusental)
        }
        // 6. Exactly one amount in thousands.
        var match: Int?
        var matches = 0
        for (i, x) in xs.enumerated() where x > .zero {
            if (s + x.times(999) - t).magnitude <= Wide(tol) {
                matches += 1
                match = i
            }
        }
        if matches == 1, let i = match { return Klassificering(klass: .tusental, tusentalIndex: i) }
        // 7. Rounded amounts within half a step per amount.
        if let step = largestDividingStep(amounts: amounts, steps: settings.stepsDescending),
            (s - t).magnitude.times(2) <= Wide(step).times(n)
        {
            return Klassificering(klass: .avrundning, steg: step)
        }
        // 8. What is left.
        return Klassificering(klass: s > t ? .overrapportering : .underrapportering)
    }

    /// The largest of `steps` (given largest first, all positive) that divides every amount.
    ///
    /// - Complexity: O(n·k).
    static func largestDividingStep(amounts: [Kronor], steps: [Kronor]) -> Kronor? {
        steps.first { step in amounts.allSatisfy { $0 % step == 0 } }
    }
}
