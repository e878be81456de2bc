import GranskaCore

/// The proportional reweighting: J = T / S_usable and x* = x·J in whole kronor, apportioned by
/// largest remainder so that Σ x* = T exactly.
///
/// Only usable insatser are weighted (not set aside by a rule, a readable amount, not an
/// `ej_rekvirerat` answer), after any tusental correction. Where T ≤ 0 or S_usable = 0 the
/// answer gets a reason instead of a division, and its weighted amounts stay `nil`.
enum Reweighter {
    /// Reweights each answer with its own T (the contract's default).
    ///
    /// - Complexity: O(n log n) in the number of insatser.
    static func perRespondent(_ drafts: inout [Draft]) {
        for d in drafts.indices {
            let a = drafts[d].avstamning
            if let reason = reasonForAnswer(drafts[d], level: .perRespondent) {
                drafts[d].avstamning.ejViktadOrsak = reason
                continue
            }
            guard let t = a.T else { continue }
            guard let sUsable = drafts[d].sUsableWide.int64, sUsable > 0 else {
                drafts[d].avstamning.ejViktadOrsak = EjViktadOrsak.forStorSumma
                continue
            }
            let positions = a.insatser.indices.filter { a.insatser[$0].usable }
            let values = positions.map { a.insatser[$0].korrigerat ?? 0 }
            let keys = positions.map { TieKey(respondent: a.respondent, insats: a.insatser[$0]) }
            guard let weighted = Apportionment.largestRemainder(values, target: t, tieBreak: keys) else {
                drafts[d].avstamning.ejViktadOrsak = EjViktadOrsak.forStorSumma
                continue
            }
            for (p, w) in zip(positions, weighted) { drafts[d].avstamning.insatser[p].viktat = w }
            drafts[d].avstamning.J = Fraction(t, sUsable)
        }
    }

    /// Reweights each enkät as a whole: one J = Σ T / Σ S_usable over its answers in the survey
    /// population, the Σ T apportioned over all their usable insatser.
    ///
    /// The T of an answer with nothing usable (or set aside) is part of Σ T and so goes to the
    /// other answers; that answer itself gets a reason and no J.
    ///
    /// - Complexity: O(n log n) in the number of insatser.
    static func perEnkat(_ drafts: inout [Draft]) {
        var byEnkat: [String: [Int]] = [:]
        var order: [String] = []
        for d in drafts.indices where drafts[d].isInPopulation {
            let e = drafts[d].avstamning.enkat
            if byEnkat[e] == nil { order.append(e) }
            byEnkat[e, default: []].append(d)
        }
        for d in drafts.indices where !drafts[d].isInPopulation {
            drafts[d].avstamning.ejViktadOrsak = EjViktadOrsak.ejRekvirerat
        }
        for e in order {
            let members = byEnkat[e] ?? []
            var tWide = Wide.zero
            var sWide = Wide.zero
            for d in members {
                tWide = tWide + Wide(drafts[d].avstamning.T ?? 0)
                sWide = sWide + drafts[d].sUsableWide
            }
            let enkatReason: String? =
                if let t = tWide.int64, let s = sWide.int64 {
                    t < 0 ? EjViktadOrsak.enkatTNegativ(t)
                        : t == 0 ? EjViktadOrsak.enkatTNoll
                        : s == 0 ? EjViktadOrsak.enkatIngaAnvandbara : nil
                } else {
                    EjViktadOrsak.enkatForStorSumma
                }
            guard enkatReason == nil, let t = tWide.int64, let s = sWide.int64 else {
                for d in members { drafts[d].avstamning.ejViktadOrsak = enkatReason }
                continue
            }
            var slots: [(draft: Int, position: Int)] = []
            var values: [Kronor] = []
            var keys: [TieKey] = []
            for d in members {
                let a = drafts[d].avstamning
                for p in a.insatser.indices where a.insatser[p].usable {
                    slots.append((d, p))
                    values.append(a.insatser[p].korrigerat ?? 0)
                    keys.append(TieKey(respondent: a.respondent, insats: a.insatser[p]))
                }
            }
            guard let weighted = Apportionment.largestRemainder(values, target: t, tieBreak: keys) else {
                for d in members { drafts[d].avstamning.ejViktadOrsak = EjViktadOrsak.enkatForStorSumma }
                continue
            }
            for (slot, w) in zip(slots, weighted) {
                drafts[slot.draft].avstamning.insatser[slot.position].viktat = w
            }
            let j = Fraction(t, s)
            for d in members {
                if let reason = reasonForAnswer(drafts[d], level: .perEnkat) {
                    drafts[d].avstamning.ejViktadOrsak = reason
                } else {
                    drafts[d].avstamning.J = j
                }
            }
        }
    }

    /// Why one answer cannot be reweighted on its own, or `nil`.
    ///
    /// At the per-enkät level only the answer's own obstacles count (set aside, nothing usable):
    /// its T is still distributed with the enkät's.
    static func reasonForAnswer(_ draft: Draft, level: ReconciliationSettings.Level) -> String? {
        let a = draft.avstamning
        if a.klass == .ejRekvirerat { return EjViktadOrsak.ejRekvirerat }
        if let regel = draft.svarRegel { return EjViktadOrsak.svarUteslutet(regel: regel, level: level) }
        if level == .perRespondent {
            guard let t = a.T else { return EjViktadOrsak.ejRekvirerat }
            if t < 0 { return EjViktadOrsak.tNegativ(t) }
            if t == 0 { return EjViktadOrsak.tNoll }
        }
        if draft.sUsableWide == .zero { return EjViktadOrsak.ingaAnvandbara(level: level) }
        if draft.sUsableWide.int64 == nil { return EjViktadOrsak.forStorSumma }
        return nil
    }
}
