import GranskaCore

/// Builds the declaration's charts from its input, with text alternatives whose numbers all come
/// from the figure tree (so they are in the JSON too).
enum DeclarationCharts {
    /// - Complexity: O(n) in the number of län and respondents.
    static func make(_ input: DeclarationInput, figures: DeclarationValue) -> [String: DeclarationChart] {
        let plural = input.enkat.population.plural
        var charts: [String: DeclarationChart] = [:]

        let bars = input.byLan.sorted { $0.kod < $1.kod }.map {
            LanBar(kod: $0.kod, namn: $0.namn, answered: $0.answered, notAnswered: $0.units - $0.answered)
        }
        charts["svar_per_lan"] = DeclarationChart(
            name: "svar_per_lan",
            title: "Svar per län",
            xLabel: "Antal \(plural)",
            yLabel: "Län",
            description: responseDescription(input, plural: plural),
            data: .responseByLan(bars))

        let points = input.points.sorted { ($0.kod, $0.namn) < ($1.kod, $1.namn) }
        let a = figures["avstamning"]
        charts["s_mot_t"] = DeclarationChart(
            name: "s_mot_t",
            title: "Redovisat (S) mot rekvirerat minus återbetalt (T) per respondent",
            xLabel: "T, rekvirerat minus återbetalt (kr, logaritmisk skala)",
            yLabel: "S, redovisat (kr, logaritmisk skala)",
            description: points.isEmpty
                ? "Inga respondenter att visa."
                : "Spridningsdiagram med en punkt per respondent (\(text(a?["antal_punkter"]))). "
                    + "Punkter på diagonalen har redovisat lika mycket som de rekvirerat minus återbetalt: "
                    + "\(text(a?["pa_linjen"])) ligger på den, \(text(a?["over_linjen"])) över (mer redovisat) "
                    + "och \(text(a?["under_linjen"])) under (mindre redovisat). Båda axlarna är logaritmiska; "
                    + "belopp som är noll ritas vid axelns början.",
            data: .reportedVsTarget(
                points.map { ScatterPoint(kod: $0.kod, namn: $0.namn, reported: $0.reported, target: $0.target) }))

        let js = points.compactMap { p in p.j.map { JValue(kod: p.kod, namn: p.namn, j: $0) } }
        charts["j_fordelning"] = DeclarationChart(
            name: "j_fordelning",
            title: "Fördelningen av justeringsfaktorn J = T/S",
            xLabel: "J (logaritmisk skala)",
            yLabel: "Antal respondenter",
            description: js.isEmpty
                ? "Ingen respondent har en justeringsfaktor."
                : "Histogram över justeringsfaktorn för \(text(a?["med_j"])) respondenter. "
                    + "J är som minst \(text(a?["j_min"])), som störst \(text(a?["j_max"])) och har medianen \(text(a?["j_median"])). "
                    + "Den streckade linjen markerar J där S och T är lika.",
            data: .jDistribution(js))
        return charts
    }

    static func text(_ value: DeclarationValue?) -> String { value?.displayText ?? "uppgift saknas" }

    static func responseDescription(_ input: DeclarationInput, plural: String) -> String {
        let rows = input.byLan.filter { $0.units > 0 }
        guard !rows.isEmpty else { return "Inga län att visa." }
        // Lowest and highest share; ties go to the lower länskod.
        let rated = rows.sorted { $0.kod < $1.kod }.compactMap { r in
            Fraction(Int64(r.answered), Int64(r.units)).map { (row: r, rate: $0) }
        }
        guard var low = rated.first else { return "Inga län att visa." }
        var high = low
        for r in rated.dropFirst() {
            if r.rate < low.rate { low = r }
            if high.rate < r.rate { high = r }
        }
        func describe(_ r: (row: LanRow, rate: Fraction)) -> String {
            "\(r.row.namn) (\(SwedishNumberFormat.percent(r.rate)), \(SwedishNumberFormat.integer(Int64(r.row.answered))) av \(SwedishNumberFormat.integer(Int64(r.row.units))))"
        }
        let start = "Liggande staplar per län: mörk del för \(plural) som svarade, ljus del för dem som inte svarade."
        if low.rate == high.rate {
            return start + " Andelen svarande är densamma i alla län: \(SwedishNumberFormat.percent(low.rate))."
        }
        return start + " Andelen svarande är lägst i \(describe(low)) och högst i \(describe(high))."
    }
}
