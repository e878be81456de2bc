import GranskaTestSupport
import GranskaCore
import Testing

@testable import GranskaReconciliation

@Suite struct ApportionmentTests {
    @Test(arguments: [
        ([1, 1, 1], 10, [4, 3, 3]),
        ([0, 5, 5], 3, [0, 2, 1]),
        ([3, 1], 4, [3, 1]),
        ([2, 0, 0], 7, [7, 0, 0]),
        ([1, 2, 3], 0, [0, 0, 0]),
        ([100, 200, 300], 601, [100, 200, 301]),
        ([300, 100, 200], 599, [299, 100, 200]),
        ([1_455, 112_689_167], 114_143_863, [1_474, 114_142_389]),
    ] as [([Kronor], Kronor, [Kronor])])
    func apportionsByLargestRemainder(values: [Kronor], target: Kronor, expected: [Kronor]) {
        #expect(Apportionment.largestRemainder(values, target: target) == expected)
    }

    @Test(arguments: [
        ([], 10), ([0, 0], 10), ([5, -1], 10), ([5], -1), ([Kronor.max, 1], 10),
    ] as [([Kronor], Kronor)])
    func refusesInsteadOfDividingByZero(values: [Kronor], target: Kronor) {
        #expect(Apportionment.largestRemainder(values, target: target) == nil)
    }

    @Test func productsBeyondInt64AreExact() {
        let half = Kronor.max / 2
        let r = Apportionment.largestRemainder([half, half, 1], target: .max)
        #expect(r?.reduce(0, +) == .max)
        let r2 = Apportionment.largestRemainder([Kronor.max - 1, 1], target: .max)
        #expect(r2 == [Kronor.max - 1, 1])
    }

    @Test func tieKeysDecideTiesAndPermutingTheInputPermutesTheOutput() {
        // Equal values and remainders: the smaller key wins the krona.
        #expect(Apportionment.largestRemainder([5, 5], target: 3, tieBreak: [2, 1]) == [1, 2])
        #expect(Apportionment.largestRemainder([5, 5], target: 3, tieBreak: [1, 2]) == [2, 1])
        // Equal remainders: the larger value first.
        #expect(Apportionment.largestRemainder([1, 3], target: 2) == [0, 2])
        #expect(Apportionment.largestRemainder([5, 5], target: 3, tieBreak: ["a"]) == nil)
    }

    /// Seeded random inputs of every size and magnitude, checked against the properties the
    /// reweighting promises.
    @Test(arguments: 0..<4)
    func propertiesHoldOverSeededRandomInputs(block: Int) {
        var rng = SeededGenerator(seed: 0x6772_616E_736B_61 &+ UInt64(block))
        for _ in 0..<1_500 {
            let (values, target) = randomCase(&rng)
            let sum = values.reduce(Kronor(0), +)
            guard let result = Apportionment.largestRemainder(values, target: target) else {
                #expect(sum == 0, "nil only when the values sum to 0: \(values) → \(target)")
                continue
            }
            #expect(sum > 0)
            // Σ x* = T exactly.
            #expect(Wide.sum(result) == Wide(target), "sum: \(values) → \(target) gave \(result)")
            for (x, w) in zip(values, result) {
                // |w·S − x·T| < S: within one krona of the exact T·x/S.
                let gap = (Wide.product(w, sum) - Wide.product(x, target)).magnitude
                #expect(gap < Wide(sum), "share: \(values) → \(target) gave \(result)")
                // Zero stays zero.
                if x == 0 { #expect(w == 0) }
            }
            // Values that already sum to T are unchanged.
            #expect(Apportionment.largestRemainder(values, target: sum) == values)

            // Permuting values and distinct keys together permutes the result.
            let keys = Array(0..<values.count)
            let keyed = Apportionment.largestRemainder(values, target: target, tieBreak: keys)
            let perm = Array(values.indices).shuffled(using: &rng)
            let permuted = Apportionment.largestRemainder(
                perm.map { values[$0] }, target: target, tieBreak: perm.map { keys[$0] })
            #expect(permuted == keyed.map { k in perm.map { k[$0] } }, "permutation: \(values) → \(target)")
            // Without keys, the same pairs (value, share) come back, only in another order.
            let plain = Apportionment.largestRemainder(perm.map { values[$0] }, target: target)
            let pairs = zip(values, result).map { [$0, $1] }.sorted { $0.lexicographicallyPrecedes($1) }
            let plainPairs = zip(perm.map { values[$0] }, plain ?? []).map { [$0, $1] }
                .sorted { $0.lexicographicallyPrecedes($1) }
            #expect(pairs == plainPairs)
        }
    }

    /// A random apportionment case: 0…12 values of a random magnitude (often with zeros and
    /// repeats), and a target near, far from or far above their sum.
    private func randomCase(_ rng: inout SeededGenerator) -> ([Kronor], Kronor) {
        let n = Int.random(in: 0...12, using: &rng)
        let magnitude: Kronor = [10, 1_000, 1_000_000, 1_000_000_000_000, Kronor.max / 16].randomElement(using: &rng)!
        var values: [Kronor] = []
        for _ in 0..<n {
            switch Int.random(in: 0..<10, using: &rng) {
            case 0: values.append(0)
            case 1 where !values.isEmpty: values.append(values.randomElement(using: &rng)!)
            default: values.append(Kronor.random(in: 0...magnitude, using: &rng))
            }
        }
        let sum = values.reduce(Kronor(0), +)
        let target: Kronor
        switch Int.random(in: 0..<4, using: &rng) {
        case 0: target = sum
        case 1: target = max(0, sum + Kronor.random(in: -1_000...1_000, using: &rng))
        case 2: target = Kronor.random(in: 0...1_000_000_000, using: &rng)
        default: target = Kronor.random(in: 0...Kronor.max, using: &rng)
        }
        return (values, target)
    }
}
