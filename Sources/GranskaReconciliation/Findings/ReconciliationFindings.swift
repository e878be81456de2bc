import GranskaCore

/// The findings of the reconciliation: one per answer whose klass is not `exakt`.
///
/// `ej_rekvirerat` gives no finding here: the rules engine already reports it (`std.ej_rekvirerat`),
/// and a second finding would be counted twice. The klass is still in the ``Avstamning``.
/// Rule ids are `avst.<klass>` (`avst.tusental`, `avst.avrundning`, `avst.overrapportering`,
/// `avst.underrapportering`); the severity is the contract's (avrundning info, the others
/// varning); the location is the first row of the counting submission.
enum ReconciliationFindings {
    /// The rule id of the finding for a sum too large to hold in 64 bits.
    static let overflowRegel = "avst.for-stor-summa"

    /// The finding for one reconciled answer, or `nil` for `exakt` and `ej_rekvirerat`.
    static func finding(for a: Avstamning) -> Finding? {
        guard a.klass != .exakt && a.klass != .ejRekvirerat, let t = a.T else { return nil }
        return Finding(
            regel: a.klass.regel, feltyp: a.klass.rawValue, allvarlighet: a.klass.allvarlighet, enkat: a.enkat,
            respondent: a.respondent, insatsNr: a.klass == .tusental ? a.tusentalInsatsNr : nil,
            location: a.location, meddelande: message(for: a, t: t))
    }

    /// The Swedish message; always states S and T.
    static func message(for a: Avstamning, t: Kronor) -> String {
        let st = "S = \(SwedishNumber.kronor(a.S)), T = \(SwedishNumber.kronor(t))"
        let diff = Wide(a.S) - Wide(t)
        let gap = SwedishNumber.kronor(diff.magnitude.clampedInt64)
        switch a.klass {
        case .tusental:
            if a.tusentalInsats != nil {
                let nr = a.tusentalInsatsNr.map { "Insats \($0)" } ?? "En insats (utan läsbart nummer)"
                return "\(nr) verkar ha beloppet angivet i tusental kronor: \(st). "
                    + "Beloppet multipliceras med 1 000 före viktningen."
            }
            return "Alla belopp verkar angivna i tusental kronor: \(st). "
                + "Beloppen multipliceras med 1 000 före viktningen."
        case .avrundning:
            let step = a.steg.map { SwedishNumber.grouped($0) } ?? "?"
            return "Beloppen är avrundade till jämna \(step)-tal kronor och summan avviker med \(gap) "
                + "från T, inom avrundningsmarginalen: \(st)."
        case .overrapportering:
            if t == 0 {
                return "Allt rekvirerat har återbetalats men medel har redovisats: \(st)."
            }
            return "Redovisade medel överstiger rekvirerade med \(gap): \(st)."
        case .underrapportering:
            if a.n == 0 {
                return "Inget läsbart belopp har redovisats: \(st)."
            }
            return "Redovisade medel understiger rekvirerade med \(gap): \(st)."
        case .exakt, .ejRekvirerat:
            return st
        }
    }

    /// A finding for a sum that does not fit in 64 bits (then clamped).
    static func overflow(enkat: String, respondent: String?, location: SourceLocation?, vad: String) -> Finding {
        Finding(
            regel: overflowRegel, feltyp: nil, allvarlighet: .fel, enkat: enkat, respondent: respondent,
            insatsNr: nil, location: location,
            meddelande: "\(vad) är för stor för att räknas exakt (över \(SwedishNumber.kronor(.max))); "
                + "talet har begränsats till det största möjliga och ska inte användas.")
    }
}
