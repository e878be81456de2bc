import GranskaCore

/// Writes the audit trail of a reconciliation: every change to the data, in answer order.
enum AuditBuilder {
    /// The reconciliation's own rule ids in the trail.
    enum Regel {
        static let beloppText = "avst.belopp-text"
        static let beloppOlasligt = "avst.belopp-olasligt"
        static let tecken = "avst.tecken"
        static let tusental = "avst.tusental"
        static let viktning = "avst.viktning"
        static let ersattInskickning = "avst.ersatt-inskickning"
        static let ejRekvirerat = "avst.ej_rekvirerat"
        static let okandRespondent = "avst.okand_respondent"
    }

    /// - Complexity: O(n) in the number of insatser.
    ///
    /// - Parameters:
    ///   - avstamningar: the reconciled answers, each with the index in `svar` of its answer
    ///     (`svarIndex`) and the rule that set the whole answer aside, if any (`svarRegel`).
    static func build(
        omgang: Omgang, svar: [Svar], avstamningar: [Avstamning], svarIndex: [Int], svarRegel: [String?],
        rensning: Rensning, level: ReconciliationSettings.Level
    ) -> AuditTrail {
        var draftOfSvar: [Int: Int] = [:]
        for (d, i) in svarIndex.enumerated() { draftOfSvar[i] = d }
        var entries: [AuditEntry] = []
        entries.reserveCapacity(omgang.insatser.count + omgang.insatser.count / 8)
        for (i, answer) in svar.enumerated() {
            if let d = draftOfSvar[i] {
                reconciled(
                    answer, avstamningar[d], svarRegel: svarRegel[d], omgang: omgang, rensning: rensning, level: level,
                    into: &entries)
            } else if !omgang.isInRegister(answer.key) {
                unknown(answer, omgang: omgang, rensning: rensning, into: &entries)
            }
        }
        return AuditTrail(level: level, entries: entries)
    }

    /// An answer that was not reconciled: one entry for the whole answer.
    private static func unknown(_ answer: Svar, omgang: Omgang, rensning: Rensning, into entries: inout [AuditEntry]) {
        let key = answer.key
        let rows = answer.inskickningar.flatMap(\.insatser).filter { omgang.insatser.indices.contains($0) }
        guard let location = rows.lazy.map({ omgang.insatser[$0].location }).min() else { return }
        let orsak: String
        if let enkat = omgang.enkat(key.enkat) {
            orsak = "Koden \(key.respondent) finns inte bland \(enkat.population.plural) i registret: "
                + "svaret stäms inte av och tas inte med i de rensade uppgifterna (\(rows.count) rader)."
        } else {
            orsak = "Enkäten \(key.enkat) finns inte i omgang.csv: svaret stäms inte av och tas inte med "
                + "i de rensade uppgifterna (\(rows.count) rader)."
        }
        entries.append(AuditEntry(
            atgard: .svarUtesluten, file: location.file, line: location.line, enkat: key.enkat,
            respondent: key.respondent, insatsNr: nil, falt: "", fore: "", efter: "",
            regel: rensning.uteslutnaSvar[key] ?? Regel.okandRespondent, orsak: orsak, insats: nil))
    }

