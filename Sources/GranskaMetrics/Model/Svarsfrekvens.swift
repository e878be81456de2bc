import GranskaCore

/// Unit and item response for one enkät, with the bortfall analysis: what the accuracy section of
/// the kvalitetsdeklaration states.
///
/// Every rate is a ``Kvot``: the counts it was formed from and the exact ``Fraction`` (unreduced,
/// `184/290`), `nil` with a reason when the denominator is 0. The `Fraction?` properties
/// (``andel``, ``andelFolkmangd`` …) are shortcuts to them. "The base" below is the population the
/// rates are taken over (``denominator``): by default the survey population.
///
/// Unit categories (data-contract.md, Definitions):
/// - *respondent* (svarande): a unit of the survey population with a counting submission, in time
///   or late; `antalSvarande = iTid + sena`. ``utanAnvandbarInsats`` is a subset of them.
/// - *bortfall* (`ejSvarat`): a unit of the base that is not a respondent.
/// - *over-coverage*: answers from units outside the survey population, counted apart and never as
///   respondents: `ejRekvirerat` (in the register, nothing requisitioned) and `okanda` (code not in
///   the register).
public struct Svarsfrekvens: Hashable, Sendable {
    /// The enkät id, e.g. `K-KUN`.
    public var enkat: String
    public var population: PopulationTyp
    /// The base used for the rates.
    public var denominator: RateSettings.Denominator

    /// Units of the register population (290 kommuner, 21 regioner or 21 län).
    public var antalRegister: Int
    /// Units of the survey population: register units with `rekvirerat > 0` for the enkät.
    public var antalPopulation: Int
    /// Units in the base: ``antalPopulation`` or ``antalRegister``, by ``denominator``.
    public var antalBas: Int
    /// Respondents: units of the survey population with a counting submission (`iTid + sena`).
    public var antalSvarande: Int
    /// Respondents whose counting submission is dated on or before `sista_svarsdag` (or cannot be
    /// shown to be later: no readable date, or no `sista_svarsdag`).
    public var iTid: Int
    /// Respondents whose counting submission is dated after `sista_svarsdag` (`sen`).
    public var sena: Int
    /// Respondents among ``iTid`` whose submission date could not be read (so lateness is unknown).
    public var utanTidpunkt: Int
    /// Respondents none of whose counting insatser is usable (`Rensning.isUsable` false for all):
    /// partial responses in AAPOR's terms. A subset of ``antalSvarande``.
    public var utanAnvandbarInsats: Int
    /// Units of the base that are not respondents (`antalBas − antalSvarande`).
    public var ejSvarat: Int
    /// Answering units in the register but outside the survey population (`ej_rekvirerat`).
    public var ejRekvirerat: Int
    /// Answering codes not in the register population (`okand_respondent`).
    public var okanda: Int

    /// Respondents over the base, by units (AAPOR RR2; see docs/svarsfrekvens.md).
    public var svarsandel: Kvot
    /// Respondents with at least one usable insats over the base (AAPOR RR1).
    public var svarsandelAnvandbar: Kvot
    /// Respondents' folkmängd over the base's folkmängd (persons).
    public var svarsandelFolkmangd: Kvot
    /// Respondents' fördelade medel over the base's (whole kronor).
    public var svarsandelFordelat: Kvot
    /// Non-respondents over the base, by units: the ESS unit non-response rate.
    public var bortfallsandel: Kvot
    /// Non-respondents' folkmängd over the base's: the size-weighted unit non-response rate.
    public var bortfallsandelFolkmangd: Kvot
    /// Non-respondents' fördelade medel over the base's (whole kronor).
    public var bortfallsandelFordelat: Kvot
    /// Late respondents over all respondents.
    public var senaAndel: Kvot

    /// What the frame knows about the respondents.
    public var svarandeProfil: Profil
    /// What the frame knows about the non-respondents of the base.
    public var bortfallProfil: Profil

    /// The non-responding units of the base, in register (code) order.
    public var bortfall: [BortfallEnhet]
    /// Bortfall by län, in län code order; every län with a unit in the register population.
    public var perLan: [Grupp]
    /// Bortfall by ``Storleksklass`` (kommun enkäter only; empty otherwise), smallest class first.
    public var perStorlek: [Grupp]
    /// The answers from outside the survey population, by code.
    public var overtackning: [OvertackningEnhet]

    /// Respondents' counting insatser, not removed (`strukna`): the base of the item rates.
    public var antalInsatser: Int
    /// Item response per field of ``Insats/answerFields``, in that order.
    public var partiellt: [ItemRate]
    /// Blank answer cells over all answer cells (`antalInsatser × fields`): item non-response
    /// overall.
    public var partielltBortfall: Kvot

