/// The fields a rule can name, resolved against the data contract at check time.
///
/// A field belongs to a level: insats fields exist in insats rules only, svar fields in insats
/// and svar rules, enkät fields in insats, svar and enkät rules. Inside an aggregate
/// (`summa(medel)`) every field refers to the insats being counted, so all are available there.
public enum Field: String, Sendable, Hashable, CaseIterable {
    // insats
    case insatsNr = "insats_nr"
    case titel, aktiviteter, mal, prestationer, effekter, status, malgrupp
    case medel
    case medelText = "medel_text"
    case medelTolkning = "medel_tolkning"
    case medelNyckel = "medel_nyckel"
    // svar
    case respondent
    case inskickad
    case iRegistret = "i_registret"
    case iPopulationen = "i_populationen"
    case fordelat, rekvirerat, aterbetalt
    case folkmangd
    case antalInskickningar = "antal_inskickningar"
    case antalInsatser = "antal_insatser"
    // enkät
    case enkat
    case population
    case omrade
    case referensar
    case sistaSvarsdag = "sista_svarsdag"
    case insamlingStart = "insamling_start"
    case insamlingSlut = "insamling_slut"
    case paminnelser
    case antalPopulation = "antal_population"
    case antalRegister = "antal_register"

    /// The name rules use (ASCII; `ä`/`å`/`ö` spellings fold to it).
    public var name: String { rawValue }

    public var type: ValueType {
        switch self {
        case .insatsNr, .folkmangd, .antalInskickningar, .antalInsatser, .referensar, .paminnelser,
            .antalPopulation, .antalRegister:
            .heltal
        case .medel, .fordelat, .rekvirerat, .aterbetalt: .belopp
        case .inskickad: .tidpunkt
        case .sistaSvarsdag, .insamlingStart, .insamlingSlut: .datum
        case .iRegistret, .iPopulationen: .sanning
        default: .text
        }
    }

    /// The narrowest scope the field belongs to.
    public var level: RuleScope {
        switch self {
        case .insatsNr, .titel, .aktiviteter, .mal, .prestationer, .effekter, .status, .malgrupp, .medel,
            .medelText, .medelTolkning, .medelNyckel:
            .insats
        case .respondent, .inskickad, .iRegistret, .iPopulationen, .fordelat, .rekvirerat, .aterbetalt,
            .folkmangd, .antalInskickningar, .antalInsatser:
            .svar
        default: .enkat
        }
    }

    /// True when a rule of `scope` can name the field outside an aggregate.
    func isAvailable(in scope: RuleScope) -> Bool { scope <= level }

    /// How the field is named to a reader (in `saknade(…)` and messages): `mål`, `medel`.
    public var label: String {
        switch self {
        case .insatsNr: "insats_nr"
        case .mal: "mål"
        case .medelText, .medel: "medel"
        case .fordelat: "fördelat"
        case .aterbetalt: "återbetalt"
        case .folkmangd: "folkmängd"
        case .enkat: "enkät"
        case .omrade: "område"
        case .referensar: "referensår"
        case .paminnelser: "påminnelser"
        default: rawValue.replacingUnderscores()
        }
    }

    /// The column of `svar.csv` the field is read from, for finding locations; `nil` for fields
    /// that come from elsewhere.
    public var svarColumn: String? {
        switch self {
        case .insatsNr, .titel, .aktiviteter, .mal, .prestationer, .effekter, .status, .malgrupp, .respondent,
            .inskickad, .enkat:
            rawValue
        case .medel, .medelText, .medelTolkning, .medelNyckel: "medel"
        default: nil
        }
    }

    /// The only values a text field can take, when the set is closed; comparing with anything
    /// else is a mistake the checker reports.
    var closedValues: [String]? {
        switch self {
        case .medelTolkning: ["tom", "siffror", "text", "oläslig"]
        case .population: ["kommun", "region", "lan"]
        default: nil
        }
    }

    /// By folded name.
    static let byFoldedName: [String: Field] = {
        var map: [String: Field] = [:]
        for f in Field.allCases { map[NameFolding.fold(f.rawValue)] = f }
        return map
    }()
}

extension String {
    fileprivate func replacingUnderscores() -> String {
        String(unicodeScalars.map { $0 == "_" ? " " : Character($0) })
    }
}
