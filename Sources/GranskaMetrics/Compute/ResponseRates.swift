import GranskaCore

/// Response rates and bortfall per enkät, by the data contract's definitions.
///
/// See `docs/svarsfrekvens.md` for each rate's definition and its relation to AAPOR's standard
/// definitions and the ESS quality indicators.
public enum ResponseRates {
    /// Unit and item response for every enkät of the round, in `omgang.enkater` order.
    ///
    /// - Parameters:
    ///   - omgang: the round: enkäter, insatser, rekvisitioner and register.
    ///   - svar: `omgang.svar()`, the answers grouped into submissions (the latest counts). Answers
    ///     to an enkät id not in `omgang.enkater` are ignored.
    ///   - rensning: what the rules set aside; decides "answered with no usable insats" and which
    ///     insatser are removed from the item rates. An empty `Rensning` sets nothing aside.
    ///   - settings: the base of the rates (default: the survey population).
    /// - Returns: one ``Svarsfrekvens`` per enkät.
    /// - Complexity: O(a + i + e·u): a answers, i insatser of the counting submissions, e enkäter,
    ///   u register units of an enkät's type.
    public static func compute(
        _ omgang: Omgang, svar: [Svar], rensning: Rensning, settings: RateSettings = .init()
    ) -> [Svarsfrekvens] {
        var byEnkat: [String: [Svar]] = [:]
        for s in svar { byEnkat[s.key.enkat, default: []].append(s) }
        return omgang.enkater.map { enkat in
            compute(enkat, omgang: omgang, svar: byEnkat[enkat.id] ?? [], rensning: rensning, settings: settings)
        }
    }

    /// One enkät; `svar` holds that enkät's answers only.
    static func compute(
        _ enkat: Enkat, omgang: Omgang, svar: [Svar], rensning: Rensning, settings: RateSettings
    ) -> Svarsfrekvens {
        let register = omgang.register
        let typ = enkat.population

        // 1. Sort the answers: respondents, and over-coverage counted apart.
        var respondents: [Svar] = []
        var overtackning: [OvertackningEnhet] = []
        var answered: Set<String> = []
        var sena = 0
        var utanTidpunkt = 0
        var utanAnvandbar = 0
        for s in svar {
            let counting = s.raknande
            guard register.unit(typ, kod: s.key.respondent) != nil else {
                overtackning.append(
                    OvertackningEnhet(
                        kod: s.key.respondent, namn: nil, feltyp: .okandRespondent,
                        antalInsatser: counting.insatser.count))
                continue
            }
            guard (omgang.rekvisition(s.key)?.rekvirerat ?? 0) > 0 else {
                overtackning.append(
                    OvertackningEnhet(
                        kod: s.key.respondent, namn: register.displayName(typ, kod: s.key.respondent),
                        feltyp: .ejRekvirerat, antalInsatser: counting.insatser.count))
                continue
            }
            guard answered.insert(s.key.respondent).inserted else { continue }
            respondents.append(s)
            if let date = counting.inskickad?.datum {
                if let last = enkat.sistaSvarsdag, date > last { sena += 1 }
            } else {
                utanTidpunkt += 1
            }
            if !counting.insatser.contains(where: { rensning.isUsable($0, key: s.key) }) {
                utanAnvandbar += 1
            }
        }

        // 2. Walk the register population: base, respondents, weights, groups.
        let lanOrder = register.lan
        var lanIndex: [String: Int] = [:]
        for (i, l) in lanOrder.enumerated() { lanIndex[l.kod] = i }
        var lanGroups = [GroupAccumulator](repeating: GroupAccumulator(), count: lanOrder.count)
        var lanSeen = [Bool](repeating: false, count: lanOrder.count)
        var sizeGroups = [GroupAccumulator](repeating: GroupAccumulator(), count: Storleksklass.kommun.count)
        var total = GroupAccumulator()
        var bortfallProfil = ProfileAccumulator()
        var svarandeProfil = ProfileAccumulator()
        var bortfall: [BortfallEnhet] = []
        var antalPopulation = 0
        let units = register.units(typ)
        let rekvisitioner = omgang.rekvisitionerPerUnit(enkat.id, population: typ)
        for (u, unit) in units.enumerated() {
            let rek = rekvisitioner[u]
            let inSurvey = (rek?.rekvirerat ?? 0) > 0
            if inSurvey { antalPopulation += 1 }
            let li = lanIndex[unit.lanskod]
            if let li { lanSeen[li] = true }
            guard inSurvey || settings.denominator == .registerpopulation else { continue }
            let svarat = inSurvey && answered.contains(unit.kod)
            let folkmangd = Int64(unit.folkmangd)
            let fordelat = rek?.fordelat ?? 0
            total.add(svarat: svarat, folkmangd: folkmangd, fordelat: fordelat)
            if let li { lanGroups[li].add(svarat: svarat, folkmangd: folkmangd, fordelat: fordelat) }
            if typ == .kommun {
                sizeGroups[Storleksklass.index(folkmangd: unit.folkmangd)]
                    .add(svarat: svarat, folkmangd: folkmangd, fordelat: fordelat)
            }
            if svarat {
                svarandeProfil.add(folkmangd: folkmangd, fordelat: fordelat)
            } else {
                bortfallProfil.add(folkmangd: folkmangd, fordelat: fordelat)
                bortfall.append(
                    BortfallEnhet(
                        kod: unit.kod, namn: register.displayName(typ, kod: unit.kod) ?? unit.namn,
                        lan: unit.lanskod, lanNamn: register.lanName(kod: unit.lanskod) ?? unit.lanskod,
                        folkmangd: folkmangd, fordelat: fordelat, iUndersokningspopulation: inSurvey))
            }
        }

        let perLan = lanOrder.indices.filter { lanSeen[$0] }.map {
            lanGroups[$0].grupp(kod: lanOrder[$0].kod, namn: lanOrder[$0].namn)
        }
        let perStorlek =
            typ == .kommun
            ? Storleksklass.kommun.indices.map {
                sizeGroups[$0].grupp(kod: Storleksklass.kommun[$0].id, namn: Storleksklass.kommun[$0].namn)
            } : []

        // 3. Item response over the respondents' counting, not removed insatser.
        let items = ItemResponse.compute(omgang: omgang, respondents: respondents, rensning: rensning)

        let antalSvarande = respondents.count
        let antalBas = total.bas
        return Svarsfrekvens(
            enkat: enkat.id, population: typ, denominator: settings.denominator,
            antalRegister: units.count, antalPopulation: antalPopulation, antalBas: antalBas,
            antalSvarande: antalSvarande, iTid: antalSvarande - sena, sena: sena, utanTidpunkt: utanTidpunkt,
            utanAnvandbarInsats: utanAnvandbar, ejSvarat: antalBas - total.svarande,
            ejRekvirerat: overtackning.count { $0.feltyp == .ejRekvirerat },
            okanda: overtackning.count { $0.feltyp == .okandRespondent },
            svarsandel: Kvot(antalSvarande, antalBas),
            svarsandelAnvandbar: Kvot(antalSvarande - utanAnvandbar, antalBas),
            svarsandelFolkmangd: Kvot(total.folkmangdSvarande, total.folkmangd),
            svarsandelFordelat: Kvot(total.fordelatSvarande, total.fordelat),
            bortfallsandel: Kvot(antalBas - antalSvarande, antalBas),
            bortfallsandelFolkmangd: Kvot(bortfallProfil.folkmangd, total.folkmangd),
            bortfallsandelFordelat: Kvot(bortfallProfil.fordelat, total.fordelat),
            senaAndel: Kvot(sena, antalSvarande),
            svarandeProfil: svarandeProfil.profil, bortfallProfil: bortfallProfil.profil,
            bortfall: bortfall, perLan: perLan, perStorlek: perStorlek, overtackning: overtackning,
            antalInsatser: items.antalInsatser, partiellt: items.rates, partielltBortfall: items.bortfall)
    }
}

