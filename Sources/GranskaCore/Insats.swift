/// One reported insats: one row of `svar.csv`.
///
/// The free-text cells are kept exactly as read (the raw cells); `medel` keeps the typed text
/// beside the amount read from it. `location` is where the record starts (file and physical line).
public struct Insats: Hashable, Sendable {
    public var enkat: String
    public var respondent: String
    /// When the answer was submitted; `nil` when the cell could not be read as a date and time.
    public var inskickad: Tidpunkt?
    /// The `inskickad` cell as typed.
    public var inskickadText: String
    /// The insats number, 1…n within a submission; `nil` when not a whole number.
    public var insatsNr: Int?
    /// The `insats_nr` cell as typed.
    public var insatsNrText: String
    public var titel: String
    public var aktiviteter: String
    public var mal: String
    public var prestationer: String
    public var effekter: String
    public var status: String
    /// One or more target groups separated by `|`.
    public var malgrupp: String
    public var medel: Belopp
    /// Contact data (personal data): read only when the user asks to keep it, never written by default.
    public var kontakt: Kontakt?
    /// Where the record starts.
    public var location: SourceLocation

    public init(
        enkat: String, respondent: String, inskickad: Tidpunkt?, inskickadText: String, insatsNr: Int?,
        insatsNrText: String, titel: String, aktiviteter: String, mal: String, prestationer: String,
        effekter: String, status: String, malgrupp: String, medel: Belopp, kontakt: Kontakt? = nil,
        location: SourceLocation
    ) {
        self.enkat = enkat
        self.respondent = respondent
        self.inskickad = inskickad
        self.inskickadText = inskickadText
        self.insatsNr = insatsNr
        self.insatsNrText = insatsNrText
        self.titel = titel
        self.aktiviteter = aktiviteter
        self.mal = mal
        self.prestationer = prestationer
        self.effekter = effekter
        self.status = status
        self.malgrupp = malgrupp
        self.medel = medel
        self.kontakt = kontakt
        self.location = location
    }

    /// The pair (enkät, respondent) this insats belongs to.
    public var key: SvarKey { SvarKey(enkat: enkat, respondent: respondent) }

    /// The insats fields a respondent answers, in questionnaire order, with their contract names.
    ///
    /// Used for item non-response and by the rule language. `medel` is the typed text here.
    public static let answerFields: [String] = [
        "titel", "aktiviteter", "mal", "prestationer", "effekter", "status", "malgrupp", "medel",
    ]

    /// The fields whose absence makes an insats incomplete (`ofullstandig`).
    public static let requiredFields: [String] = ["titel", "aktiviteter", "status", "medel"]

    /// The text of an answer field by its contract name (see ``answerFields``); `nil` for other names.
    public func answer(_ field: String) -> String? {
        switch field {
        case "titel": titel
        case "aktiviteter": aktiviteter
        case "mal": mal
        case "prestationer": prestationer
        case "effekter": effekter
        case "status": status
        case "malgrupp": malgrupp
        case "medel": medel.text
        default: nil
        }
    }
}

/// Who answered for a respondent: personal data, kept only on explicit request.
public struct Kontakt: Hashable, Sendable {
    public var namn: String
    public var epost: String
    public var telefon: String

    public init(namn: String, epost: String, telefon: String) {
        self.namn = namn
        self.epost = epost
        self.telefon = telefon
    }
}
