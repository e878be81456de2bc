import GranskaCore
import GranskaReconciliation

/// Turns a ``DeclarationInput`` into the figure tree (``DeclarationValue``) that the templates
/// print and the JSON holds.
///
/// Every key is always present, whatever the input, so the tree always has the same
/// ``ValueShape``: a figure the input lacks is `.absent` or `.notApplicable`, a section without
/// data has its `finns` flag false.
public enum DeclarationFigures {
    /// The figure tree for `input`.
    ///
    /// - Throws: ``InputError`` `deklaration.inkonsekvent-indata` when the counts contradict each
    ///   other (a negative count, more respondents than units, …): a declaration must not print them.
    /// - Complexity: O(n log n) in the number of units, län, respondents and findings (sorting).
    public static func make(_ input: DeclarationInput) throws(InputError) -> DeclarationValue {
        try DeclarationInputCheck.check(input)
        let s = input.svar
        let baseSize = input.rates.base == .undersokningspopulation ? input.surveyPopulation : input.registerPopulation
        var root: [String: DeclarationValue] = [:]
        root["enkat"] = enkat(input.enkat)
        root["genererad"] = input.generatedAt.map { .text($0) } ?? .absent
        root["metadata"] = .record(
            Dictionary(uniqueKeysWithValues: MetadataKey.allCases.map { key in
                (key.rawValue, input.metadata[key].map { .text($0) } ?? .missing(key))
            }))
        root["saknade_uppgifter"] = .list(
            MetadataKey.allCases.filter { $0.isRequired && input.metadata[$0] == nil }.map { key in
                .record(["nyckel": .text(key.rawValue), "etikett": .text(key.etikett)])
            })
        root["population"] = .record([
            "register": .int(input.registerPopulation),
            "undersokning": .int(input.surveyPopulation),
            "utanfor": .int(input.registerPopulation - input.surveyPopulation),
            "typ": .text(input.enkat.population.rawValue),
        ])
        root["svar"] = .record([
            "svarande": .int(s.answered),
            "i_tid": .int(s.answeredInTime),
            "sena": .int(s.answeredLate),
            "utan_tidpunkt": .int(s.withoutTimestamp),
            "utan_anvandbar_insats": .int(s.withoutUsableInsats),
            "ej_svarat": .int(s.notAnswered),
            "ej_rekvirerat": .int(s.ejRekvirerat),
            "okanda": .int(s.okanda),
        ])
        root["svarsfrekvens"] = .record([
            "ovagd": .share(input.rates.unweighted),
            "anvandbar": .share(input.rates.usable),
            "folkmangd": .share(input.rates.byFolkmangd),
            "fordelat": .share(input.rates.byFordelat),
            "bas": .text(input.rates.base.benamning),
            "bas_antal": .int(baseSize),
        ])
        root["bortfall"] = bortfall(input, baseSize: baseSize)
        root["lan"] = .list(input.byLan.sorted { $0.kod < $1.kod }.map(groupRow))
        root["fynd"] = fynd(input.findings)
        root["rensning"] = rensning(input.cleaning)
        root["avstamning"] = avstamning(input.reconciliation, points: input.points)
        root["ramtackning"] = .record([
            "overtackning": .int(s.okanda + s.ejRekvirerat),
            "okanda": .int(s.okanda),
            "ej_rekvirerat": .int(s.ejRekvirerat),
            "fullstandig": .flag(s.okanda + s.ejRekvirerat == 0),
        ])
        root["tidigare"] = tidigare(input.previous)
        root["jamforelse"] = jamforelse(input)
        return .record(root)
    }

    static func enkat(_ e: Enkat) -> DeclarationValue {
        var extension_: DeclarationValue = .absent
        if let last = e.sistaSvarsdag, let end = e.insamlingSlut {
            extension_ = .int(max(0, end.dayNumber - last.dayNumber))
        }
        return .record([
            "id": .text(e.id),
            "population": .text(e.population.rawValue),
            "population_plural": .text(e.population.plural),
            "population_singular": .text(e.population.singular),
            "omrade": .text(e.omrade),
            "referensar": e.referensar.map { .plain(Int64($0)) } ?? .absent,
            "sista_svarsdag": e.sistaSvarsdag.map { .date($0) } ?? .absent,
            "insamling_start": e.insamlingStart.map { .date($0) } ?? .absent,
            "insamling_slut": e.insamlingSlut.map { .date($0) } ?? .absent,
            "paminnelser": e.paminnelser.map { .int($0) } ?? .absent,
            "dagar_efter_sista_svarsdag": extension_,
        ])
    }

