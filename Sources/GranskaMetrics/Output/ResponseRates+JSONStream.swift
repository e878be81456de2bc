import GranskaCore

// The JSON of ResponseRates+JSON.swift, written straight into a JSONStreamWriter: each object's
// keys in sorted order, values as the `json` getters give them. A test compares the bytes with
// serialising the getters' values, so the two cannot drift apart unnoticed.

extension Kvot {
    /// ``json`` written into `w`.
    public func write(to w: inout JSONStreamWriter) {
        w.beginObject()
        if let a = andel {
            w.key("decimal")
            w.string(a.decimal(6))
            w.key("kvot")
            w.string(a.description)
            w.key("namnare")
            w.int(namnare)
            w.key("procent")
            w.int(a.wholePercent)
            w.key("procent_1")
            w.number(a.percentOneDecimal)
        } else {
            w.key("decimal")
            w.null()
            w.key("kvot")
            w.null()
            w.key("namnare")
            w.int(namnare)
            w.key("orsak")
            w.string(orsak?.rawValue)
            w.key("procent")
            w.null()
            w.key("procent_1")
            w.null()
        }
        w.key("taljare")
        w.int(taljare)
        w.endObject()
    }
}

extension Svarsfrekvens {
    /// ``json`` written into `w` (one item of the `svarsfrekvens` array).
    public func write(to w: inout JSONStreamWriter) {
        w.beginObject()
        w.key("andel")
        svarsandel.write(to: &w)
        w.key("andel_anvandbar")
        svarsandelAnvandbar.write(to: &w)
        w.key("andel_folkmangd")
        svarsandelFolkmangd.write(to: &w)
        w.key("andel_fordelat")
        svarsandelFordelat.write(to: &w)
        w.key("antal_bas")
        w.int(antalBas)
        w.key("antal_insatser")
        w.int(antalInsatser)
        w.key("antal_population")
        w.int(antalPopulation)
        w.key("antal_register")
        w.int(antalRegister)
        w.key("antal_svarande")
        w.int(antalSvarande)
        w.key("bortfall")
        w.beginArray()
        for b in bortfall {
            w.element()
            b.write(to: &w)
        }
        w.endArray()
        w.key("bortfall_andel")
        bortfallsandel.write(to: &w)
        w.key("bortfall_andel_folkmangd")
        bortfallsandelFolkmangd.write(to: &w)
        w.key("bortfall_andel_fordelat")
        bortfallsandelFordelat.write(to: &w)
        w.key("bortfall_profil")
        bortfallProfil.write(to: &w)
        w.key("ej_rekvirerat")
        w.int(ejRekvirerat)
        w.key("ej_svarat")
        w.int(ejSvarat)
        w.key("enkat")
        w.string(enkat)
        w.key("i_tid")
        w.int(iTid)
        w.key("namnare")
        w.string(denominator.rawValue)
        w.key("okanda")
        w.int(okanda)
        w.key("overtackning")
        w.beginArray()
        for o in overtackning {
            w.element()
            o.write(to: &w)
        }
        w.endArray()
        w.key("partiellt")
        w.beginArray()
        for p in partiellt {
            w.element()
            p.write(to: &w)
        }
        w.endArray()
        w.key("partiellt_bortfall")
        partielltBortfall.write(to: &w)
        w.key("per_lan")
        w.beginArray()
        for g in perLan {
            w.element()
            g.write(to: &w)
        }
        w.endArray()
        w.key("per_storlek")
        w.beginArray()
        for g in perStorlek {
            w.element()
            g.write(to: &w)
        }
        w.endArray()
        w.key("population")
        w.string(population.rawValue)
        w.key("sena")
        w.int(sena)
        w.key("sena_andel")
        senaAndel.write(to: &w)
        w.key("svarande_profil")
        svarandeProfil.write(to: &w)
        w.key("utan_anvandbar_insats")
        w.int(utanAnvandbarInsats)
        w.key("utan_tidpunkt")
        w.int(utanTidpunkt)
        w.endObject()
    }
}

extension BortfallEnhet {
    func write(to w: inout JSONStreamWriter) {
        w.beginObject()
        w.key("folkmangd")
        w.int(folkmangd)
        w.key("fordelat")
        w.int(fordelat)
        w.key("i_undersokningspopulation")
        w.bool(iUndersokningspopulation)
        w.key("kod")
        w.string(kod)
        w.key("lan")
        w.string(lan)
        w.key("lan_namn")
        w.string(lanNamn)
        w.key("namn")
        w.string(namn)
        w.endObject()
    }
}

extension Grupp {
    func write(to w: inout JSONStreamWriter) {
        w.beginObject()
        w.key("andel")
        svarsandel.write(to: &w)
        w.key("andel_folkmangd")
        svarsandelFolkmangd.write(to: &w)
        w.key("andel_fordelat")
        svarsandelFordelat.write(to: &w)
        w.key("antal_bas")
        w.int(antalBas)
        w.key("antal_bortfall")
        w.int(antalBortfall)
        w.key("antal_svarande")
        w.int(antalSvarande)
        w.key("kod")
        w.string(kod)
        w.key("namn")
        w.string(namn)
        w.endObject()
    }
}

extension Profil {
    func write(to w: inout JSONStreamWriter) {
        w.beginObject()
        w.key("antal")
        w.int(antal)
        w.key("folkmangd")
        w.int(folkmangd)
        w.key("fordelat")
        w.int(fordelat)
        w.key("medel_folkmangd")
        medelFolkmangd.write(to: &w)
        w.key("medel_fordelat")
        medelFordelat.write(to: &w)
        w.endObject()
    }
}

extension OvertackningEnhet {
    func write(to w: inout JSONStreamWriter) {
        w.beginObject()
        w.key("antal_insatser")
        w.int(antalInsatser)
        w.key("feltyp")
        w.string(feltyp.rawValue)
        w.key("kod")
        w.string(kod)
        w.key("namn")
        w.string(namn)
        w.endObject()
    }
}

extension ItemRate {
    func write(to w: inout JSONStreamWriter) {
        w.beginObject()
        w.key("andel_insatser")
        andelInsatser.write(to: &w)
        w.key("andel_respondenter")
        andelRespondenter.write(to: &w)
        w.key("antal_insatser")
        w.int(antalInsatser)
        w.key("antal_respondenter")
        w.int(antalRespondenter)
        w.key("bortfall_insatser")
        bortfallInsatser.write(to: &w)
        w.key("falt")
        w.string(falt)
        w.key("insatser_besvarade")
        w.int(insatserBesvarade)
        w.key("respondenter_besvarade")
        w.int(respondenterBesvarade)
        w.endObject()
    }
}
