import GranskaCore

/// The cleaning the standard rules perform, written straight from the data contract, for tests
/// that must not depend on the rules engine:
/// - `dubblett` (stryk): within one counting submission, the same trimmed `titel` and the same
///   amount as read (where unreadable: the same trimmed `medel` text) as an insats with a lower
///   `insats_nr`; the later copy is struck;
/// - `ofullstandig` (uteslut): `titel`, `aktiviteter`, `status` or `medel` blank;
/// - `okand_respondent` and `ej_rekvirerat` (uteslut_svar).
/// Also returns the `dubblett` findings, for scoring.
enum ContractRensning {
    static func make(_ omgang: Omgang, svar: [Svar]) -> (Rensning, [Finding]) {
        var r = Rensning()
        var findings: [Finding] = []
        for answer in svar {
            if !omgang.isInRegister(answer.key) {
                r.uteslutnaSvar[answer.key] = "test.okand_respondent"
            } else if !omgang.isInSurveyPopulation(answer.key) {
                r.uteslutnaSvar[answer.key] = "test.ej_rekvirerat"
            }
            var seen = Set<String>()
            for i in answer.raknande.insatser {
                let insats = omgang.insatser[i]
                if Insats.requiredFields.contains(where: { (insats.answer($0) ?? "").isBlank }) {
                    r.uteslutna[i] = "test.ofullstandig"
                }
                let amount = insats.medel.kronor.map { "kr:\($0)" } ?? "text:" + insats.medel.text.trimmingSpaces()
                let key = insats.titel.trimmingSpaces() + "\u{0}" + amount
                if !seen.insert(key).inserted {
                    r.strukna[i] = "test.dubblett"
                    findings.append(Finding(
                        regel: "test.dubblett", feltyp: "dubblett", allvarlighet: .varning, enkat: insats.enkat,
                        respondent: insats.respondent, insatsNr: insats.insatsNr, location: insats.location,
                        meddelande: "dubblett"))
                }
            }
        }
        return (r, findings)
    }
}