    // Shortcuts named as the kvalitetsdeklaration calls them.

    /// `antalSvarande / antalBas`, exact; `nil` when the base is empty (reason: `svarsandel.orsak`).
    public var andel: Fraction? { svarsandel.andel }
    /// Population-weighted response rate.
    public var andelFolkmangd: Fraction? { svarsandelFolkmangd.andel }
    /// Response rate weighted by fördelade medel.
    public var andelFordelat: Fraction? { svarsandelFordelat.andel }
    /// The non-respondents' share of the base's folkmängd.
    public var bortfallAndelFolkmangd: Fraction? { bortfallsandelFolkmangd.andel }
    /// The non-respondents' share of the base's fördelade medel.
    public var bortfallAndelFordelat: Fraction? { bortfallsandelFordelat.andel }
}

/// A unit of the base that did not answer.
public struct BortfallEnhet: Hashable, Sendable {
    /// Kommunkod or länskod.
    public var kod: String
    /// The register's display name (the kommun, the region or the län).
    public var namn: String
    /// The län the unit lies in (länskod).
    public var lan: String
    /// The län's name.
    public var lanNamn: String
    /// Folkmängd from the register, persons.
    public var folkmangd: Int64
    /// Fördelade medel for the enkät, whole kronor (0 without a rekvisition row).
    public var fordelat: Kronor
    /// False only with the register-population base, for a unit that requisitioned nothing.
    public var iUndersokningspopulation: Bool

    public init(
        kod: String, namn: String, lan: String, lanNamn: String, folkmangd: Int64, fordelat: Kronor,
        iUndersokningspopulation: Bool
    ) {
        self.kod = kod
        self.namn = namn
        self.lan = lan
        self.lanNamn = lanNamn
        self.folkmangd = folkmangd
        self.fordelat = fordelat
        self.iUndersokningspopulation = iUndersokningspopulation
    }
}

/// Response within one group of the base (a län, a size class).
public struct Grupp: Hashable, Sendable {
    /// The länskod or the size class id.
    public var kod: String
    /// The län's name or the size class label.
    public var namn: String
    /// Units of the base in the group.
    public var antalBas: Int
    /// Respondents in the group.
    public var antalSvarande: Int
    /// Non-respondents in the group (`antalBas − antalSvarande`).
    public var antalBortfall: Int { antalBas - antalSvarande }
    /// Respondents over the group's base, by units.
    public var svarsandel: Kvot
    /// By folkmängd (persons).
    public var svarsandelFolkmangd: Kvot
    /// By fördelade medel (whole kronor).
    public var svarsandelFordelat: Kvot

    /// The unweighted response rate; `nil` when the group has no unit in the base.
    public var andel: Fraction? { svarsandel.andel }
}

/// What the frame knows about a set of units (respondents, or non-respondents).
public struct Profil: Hashable, Sendable {
    public var antal: Int
    /// Total folkmängd, persons.
    public var folkmangd: Int64
    /// Total fördelade medel, whole kronor.
    public var fordelat: Kronor
    /// Mean folkmängd per unit (persons), exact; `nil` for an empty set.
    public var medelFolkmangd: Kvot
    /// Mean fördelade medel per unit (kronor), exact; `nil` for an empty set.
    public var medelFordelat: Kvot
}

/// An answer from a unit outside the survey population (over-coverage).
public struct OvertackningEnhet: Hashable, Sendable {
    /// The respondent code as answered.
    public var kod: String
    /// The register's display name; `nil` for an unknown code.
    public var namn: String?
    /// `.ejRekvirerat` (in the register, nothing requisitioned) or `.okandRespondent` (not in it).
    public var feltyp: Feltyp
    /// Insatser in the counting submission.
    public var antalInsatser: Int
}

/// Item response for one answer field of the insats.
public struct ItemRate: Hashable, Sendable {
    /// The field's contract name (`titel`, `mal`, …).
    public var falt: String
    /// Insatser (respondents' counting, not removed) where the field is answered (non-blank)…
    public var insatserBesvarade: Int
    /// …of this many.
    public var antalInsatser: Int
    /// Respondents that answered the field in at least one such insats…
    public var respondenterBesvarade: Int
    /// …of this many (all respondents).
    public var antalRespondenter: Int

    /// Insatser answered over insatser: the item response rate.
    public var andelInsatser: Kvot { Kvot(Int64(insatserBesvarade), Int64(antalInsatser)) }
    /// Respondents that answered it at least once over respondents.
    public var andelRespondenter: Kvot { Kvot(Int64(respondenterBesvarade), Int64(antalRespondenter)) }
    /// Blank over insatser: the ESS item non-response rate.
    public var bortfallInsatser: Kvot { andelInsatser.komplement }
}
