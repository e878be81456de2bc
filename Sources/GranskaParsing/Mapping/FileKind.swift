/// The three files of a survey round, each with its contract columns.
public enum FileKind: String, Hashable, Sendable, CaseIterable {
    /// `omgang.csv`: the enkäter of the round, one row each.
    case omgang
    /// `svar.csv`: one row per reported insats.
    case svar
    /// `rekvisitioner.csv`: Kammarkollegiet's figures per enkät and respondent.
    case rekvisitioner

    /// The file's name in a round's folder.
    public var fileName: String { rawValue + ".csv" }

    /// The contract's columns of this file, in the contract's order.
    public var columns: [ContractColumn] {
        switch self {
        case .omgang:
            [
                .init("enkat", aliases: ["enkatid"]), .init("population", aliases: ["populationstyp"]),
                .init("omrade", required: false, aliases: ["prioriteratomrade"]),
                .init("referensar", required: false), .init("sista_svarsdag"),
                .init("insamling_start", required: false), .init("insamling_slut", required: false),
                .init("paminnelser", required: false, aliases: ["antalpaminnelser"]),
            ]
        case .svar:
            [
                .init("enkat", aliases: ["enkatid"]), .init("respondent", aliases: ["respondentkod"]),
                .init(
                    "kontaktperson", required: false, personal: true,
                    aliases: ["kontakt", "namn", "kontaktnamn", "kontaktpersonensnamn", "uppgiftslamnare"]),
                .init(
                    "epost", required: false, personal: true,
                    aliases: ["mejl", "mail", "email", "epostadress", "mejladress", "mailadress", "emailadress"]),
                .init(
                    "telefon", required: false, personal: true,
                    aliases: ["tel", "telnr", "tfn", "telefonnummer", "telefonnr", "mobil", "mobilnummer", "mobiltelefon"]),
                .init("inskickad", aliases: ["inskickat", "inskickningstid"]),
                .init("insats_nr", aliases: ["insatsnummer"]), .init("titel"), .init("aktiviteter"), .init("mal"),
                .init("prestationer"), .init("effekter"), .init("status"), .init("malgrupp", aliases: ["malgrupper"]),
                .init("medel", aliases: ["belopp"]),
            ]
        case .rekvisitioner:
            [
                .init("enkat", aliases: ["enkatid"]), .init("respondent", aliases: ["respondentkod"]),
                .init("fordelat"), .init("rekvirerat"), .init("aterbetalt"),
            ]
        }
    }

    /// The contract column a header cell names in this file, or `nil` for a column the contract
    /// does not know.
    ///
    /// - Complexity: O(length of the name) after the first call.
    public func column(forHeader name: String) -> ContractColumn? {
        FileKind.lookup[self]?[HeaderName.matchKey(name)]
    }

    /// Per kind: match key (of the name and of every alias) → column.
    static let lookup: [FileKind: [String: ContractColumn]] = {
        var all: [FileKind: [String: ContractColumn]] = [:]
        for kind in FileKind.allCases {
            var table: [String: ContractColumn] = [:]
            for column in kind.columns {
                table[HeaderName.matchKey(column.name)] = column
                for alias in column.aliases { table[HeaderName.matchKey(alias)] = column }
            }
            all[kind] = table
        }
        return all
    }()

    /// True when a header names personal data (a contact person, an e-mail address, a telephone
    /// number) in any kind of file: those values are masked unless the user asks for them.
    ///
    /// Besides the contact columns' names and aliases, any header that mentions e-mail, telephone,
    /// mobile, a contact person or a personnummer, or that ends in `namn` (`Förnamn`,
    /// `Kontaktpersonens namn`), counts: survey tools invent their own headings, and masking one
    /// column too many is the safe mistake.
    ///
    /// - Complexity: O(length of the name).
    public static func isPersonal(header name: String) -> Bool {
        if FileKind.svar.column(forHeader: name)?.personal ?? false { return true }
        let key = HeaderName.matchKey(name)
        if key.hasSuffix("namn") { return true }
        return personalWords.contains { key.contains($0) }
    }

    /// Parts of a header's match key that mark personal data.
    static let personalWords = [
        "epost", "email", "mejl", "mail", "telefon", "mobil", "tfn", "kontaktperson", "personnummer", "persnr",
    ]
}

/// One column of the data contract.
public struct ContractColumn: Hashable, Sendable {
    /// The contract's name, e.g. `insats_nr`.
    public var name: String
    /// True when the file cannot be read without it.
    public var required: Bool
    /// True for personal data (`kontaktperson`, `epost`, `telefon`).
    public var personal: Bool
    /// Other header spellings that mean this column (compared by ``HeaderName/matchKey(_:)``).
    public var aliases: [String]

    public init(_ name: String, required: Bool = true, personal: Bool = false, aliases: [String] = []) {
        self.name = name
        self.required = required
        self.personal = personal
        self.aliases = aliases
    }
}
