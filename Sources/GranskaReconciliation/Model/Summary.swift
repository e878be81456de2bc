import GranskaCore

/// Builds the per-enkät summaries of a reconciliation.
enum Summary {
    /// One summary per enkät of the round (in `omgang.csv` order), plus a finding for any sum
    /// that does not fit in `Int64`.
    ///
    /// - Complexity: O(n log n) in the number of answers.
    static func make(
        omgang: Omgang, avstamningar: [Avstamning], level: ReconciliationSettings.Level
    ) -> ([EnkatSammanfattning], [Finding]) {
        var byEnkat: [String: [Int]] = [:]
        for (i, a) in avstamningar.enumerated() { byEnkat[a.enkat, default: []].append(i) }
        var seen = Set<String>()
        var summaries: [EnkatSammanfattning] = []
        var findings: [Finding] = []
        for enkat in omgang.enkater where seen.insert(enkat.id).inserted {
            let members = (byEnkat[enkat.id] ?? []).map { avstamningar[$0] }
            var perKlass: [Klass: Int] = [:]
            for k in Klass.allCases { perKlass[k] = 0 }
            var t = Wide.zero
            var s = Wide.zero
            var sUsable = Wide.zero
            var viktat = Wide.zero
            var tUnplaced = Wide.zero
            var unweighted = 0
            var corrected = 0
            var factors: [Fraction] = []
            for a in members {
                perKlass[a.klass, default: 0] += 1
                corrected += a.insatser.reduce(0) { $0 + ($1.korrigerat != $1.medel ? 1 : 0) }
                guard a.klass != .ejRekvirerat else { continue }
                t = t + Wide(a.T ?? 0)
                s = s + Wide(a.S)
                sUsable = sUsable + Wide(a.sUsable)
                for insats in a.insatser { viktat = viktat + Wide(insats.viktat ?? 0) }
                if a.ejViktadOrsak != nil {
                    unweighted += 1
                    tUnplaced = tUnplaced + Wide(a.T ?? 0)
                }
                if let j = a.J { factors.append(j) }
            }
            if level == .perEnkat && viktat != .zero {
                // The T of answers without usable amounts went to the others.
                tUnplaced = .zero
            }
            for (name, value) in [("Summan av T", t), ("Summan av S", s), ("Summan av viktade belopp", viktat)]
            where value.int64 == nil {
                findings.append(ReconciliationFindings.overflow(
                    enkat: enkat.id, respondent: nil, location: enkat.location, vad: "\(name) för enkäten"))
            }
            factors.sort()
            summaries.append(EnkatSammanfattning(
                enkat: enkat.id, level: level, antalSvar: members.count, antalPerKlass: perKlass,
                summaT: t.clampedInt64, summaS: s.clampedInt64, summaSUsable: sUsable.clampedInt64,
                summaViktat: viktat.clampedInt64, antalEjViktade: unweighted, summaTEjFordelad: tUnplaced.clampedInt64,
                antalTusentalsrattade: corrected, jMin: factors.first,
                jMedian: factors.isEmpty ? nil : factors[(factors.count - 1) / 2], jMax: factors.last))
        }
        return (summaries, findings)
    }
}