    /// A reconciled answer: superseded rows, the answer set aside, then each row's changes.
    private static func reconciled(
        _ answer: Svar, _ a: Avstamning, svarRegel: String?, omgang: Omgang, rensning: Rensning,
        level: ReconciliationSettings.Level, into entries: inout [AuditEntry]
    ) {
        let key = answer.key

        for submission in answer.ersatta {
            let orsak = "Raden hör till inskickningen \(quoted(submission.inskickadText)), som ersatts av en senare "
                + "(\(quoted(answer.raknande.inskickadText))); bara den senaste räknas."
            for row in submission.insatser where omgang.insatser.indices.contains(row) {
                entries.append(entry(
                    .ersattInskickning, omgang.insatser[row], row: row, regel: Regel.ersattInskickning, orsak: orsak))
            }
        }

        if let regel = svarRegel {
            entries.append(AuditEntry(
                atgard: .svarUtesluten, file: a.location.file, line: a.location.line, enkat: key.enkat,
                respondent: key.respondent, insatsNr: nil, falt: "", fore: "", efter: "", regel: regel,
                orsak: "Svaret är satt åt sidan av regel \(regel): beloppen räknas i S, men svaret används inte "
                    + "i analysen och viktas inte.", insats: nil))
        } else if a.klass == .ejRekvirerat {
            entries.append(AuditEntry(
                atgard: .svarUtesluten, file: a.location.file, line: a.location.line, enkat: key.enkat,
                respondent: key.respondent, insatsNr: nil, falt: "", fore: "", efter: "", regel: Regel.ejRekvirerat,
                orsak: "Enheten har inte rekvirerat medel för enkäten: svaret stäms av men viktas inte.", insats: nil))
        }

        // One wording per answer: J is the same for all its insatser.
        let viktadOrsak = a.J.map { j in
            "Viktat med J = T/S_användbar = \(SwedishNumber.factor(j)) "
                + "(\(level == .perEnkat ? "per enkät" : "per svarande och enkät")) och avrundat till hela kronor "
                + "med största rest, så att de viktade beloppen summerar till T."
        }
        var byRow: [Int: AvstamdInsats] = [:]
        for insats in a.insatser { byRow[insats.insats] = insats }
        for row in answer.raknande.insatser where omgang.insatser.indices.contains(row) {
            let insats = omgang.insatser[row]
            if let regel = rensning.strukna[row] {
                entries.append(entry(
                    .struken, insats, row: row, regel: regel,
                    orsak: "Insatsen stryks av regel \(regel) (samma insats inlagd två gånger): "
                        + "den räknas inte alls, inte heller i S."))
                continue
            }
            guard let counted = byRow[row] else { continue }
            amountChanges(insats, counted, row: row, answer: a, into: &entries)
            if let regel = rensning.uteslutna[row] {
                entries.append(entry(
                    .utesluten, insats, row: row, regel: regel,
                    orsak: "Insatsen utesluts av regel \(regel): beloppet räknas i S men används inte i analysen "
                        + "eller viktningen."))
            }
            if let w = counted.viktat, let x = counted.korrigerat, let orsak = viktadOrsak {
                entries.append(entry(
                    .viktad, insats, row: row, field: "medel", fore: String(x), efter: String(w), regel: Regel.viktning,
                    orsak: orsak))
            }
        }
    }

    /// The amount's way from the typed text to the corrected kronor.
    private static func amountChanges(
        _ insats: Insats, _ counted: AvstamdInsats, row: Int, answer: Avstamning, into entries: inout [AuditEntry]
    ) {
        // The kronor and tolkning are stored; the typed text is decoded only for an entry that shows it.
        let kronor = insats.medelKronor
        if let k = kronor, insats.medelTolkning == .text {
            entries.append(entry(
                .lastFranText, insats, row: row, field: "medel", fore: insats.medel.text, efter: String(k),
                regel: Regel.beloppText,
                orsak: "Beloppet är skrivet som text och lästes entydigt som \(SwedishNumber.kronor(k))."))
        }
        if counted.medel == nil && !insats.isBlank(.medel) {
            let value = kronor.map(String.init) ?? insats.medel.text
            entries.append(entry(
                .ejLasbart, insats, row: row, field: "medel", fore: value, efter: "", regel: Regel.beloppOlasligt,
                orsak: "Beloppet går inte att läsa som hela kronor: insatsen saknar belopp, räknas inte i S "
                    + "och viktas inte."))
        }
        if let k = kronor, k < 0, let m = counted.medel {
            entries.append(entry(
                .teckenrattad, insats, row: row, field: "medel", fore: String(k), efter: String(m), regel: Regel.tecken,
                orsak: "Ett negativt belopp är ett teckenfel: det räknas som positivt."))
        }
        if let m = counted.medel, let k = counted.korrigerat, m != k {
            let orsak =
                answer.tusentalInsats == nil
                ? "Alla belopp i svaret verkar angivna i tusental kronor (1 000·S ligger nära T): "
                    + "beloppet multipliceras med 1 000."
                : "Beloppet verkar angivet i tusental kronor (S + 999·belopp ligger nära T): "
                    + "det multipliceras med 1 000."
            entries.append(entry(
                .tusentalsrattad, insats, row: row, field: "medel", fore: String(m), efter: String(k),
                regel: Regel.tusental, orsak: orsak))
        } else if counted.medel != nil, counted.korrigerat == nil {
            entries.append(entry(
                .ejLasbart, insats, row: row, field: "medel", fore: String(counted.medel ?? 0), efter: "",
                regel: Regel.tusental,
                orsak: "Beloppet skulle multipliceras med 1 000 men blir för stort: insatsen viktas inte."))
        }
    }

    private static func entry(
        _ atgard: AuditAtgard, _ insats: Insats, row: Int, field: String = "", fore: String = "", efter: String = "",
        regel: String, orsak: String
    ) -> AuditEntry {
        AuditEntry(
            atgard: atgard, file: insats.location.file, line: insats.location.line, enkat: insats.enkat,
            respondent: insats.respondent, insatsNr: insats.insatsNr, falt: field, fore: fore, efter: efter,
            regel: regel, orsak: orsak, insats: row)
    }

    private static func quoted(_ s: String) -> String { "“\(s)”" }
}
