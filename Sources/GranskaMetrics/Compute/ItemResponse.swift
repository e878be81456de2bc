import GranskaCore

/// Item response (partiellt bortfall) over the respondents' insatser.
enum ItemResponse {
    struct Result {
        var antalInsatser: Int
        var rates: [ItemRate]
        var bortfall: Kvot
    }

    /// For each field of ``Insats/answerFields``: in how many of the respondents' counting, not
    /// removed insatser it is answered (not blank after trimming), and how many respondents answered
    /// it at least once.
    ///
    /// Insatser excluded by a rule (`uteslutna`, e.g. incomplete ones) are kept: a blank required
    /// field is item non-response too. Removed ones (`strukna`, duplicates) are not insatser at all.
    ///
    /// - Complexity: O(i·f): i counting insatser of the respondents, f fields.
    static func compute(omgang: Omgang, respondents: [Svar], rensning: Rensning) -> Result {
        let fields = Insats.answerFields
        let readers = fields.map(reader)
        var insatserBesvarade = [Int](repeating: 0, count: fields.count)
        var respondenterBesvarade = [Int](repeating: 0, count: fields.count)
        var antalInsatser = 0
        var blankCells: Int64 = 0
        var seen = [Bool](repeating: false, count: fields.count)
        for s in respondents {
            for k in seen.indices { seen[k] = false }
            for index in s.raknande.insatser where rensning.strukna[index] == nil {
                guard omgang.insatser.indices.contains(index) else { continue }
                let insats = omgang.insatser[index]
                antalInsatser += 1
                for k in readers.indices {
                    if readers[k](insats).isBlank {
                        blankCells += 1
                    } else {
                        insatserBesvarade[k] += 1
                        seen[k] = true
                    }
                }
            }
            for k in seen.indices where seen[k] { respondenterBesvarade[k] += 1 }
        }
        let rates = fields.indices.map {
            ItemRate(
                falt: fields[$0], insatserBesvarade: insatserBesvarade[$0], antalInsatser: antalInsatser,
                respondenterBesvarade: respondenterBesvarade[$0], antalRespondenter: respondents.count)
        }
        let (cells, overflow) = Int64(antalInsatser).multipliedReportingOverflow(by: Int64(fields.count))
        return Result(
            antalInsatser: antalInsatser, rates: rates,
            bortfall: Kvot(blankCells, overflow ? 0 : cells))
    }

    /// Reads one answer field without a string comparison per row.
    private static func reader(_ field: String) -> @Sendable (Insats) -> String {
        switch field {
        case "titel": { $0.titel }
        case "aktiviteter": { $0.aktiviteter }
        case "mal": { $0.mal }
        case "prestationer": { $0.prestationer }
        case "effekter": { $0.effekter }
        case "status": { $0.status }
        case "malgrupp": { $0.malgrupp }
        case "medel": { $0.medel.text }
        default: { $0.answer(field) ?? "" }
        }
    }
}