/// Counts and weight sums of one group of the base while walking the register.
struct GroupAccumulator {
    var bas = 0
    var svarande = 0
    var folkmangd = Viktsumma()
    var folkmangdSvarande = Viktsumma()
    var fordelat = Viktsumma()
    var fordelatSvarande = Viktsumma()

    mutating func add(svarat: Bool, folkmangd f: Int64, fordelat k: Kronor) {
        bas += 1
        folkmangd.add(f)
        fordelat.add(k)
        if svarat {
            svarande += 1
            folkmangdSvarande.add(f)
            fordelatSvarande.add(k)
        }
    }

    func grupp(kod: String, namn: String) -> Grupp {
        Grupp(
            kod: kod, namn: namn, antalBas: bas, antalSvarande: svarande, svarsandel: Kvot(svarande, bas),
            svarsandelFolkmangd: Kvot(folkmangdSvarande, folkmangd),
            svarsandelFordelat: Kvot(fordelatSvarande, fordelat))
    }
}

/// Totals over a set of units, for a ``Profil``.
struct ProfileAccumulator {
    var antal = 0
    var folkmangdSumma = Viktsumma()
    var fordelatSumma = Viktsumma()

    mutating func add(folkmangd: Int64, fordelat: Kronor) {
        antal += 1
        folkmangdSumma.add(folkmangd)
        fordelatSumma.add(fordelat)
    }

    var folkmangd: Viktsumma { folkmangdSumma }
    var fordelat: Viktsumma { fordelatSumma }

    var profil: Profil {
        var count = Viktsumma()
        count.add(Int64(antal))
        return Profil(
            antal: antal, folkmangd: folkmangdSumma.summa, fordelat: fordelatSumma.summa,
            medelFolkmangd: Kvot(folkmangdSumma, count), medelFordelat: Kvot(fordelatSumma, count))
    }
}
