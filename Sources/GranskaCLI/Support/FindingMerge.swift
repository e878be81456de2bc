import GranskaCore

/// Joins the findings of the stages of a run, each finding once.
enum FindingMerge {
    /// The findings of `sources`, in order, leaving out any finding equal to an earlier one.
    ///
    /// Findings are compared in full only when a digest of a few short fields (rule, line,
    /// column, insats number) matches: hashing every finding whole, message and file path
    /// included, was the slowest step of a large run after the rules.
    ///
    /// - Complexity: O(n) expected for n findings.
    static func unique(_ sources: [[Finding]]) -> [Finding] {
        var result: [Finding] = []
        result.reserveCapacity(sources.reduce(0) { $0 + $1.count })
        // Digest → first finding with it; `next` chains the others with the same digest.
        var first: [Digest: Int] = [:]
        first.reserveCapacity(result.capacity)
        var next: [Int] = []
        next.reserveCapacity(result.capacity)
        for source in sources {
            for f in source {
                let digest = Digest(f)
                var k = first[digest] ?? -1
                var duplicate = false
                var last = -1
                while k >= 0 {
                    if result[k] == f {
                        duplicate = true
                        break
                    }
                    last = k
                    k = next[k]
                }
                if duplicate { continue }
                if last >= 0 { next[last] = result.count } else { first[digest] = result.count }
                next.append(-1)
                result.append(f)
            }
        }
        return result
    }

    /// A few short fields of a finding; equal findings have equal digests.
    struct Digest: Hashable {
        var regel: String
        var line: Int
        var column: Int
        var insatsNr: Int

        init(_ f: Finding) {
            regel = f.regel
            line = f.location?.line ?? -1
            column = f.location?.column ?? -1
            insatsNr = f.insatsNr ?? Int.min
        }
    }
}