    static func bortfall(_ input: DeclarationInput, baseSize: Int) -> DeclarationValue {
        let nonResponding = input.nonResponding.sorted { ($0.kod, $0.namn) < ($1.kod, $1.namn) }
        return .record([
            "enheter": .int(input.svar.notAnswered),
            "andel": .share(Fraction(Int64(input.svar.notAnswered), Int64(baseSize))),
            "andel_folkmangd": .shareOneDecimal(input.rates.nonResponseByFolkmangd),
            "andel_fordelat": .shareOneDecimal(input.rates.nonResponseByFordelat),
            "per_storlek": .list(input.bySize.map(groupRow)),
            "ej_svarande": .list(
                nonResponding.map { u in
                    .record([
                        "kod": .text(u.kod), "namn": .text(u.namn), "lan": .text(u.lan), "folkmangd": .int(u.folkmangd),
                    ])
                }),
            "partiellt": .list(
                input.itemRates.map { item in
                    .record([
                        "falt": .text(item.field),
                        "besvarade": .int(item.answered),
                        "bas": .int(item.base),
                        "ej_besvarade": .int(item.base - item.answered),
                        "svarsandel": .share(Fraction(Int64(item.answered), Int64(item.base))),
                        "bortfall": .share(Fraction(Int64(item.base - item.answered), Int64(item.base))),
                    ])
                }),
        ])
    }

    /// A län's or a size class's row: units, respondents, non-respondents and the rate.
    static func groupRow(_ row: GroupResponseRow) -> DeclarationValue {
        .record([
            "kod": .text(row.kod),
            "namn": .text(row.namn),
            "enheter": .int(row.units),
            "svarande": .int(row.answered),
            "ej_svarat": .int(row.units - row.answered),
            "svarsfrekvens": .share(Fraction(Int64(row.answered), Int64(row.units))),
        ])
    }

    static func fynd(_ counts: [FindingCount]) -> DeclarationValue {
        var perType: [String: [Allvarlighet: Int]] = [:]
        var perSeverity: [Allvarlighet: Int] = [:]
        for c in counts {
            perType[c.feltyp ?? "", default: [:]][c.allvarlighet, default: 0] += c.count
            perSeverity[c.allvarlighet, default: 0] += c.count
        }
        let order = Feltyp.allCases.map(\.rawValue)
        let keys = perType.keys.sorted { a, b in
            let ia = order.firstIndex(of: a) ?? (a.isEmpty ? Int.max : order.count)
            let ib = order.firstIndex(of: b) ?? (b.isEmpty ? Int.max : order.count)
            return ia != ib ? ia < ib : a < b
        }
        let rows: [DeclarationValue] = keys.compactMap { key in
            guard let bySeverity = perType[key] else { return nil }
            let total = bySeverity.values.reduce(0, +)
            return .record([
                "feltyp": key.isEmpty ? .absent : .text(key),
                "beskrivning": .text(FeltypText.beskrivning(key)),
                "totalt": .int(total),
                "fel": .int(bySeverity[.fel] ?? 0),
                "varning": .int(bySeverity[.varning] ?? 0),
                "info": .int(bySeverity[.info] ?? 0),
            ])
        }
        return .record([
            "totalt": .int(perSeverity.values.reduce(0, +)),
            "fel": .int(perSeverity[.fel] ?? 0),
            "varning": .int(perSeverity[.varning] ?? 0),
            "info": .int(perSeverity[.info] ?? 0),
            "per_feltyp": .list(rows),
        ])
    }

    static func rensning(_ c: CleaningCounts) -> DeclarationValue {
        .record([
            "insatser_lasta": .int(c.insatserRead),
            "ofullstandiga": .int(c.setAsideIncomplete),
            "dubbletter": .int(c.duplicatesRemoved),
            "insatser_kvar": .int(c.insatserRead - c.duplicatesRemoved),
            "ersatta_inskickningar": .int(c.supersededSubmissions),
            "belopp_fran_text": .int(c.amountsFromText),
            "olasliga_belopp": .int(c.unreadableAmounts),
            "teckenrattningar": .int(c.signCorrections),
            "tusentalsrattningar": .int(c.thousandsCorrections),
        ])
    }

