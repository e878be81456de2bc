import GranskaCore

extension Reconciliation {
    /// The reconciliation as JSON (keys without diacritics, money as exact integers, J as an exact
    /// fraction with a six-decimal rendering):
    /// `{"niva", "installningar", "avstamning": [...], "sammanfattning": [...]}`.
    /// The audit trail is separate (``AuditTrail/json()``); findings go with the others.
    ///
    /// - Complexity: O(n) in the number of insatser.
    public func json() -> JSONValue {
        .object([
            "niva": .string(settings.level.rawValue),
            "installningar": settings.json(),
            "avstamning": .array(avstamningar.map { $0.json() }),
            "sammanfattning": .array(sammanfattning.map { $0.json() }),
        ])
    }
}

extension ReconciliationSettings {
    /// `{"niva", "tusental_tolerans", "avrundning_steg"}`.
    public func json() -> JSONValue {
        .object([
            "niva": .string(level.rawValue),
            "tusental_tolerans": .int(tusentalTolerans),
            "avrundning_steg": .array(stepsDescending.map(JSONValue.int)),
        ])
    }
}

extension Avstamning {
    /// One answer: `enkat`, `respondent`, `klass`, `S`, `T`, `n`, `S_anvandbar`, `J`,
    /// `ej_viktad_orsak`, `tusental_insats_nr`, `steg`, `viktat_summa`, `fil`, `rad`, `insatser`.
    public func json() -> JSONValue {
        .object([
            "enkat": .string(enkat),
            "respondent": .string(respondent),
            "klass": .string(klass.rawValue),
            "S": .int(S),
            "T": .optional(T),
            "n": .int(Int64(n)),
            "S_anvandbar": .int(sUsable),
            "J": J.map { $0.json() } ?? .null,
            "ej_viktad_orsak": .optional(ejViktadOrsak),
            "tusental_insats_nr": .optional(tusentalInsatsNr),
            "steg": .optional(steg),
            "viktat_summa": .int(viktatSumma),
            "fil": .string(location.file),
            "rad": .int(Int64(location.line)),
            "insatser": .array(insatser.map { $0.json() }),
        ])
    }
}

extension AvstamdInsats {
    /// `insats_nr`, `fil`, `rad`, `medel`, `korrigerat`, `anvandbar`, `viktat`.
    public func json() -> JSONValue {
        .object([
            "insats_nr": .optional(insatsNr),
            "fil": .string(location.file),
            "rad": .int(Int64(location.line)),
            "medel": .optional(medel),
            "korrigerat": .optional(korrigerat),
            "anvandbar": .bool(usable),
            "viktat": .optional(viktat),
        ])
    }
}

extension EnkatSammanfattning {
    /// The summary with `antal_per_klass` keyed by the klass words and J as exact fractions.
    public func json() -> JSONValue {
        var perKlass: [String: JSONValue] = [:]
        for k in Klass.allCases { perKlass[k.rawValue] = .int(Int64(antal(k))) }
        return .object([
            "enkat": .string(enkat),
            "niva": .string(level.rawValue),
            "antal_svar": .int(Int64(antalSvar)),
            "antal_per_klass": .object(perKlass),
            "summa_T": .int(summaT),
            "summa_S": .int(summaS),
            "summa_S_anvandbar": .int(summaSUsable),
            "summa_viktat": .int(summaViktat),
            "antal_ej_viktade": .int(Int64(antalEjViktade)),
            "summa_T_ej_fordelad": .int(summaTEjFordelad),
            "antal_tusentalsrattade": .int(Int64(antalTusentalsrattade)),
            "J_min": jMin.map { $0.json() } ?? .null,
            "J_median": jMedian.map { $0.json() } ?? .null,
            "J_max": jMax.map { $0.json() } ?? .null,
        ])
    }
}
