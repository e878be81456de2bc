import GranskaCore

extension ResponseRates {
    /// The header of ``csvRows(_:)``.
    public static let csvHeader = [
        "enkat", "matt", "falt", "grupp", "taljare", "namnare", "andel", "procent", "procent_1",
    ]

    /// Every rate as a flat row for a CSV file, header first.
    ///
    /// Columns: `enkat`; `matt` (the measure, below); `falt` (the insats field, item measures only);
    /// `grupp` (länskod or size class id, group measures only); `taljare` and `namnare` (units,
    /// persons or whole kronor); `andel` (six decimals, half up); `procent` (whole percent, half
    /// up); `procent_1` (one decimal). The three last are empty when the rate cannot be formed.
    ///
    /// Measures per enkät: `svarsfrekvens`, `svarsfrekvens_anvandbar`, `svarsfrekvens_folkmangd`,
    /// `svarsfrekvens_fordelat`, `bortfall`, `bortfall_folkmangd`, `bortfall_fordelat`,
    /// `sena_svar` (of respondents), `ej_rekvirerat` and `okand_respondent` (counts over the base),
    /// `svarsfrekvens_lan`, `svarsfrekvens_storlek` (per group), `partiell_svarsfrekvens` and
    /// `partiell_svarsfrekvens_respondent` (per field), `partiellt_bortfall` (all fields).
    ///
    /// Pure: the same rates give the same rows. Cells are plain text; quoting is the writer's task.
    public static func csvRows(_ rates: [Svarsfrekvens]) -> [[String]] {
        var rows = [csvHeader]
        for r in rates {
            func row(_ matt: String, _ kvot: Kvot, falt: String = "", grupp: String = "") {
                let a = kvot.andel
                rows.append([
                    r.enkat, matt, falt, grupp, String(kvot.taljare), String(kvot.namnare),
                    a.map { $0.decimal(6) } ?? "", a.map { String($0.wholePercent) } ?? "",
                    a?.percentOneDecimal ?? "",
                ])
            }
            row("svarsfrekvens", r.svarsandel)
            row("svarsfrekvens_anvandbar", r.svarsandelAnvandbar)
            row("svarsfrekvens_folkmangd", r.svarsandelFolkmangd)
            row("svarsfrekvens_fordelat", r.svarsandelFordelat)
            row("bortfall", r.bortfallsandel)
            row("bortfall_folkmangd", r.bortfallsandelFolkmangd)
            row("bortfall_fordelat", r.bortfallsandelFordelat)
            row("sena_svar", r.senaAndel)
            row("ej_rekvirerat", Kvot(Int64(r.ejRekvirerat), Int64(r.antalBas)))
            row("okand_respondent", Kvot(Int64(r.okanda), Int64(r.antalBas)))
            for g in r.perLan { row("svarsfrekvens_lan", g.svarsandel, grupp: g.kod) }
            for g in r.perStorlek { row("svarsfrekvens_storlek", g.svarsandel, grupp: g.kod) }
            for item in r.partiellt {
                row("partiell_svarsfrekvens", item.andelInsatser, falt: item.falt)
                row("partiell_svarsfrekvens_respondent", item.andelRespondenter, falt: item.falt)
            }
            row("partiellt_bortfall", r.partielltBortfall)
        }
        return rows
    }
}
