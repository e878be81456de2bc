import GranskaCore
import GranskaMetrics

/// The text form of `granska rates`: per enkät, the population, respondents and bortfall.
enum RatesText {
    static func render(_ rates: [Svarsfrekvens]) -> String {
        var out = ""
        for (n, r) in rates.enumerated() {
            if n > 0 { out += "\n" }
            out += "Enkät \(r.enkat) (\(r.population.plural)), bas: \(r.denominator.beskrivning)\n"
            out += RunSummary.row("Population", "\(r.antalRegister) i registret, \(r.antalPopulation) i undersökningspopulationen")
            out += RunSummary.row("Svarande", "\(r.antalSvarande) (i tid \(r.iTid), sena \(r.sena)) – \(percent(r.svarsandel))")
            out += RunSummary.row("Med användbar insats", percent(r.svarsandelAnvandbar))
            out += RunSummary.row("Vägt med folkmängd", percent(r.svarsandelFolkmangd))
            out += RunSummary.row("Vägt med fördelade medel", percent(r.svarsandelFordelat))
            out += RunSummary.row("Bortfall", "\(r.ejSvarat) – \(percent(r.bortfallsandel))")
            out += RunSummary.row("Utanför populationen", "ej rekvirerat \(r.ejRekvirerat), okända \(r.okanda)")
            out += RunSummary.row("Partiellt bortfall", percent(r.partielltBortfall) + " av svarscellerna i \(r.antalInsatser) insatser")
            if !r.bortfall.isEmpty {
                var names = r.bortfall.prefix(12).map { "\($0.kod) \($0.namn)" }.joined(separator: ", ")
                if r.bortfall.count > 12 { names += " och \(r.bortfall.count - 12) till (se --format json)" }
                out += RunSummary.row("Har inte svarat", names)
            }
        }
        return out
    }

    /// `19/21 = 90 %`, or the reason when the rate cannot be formed.
    static func percent(_ k: Kvot) -> String {
        guard let f = k.andel else { return k.orsak?.beskrivning ?? "kan inte beräknas" }
        return "\(k.taljare)/\(k.namnare) = \(f.wholePercent) %"
    }
}
