import GranskaCore

extension Kvot {
    /// `{"taljare", "namnare", "kvot": "n/N", "decimal", "procent", "procent_1"}`; when the rate
    /// cannot be formed, `kvot`, `decimal` and the percents are null and `orsak` says why.
    public var json: JSONValue {
        var o: [String: JSONValue] = ["taljare": .int(taljare), "namnare": .int(namnare)]
        if let a = andel {
            o["kvot"] = .string(a.description)
            o["decimal"] = .string(a.decimal(6))
            o["procent"] = .int(a.wholePercent)
            o["procent_1"] = .number(a.percentOneDecimal)
        } else {
            o["kvot"] = .null
            o["decimal"] = .null
            o["procent"] = .null
            o["procent_1"] = .null
            o["orsak"] = .optional(orsak?.rawValue)
        }
        return .object(o)
    }
}

extension Svarsfrekvens {
    /// One item of the `svarsfrekvens` array (see ``ResponseRates/json(_:)``).
    public var json: JSONValue {
        .object([
            "enkat": .string(enkat),
            "population": .string(population.rawValue),
            "namnare": .string(denominator.rawValue),
            "antal_register": .optional(antalRegister),
            "antal_population": .optional(antalPopulation),
            "antal_bas": .optional(antalBas),
            "antal_svarande": .optional(antalSvarande),
            "i_tid": .optional(iTid),
            "sena": .optional(sena),
            "utan_tidpunkt": .optional(utanTidpunkt),
            "utan_anvandbar_insats": .optional(utanAnvandbarInsats),
            "ej_svarat": .optional(ejSvarat),
            "ej_rekvirerat": .optional(ejRekvirerat),
            "okanda": .optional(okanda),
            "andel": svarsandel.json,
            "andel_anvandbar": svarsandelAnvandbar.json,
            "andel_folkmangd": svarsandelFolkmangd.json,
            "andel_fordelat": svarsandelFordelat.json,
            "bortfall_andel": bortfallsandel.json,
            "bortfall_andel_folkmangd": bortfallsandelFolkmangd.json,
            "bortfall_andel_fordelat": bortfallsandelFordelat.json,
            "sena_andel": senaAndel.json,
            "svarande_profil": svarandeProfil.json,
            "bortfall_profil": bortfallProfil.json,
            "bortfall": .array(bortfall.map(\.json)),
            "per_lan": .array(perLan.map(\.json)),
            "per_storlek": .array(perStorlek.map(\.json)),
            "overtackning": .array(overtackning.map(\.json)),
            "antal_insatser": .optional(antalInsatser),
            "partiellt": .array(partiellt.map(\.json)),
            "partiellt_bortfall": partielltBortfall.json,
        ])
    }
}

extension BortfallEnhet {
    var json: JSONValue {
        .object([
            "kod": .string(kod), "namn": .string(namn), "lan": .string(lan), "lan_namn": .string(lanNamn),
            "folkmangd": .int(folkmangd), "fordelat": .int(fordelat),
            "i_undersokningspopulation": .bool(iUndersokningspopulation),
        ])
    }
}

extension Grupp {
    var json: JSONValue {
        .object([
            "kod": .string(kod), "namn": .string(namn), "antal_bas": .optional(antalBas),
            "antal_svarande": .optional(antalSvarande), "antal_bortfall": .optional(antalBortfall),
            "andel": svarsandel.json, "andel_folkmangd": svarsandelFolkmangd.json,
            "andel_fordelat": svarsandelFordelat.json,
        ])
    }
}

extension Profil {
    var json: JSONValue {
        .object([
            "antal": .optional(antal), "folkmangd": .int(folkmangd), "fordelat": .int(fordelat),
            "medel_folkmangd": medelFolkmangd.json, "medel_fordelat": medelFordelat.json,
        ])
    }
}

extension OvertackningEnhet {
    var json: JSONValue {
        .object([
            "kod": .string(kod), "namn": .optional(namn), "feltyp": .string(feltyp.rawValue),
            "antal_insatser": .optional(antalInsatser),
        ])
    }
}

extension ItemRate {
    var json: JSONValue {
        .object([
            "falt": .string(falt), "insatser_besvarade": .optional(insatserBesvarade),
            "antal_insatser": .optional(antalInsatser), "respondenter_besvarade": .optional(respondenterBesvarade),
            "antal_respondenter": .optional(antalRespondenter), "andel_insatser": andelInsatser.json,
            "andel_respondenter": andelRespondenter.json, "bortfall_insatser": bortfallInsatser.json,
        ])
    }
}

extension ResponseRates {
    /// `{"svarsfrekvens": [...]}`: one object per enkät, ready for the CLI to print.
    ///
    /// Each rate is an object with `taljare`, `namnare`, `kvot` ("n/N", exact), `decimal` (six
    /// places), `procent` (whole, half up) and `procent_1` (one decimal), or nulls and `orsak`.
    public static func json(_ rates: [Svarsfrekvens]) -> JSONValue {
        .object(["svarsfrekvens": .array(rates.map(\.json))])
    }
}
