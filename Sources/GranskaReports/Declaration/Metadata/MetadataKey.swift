/// The facts a kvalitetsdeklaration needs that neither the answers nor `omgang.csv` hold, as keys
/// of `deklaration.txt`.
///
/// The set is closed, so a misspelt key is an error rather than a fact silently lost. In the file
/// a key may be written with å/ä/ö, capitals, spaces or hyphens (`Insamlingssätt`,
/// `insamlings-satt`): ``MetadataKey/init(normalizing:)`` folds them to the raw value.
public enum MetadataKey: String, CaseIterable, Sendable, Hashable, Comparable {
    /// The subject line under the title, e.g. "Stöd till riktade insatser inom området psykisk hälsa".
    case amne
    /// The assignment the survey answers to, with its reference (e.g. a government assignment).
    case uppdrag
    /// The authority or unit responsible for the survey and the statistics.
    case ansvarig
    /// Who answers questions about the statistics (a function address rather than a person).
    case kontakt
    /// Why the survey is made and what the statistics are for.
    case syfte
    /// How the questions were designed and tested.
    case fragor
    /// How the data were collected (web survey, information letter, who was addressed).
    case insamlingssatt
    /// How the free-text answers were coded (codebook version, double coding), if they were.
    case kodning
    /// Known breaks in comparability over time (changed questions, areas or code lists).
    case jamforbarhet
    /// Where and how the results are published.
    case publicering

    /// Whether the declaration's text needs the fact. A required fact that is missing is
    /// marked in the text and listed under the title; an optional one (`amne`, `kodning`,
    /// `jamforbarhet`) is simply left out.
    public var isRequired: Bool {
        switch self {
        case .amne, .kodning, .jamforbarhet: false
        default: true
        }
    }

    /// The key as written in the file: `insamlingssatt`.
    public var key: String { rawValue }

    /// What the fact is, in Swedish, as the "Uppgift saknas: …" notice names it.
    public var etikett: String {
        switch self {
        case .amne: "ämne"
        case .uppdrag: "uppdrag"
        case .ansvarig: "ansvarig myndighet"
        case .kontakt: "kontaktuppgifter"
        case .syfte: "syfte"
        case .fragor: "frågornas utformning"
        case .insamlingssatt: "insamlingssätt"
        case .kodning: "kodning av fritextsvar"
        case .jamforbarhet: "jämförbarhet över tid"
        case .publicering: "publicering"
        }
    }

    /// The key a user wrote, folded: trimmed, lower case, å/ä → a, ö → o, é → e, and spaces or
    /// hyphens dropped. `nil` when it names no known key.
    public init?(normalizing written: String) {
        guard let key = MetadataKey(rawValue: MetadataKey.fold(written)) else { return nil }
        self = key
    }

    /// The folded form used for matching (also for the near-miss suggestion).
    static func fold(_ written: String) -> String {
        var out = ""
        for scalar in written.trimmingSpaces().lowercased().unicodeScalars {
            switch scalar {
            case "å", "ä", "à", "á": out += "a"
            case "ö", "ø": out += "o"
            case "é", "è": out += "e"
            case " ", "-", "_", "\t": continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    public static func < (a: MetadataKey, b: MetadataKey) -> Bool { a.rawValue < b.rawValue }
}