    static func avstamning(_ r: ReconciliationSummary?, points: [RespondentPoint]) -> DeclarationValue {
        let sorted = points.sorted { ($0.kod, $0.namn) < ($1.kod, $1.namn) }
        let pointValues: [DeclarationValue] = sorted.map { p in
            .record([
                "kod": .text(p.kod), "namn": .text(p.namn), "s": .kronor(p.reported), "t": .kronor(p.target),
                "j": p.j.map { .factor($0) } ?? .notApplicable,
            ])
        }
        var members: [String: DeclarationValue] = [
            "finns": .flag(r != nil),
            "respondenter": .list(pointValues),
            "antal_punkter": .int(points.count),
            "pa_linjen": .int(points.filter { $0.reported == $0.target }.count),
            "over_linjen": .int(points.filter { $0.reported > $0.target }.count),
            "under_linjen": .int(points.filter { $0.reported < $0.target }.count),
            "utan_j": .int(points.filter { $0.j == nil }.count),
            "med_j": .int(points.filter { $0.j != nil }.count),
        ]
        guard let r else {
            for key in [
                "niva", "t_summa", "s_summa", "vagd_summa", "differens", "j_min", "j_median", "j_max",
                "tusental_tolerans", "avrundningssteg",
            ] {
                members[key] = .absent
            }
            members["klasser"] = .list([])
            return .record(members)
        }
        let (difference, overflow) = r.reportedTotal.subtractingReportingOverflow(r.targetTotal)
        members["niva"] = .text(r.level)
        members["tusental_tolerans"] = .kronor(r.thousandsTolerance)
        members["avrundningssteg"] = .kronorList(ReconciliationSettings.descending(r.roundingSteps))
        members["t_summa"] = .kronor(r.targetTotal)
        members["s_summa"] = .kronor(r.reportedTotal)
        members["vagd_summa"] = .kronor(r.weightedTotal)
        members["differens"] = overflow ? .absent : .signedKronor(difference)
        members["j_min"] = r.jMin.map { .factor($0) } ?? .notApplicable
        members["j_median"] = r.jMedian.map { .factor($0) } ?? .notApplicable
        members["j_max"] = r.jMax.map { .factor($0) } ?? .notApplicable
        let order = KlassText.order
        let keys = r.classCounts.keys.sorted { a, b in
            let ia = order.firstIndex(of: a) ?? order.count
            let ib = order.firstIndex(of: b) ?? order.count
            return ia != ib ? ia < ib : a < b
        }
        members["klasser"] = .list(
            keys.map { key in
                .record([
                    "klass": .text(key), "beskrivning": .text(KlassText.beskrivning(key)),
                    "antal": .int(r.classCounts[key] ?? 0),
                ])
            })
        return .record(members)
    }

    static func tidigare(_ p: PreviousRoundSummary?) -> DeclarationValue {
        guard let p else {
            return .record([
                "finns": .flag(false), "etikett": .absent, "referensar": .absent, "register": .absent,
                "undersokning": .absent, "svarande": .absent, "svarsfrekvens": .absent, "fordelat": .absent,
                "t_summa": .absent, "s_summa": .absent, "insatser": .absent,
            ])
        }
        return .record([
            "finns": .flag(true),
            "etikett": .text(p.label),
            "referensar": p.referensar.map { .plain(Int64($0)) } ?? .absent,
            "register": .int(p.registerPopulation),
            "undersokning": .int(p.surveyPopulation),
            "svarande": .int(p.answered),
            "svarsfrekvens": .share(p.unweighted),
            "fordelat": .share(p.byFordelat),
            "t_summa": p.targetTotal.map { .kronor($0) } ?? .absent,
            "s_summa": p.reportedTotal.map { .kronor($0) } ?? .absent,
            "insatser": p.insatser.map { .int($0) } ?? .absent,
        ])
    }

    static func jamforelse(_ input: DeclarationInput) -> DeclarationValue {
        guard let p = input.previous else {
            return .record([
                "svarsfrekvens_procentenheter": .absent, "svarande": .absent, "undersokning": .absent,
                "t_summa": .absent,
            ])
        }
        var rateChange: DeclarationValue = .absent
        if let now = input.rates.unweighted, let before = p.unweighted, let diff = difference(now, before) {
            rateChange = .signed(diff.wholePercent)
        }
        var targetChange: DeclarationValue = .absent
        if let t = input.reconciliation?.targetTotal, let before = p.targetTotal {
            let (d, overflow) = t.subtractingReportingOverflow(before)
            if !overflow { targetChange = .signedKronor(d) }
        }
        return .record([
            "svarsfrekvens_procentenheter": rateChange,
            "svarande": .signed(Int64(input.svar.answered) - Int64(p.answered)),
            "undersokning": .signed(Int64(input.surveyPopulation) - Int64(p.surveyPopulation)),
            "t_summa": targetChange,
        ])
    }

    /// a − b exactly, or `nil` when the products overflow 64 bits.
    static func difference(_ a: Fraction, _ b: Fraction) -> Fraction? {
        let (x, o1) = a.numerator.multipliedReportingOverflow(by: b.denominator)
        let (y, o2) = b.numerator.multipliedReportingOverflow(by: a.denominator)
        let (d, o3) = a.denominator.multipliedReportingOverflow(by: b.denominator)
        guard !o1, !o2, !o3 else { return nil }
        let (n, o4) = x.subtractingReportingOverflow(y)
        guard !o4 else { return nil }
        return Fraction(n, d)
    }
}
