import GranskaCore

/// The consistency checks a ``DeclarationInput`` must pass before a declaration prints it.
///
/// These catch a mistake in whatever filled the input, not a defect in the survey data: a
/// declaration whose numbers contradict each other must not be written.
enum DeclarationInputCheck {
    /// - Throws: ``InputError`` `deklaration.inkonsekvent-indata` naming the first contradiction.
    /// - Complexity: O(n) in the number of rows.
    static func check(_ input: DeclarationInput) throws(InputError) {
        let s = input.svar
        let counts: [(String, Int)] = [
            ("registerpopulation", input.registerPopulation), ("undersökningspopulation", input.surveyPopulation),
            ("svar i tid", s.answeredInTime), ("sena svar", s.answeredLate),
            ("svar utan läsbar tidpunkt", s.withoutTimestamp),
            ("svar utan användbar insats", s.withoutUsableInsats), ("ej svarat", s.notAnswered),
            ("ej rekvirerat", s.ejRekvirerat), ("okända respondenter", s.okanda),
            ("lästa insatser", input.cleaning.insatserRead),
            ("ofullständiga insatser", input.cleaning.setAsideIncomplete),
            ("dubbletter", input.cleaning.duplicatesRemoved),
            ("ersatta inskickningar", input.cleaning.supersededSubmissions),
            ("belopp lästa från text", input.cleaning.amountsFromText),
            ("oläsliga belopp", input.cleaning.unreadableAmounts),
            ("teckenrättningar", input.cleaning.signCorrections),
            ("tusentalsrättningar", input.cleaning.thousandsCorrections),
        ]
        for (name, value) in counts where value < 0 {
            throw fail("antalet \(name) är negativt (\(value)).")
        }
        guard input.surveyPopulation <= input.registerPopulation else {
            throw fail(
                "undersökningspopulationen (\(input.surveyPopulation)) är större än registerpopulationen (\(input.registerPopulation)).")
        }
        let base = input.rates.base == .undersokningspopulation ? input.surveyPopulation : input.registerPopulation
        guard s.answeredInTime <= base, s.answeredLate <= base - s.answeredInTime,
            s.notAnswered == base - s.answered
        else {
            throw fail(
                "svar i tid (\(s.answeredInTime)) + sena (\(s.answeredLate)) + ej svarat (\(s.notAnswered)) är inte \(input.rates.base.benamning) (\(base)).")
        }
        guard s.withoutUsableInsats <= s.answered else {
            throw fail("fler svar utan användbar insats (\(s.withoutUsableInsats)) än svarande (\(s.answered)).")
        }
        guard s.withoutTimestamp <= s.answeredInTime else {
            throw fail("fler svar utan läsbar tidpunkt (\(s.withoutTimestamp)) än svar i tid (\(s.answeredInTime)).")
        }
        try checkRates(input.rates)
        guard input.nonResponding.count == s.notAnswered else {
            throw fail("listan över ej svarande har \(input.nonResponding.count) enheter men ej svarat är \(s.notAnswered).")
        }
        for row in input.byLan where row.units < 0 || row.answered < 0 || row.answered > row.units {
            throw fail("länet \(row.kod) har \(row.answered) svarande av \(row.units) enheter.")
        }
        for row in input.bySize where row.units < 0 || row.answered < 0 || row.answered > row.units {
            throw fail("storleksklassen \(row.kod) har \(row.answered) svarande av \(row.units) enheter.")
        }
        if !input.bySize.isEmpty {
            let units = input.bySize.reduce(0) { $0 + $1.units }
            let answered = input.bySize.reduce(0) { $0 + $1.answered }
            guard units == base, answered == s.answered else {
                throw fail(
                    "storleksklasserna har \(units) enheter och \(answered) svarande, men \(input.rates.base.benamning) har \(base) och \(s.answered).")
            }
        }
        for item in input.itemRates where item.base < 0 || item.answered < 0 || item.answered > item.base {
            throw fail("fältet \(item.field) har \(item.answered) besvarade av \(item.base).")
        }
        for f in input.findings where f.count < 0 {
            throw fail("ett negativt antal fynd (\(f.count)) för \(f.feltyp ?? "fynd utan feltyp").")
        }
        let c = input.cleaning
        guard c.setAsideIncomplete <= c.insatserRead, c.duplicatesRemoved <= c.insatserRead else {
            throw fail("fler undantagna insatser än lästa (\(c.insatserRead)).")
        }
        if let r = input.reconciliation {
            for (klass, n) in r.classCounts where n < 0 {
                throw fail("klassen \(klass) har ett negativt antal (\(n)).")
            }
            guard r.thousandsTolerance >= 0 else {
                throw fail("tusentalstoleransen är negativ (\(r.thousandsTolerance) kr).")
            }
        }
    }

    /// Every share lies between 0 and 1, and the rate with a usable answer is at most the rate.
    static func checkRates(_ r: DeclarationRates) throws(InputError) {
        let shares: [(String, Fraction?)] = [
            ("svarsfrekvensen", r.unweighted), ("svarsfrekvensen med användbar insats", r.usable),
            ("svarsfrekvensen vägd med folkmängd", r.byFolkmangd),
            ("svarsfrekvensen vägd med fördelade medel", r.byFordelat),
            ("bortfallets andel av folkmängden", r.nonResponseByFolkmangd),
            ("bortfallets andel av de fördelade medlen", r.nonResponseByFordelat),
        ]
        for case (let name, let share?) in shares where share.numerator < 0 || share.numerator > share.denominator {
            throw fail("\(name) är \(share), utanför 0–1.")
        }
        if let usable = r.usable, let all = r.unweighted, all < usable {
            throw fail("svarsfrekvensen med användbar insats (\(usable)) är större än svarsfrekvensen (\(all)).")
        }
    }

    static func fail(_ detail: String) -> InputError {
        InputError(
            id: "deklaration.inkonsekvent-indata", file: nil,
            message: "Deklarationens indata motsäger sig själv: \(detail) Deklarationen skrivs inte.")
    }
}
