/// One reported insats: one row of `svar.csv`.
///
/// The free-text cells are kept exactly as read (the raw cells); `medel` keeps the typed text
/// beside the amount read from it. `location` is where the record starts (file and physical line).
///
/// ## Storage
/// An insats is a handle: a reference to the ``InsatsColumns`` of its file and a row number. Its
/// text is decoded from the file's bytes when a property is read, so a round of 1.5 million
/// insatser does not hold 15 million `String`s (nor copy a dozen of them each time an insats is
/// copied). The properties read and write like stored ones: setting one moves the insats into
/// storage of its own, so other insatser never change. Equality and hashing compare the values,
/// never the storage.
public struct Insats: Hashable, Sendable {
    /// The storage and the row within it.
    let columns: InsatsColumns
    let row: Int

    /// The insats in row `row` (0-based) of `columns`.
    public init(columns: InsatsColumns, row: Int) {
        precondition(row >= 0 && row < columns.count, "row out of range")
        self.columns = columns
        self.row = row
    }

    public init(
        enkat: String, respondent: String, inskickad: Tidpunkt?, inskickadText: String, insatsNr: Int?,
        insatsNrText: String, titel: String, aktiviteter: String, mal: String, prestationer: String,
        effekter: String, status: String, malgrupp: String, medel: Belopp, kontakt: Kontakt? = nil,
        location: SourceLocation
    ) {
        self.init(
            Values(
                enkat: enkat, respondent: respondent, inskickad: inskickad, inskickadText: inskickadText,
                insatsNr: insatsNr, insatsNrText: insatsNrText, titel: titel, aktiviteter: aktiviteter, mal: mal,
                prestationer: prestationer, effekter: effekter, status: status, malgrupp: malgrupp, medel: medel,
                kontakt: kontakt, location: location))
    }

    init(_ values: Values) {
        self.init(columns: InsatsColumns(values), row: 0)
    }

    // MARK: - The values

    public var enkat: String {
        get { columns.names[Int(columns.rows[row].enkat)] }
        set { modify { $0.enkat = newValue } }
    }

    public var respondent: String {
        get { columns.names[Int(columns.rows[row].respondent)] }
        set { modify { $0.respondent = newValue } }
    }

    /// When the answer was submitted; `nil` when the cell could not be read as a date and time.
    public var inskickad: Tidpunkt? {
        get { columns.inskickad(row) }
        set { modify { $0.inskickad = newValue } }
    }

    /// The `inskickad` cell as typed.
    public var inskickadText: String {
        get { text(.inskickad) }
        set { modify { $0.inskickadText = newValue } }
    }

    /// The insats number, 1…n within a submission; `nil` when not a whole number.
    public var insatsNr: Int? {
        get { columns.rows[row].insatsNr }
        set { modify { $0.insatsNr = newValue } }
    }

    /// The `insats_nr` cell as typed.
    public var insatsNrText: String {
        get { text(.insatsNr) }
        set { modify { $0.insatsNrText = newValue } }
    }

    public var titel: String {
        get { text(.titel) }
        set { modify { $0.titel = newValue } }
    }

    public var aktiviteter: String {
        get { text(.aktiviteter) }
        set { modify { $0.aktiviteter = newValue } }
    }

    public var mal: String {
        get { text(.mal) }
        set { modify { $0.mal = newValue } }
    }

    public var prestationer: String {
        get { text(.prestationer) }
        set { modify { $0.prestationer = newValue } }
    }

    public var effekter: String {
        get { text(.effekter) }
        set { modify { $0.effekter = newValue } }
    }

    public var status: String {
        get { text(.status) }
        set { modify { $0.status = newValue } }
    }

    /// One or more target groups separated by `|`.
    public var malgrupp: String {
        get { text(.malgrupp) }
        set { modify { $0.malgrupp = newValue } }
    }

    public var medel: Belopp {
        get {
            let r = columns.rows[row]
            return Belopp(text: text(.medel), kronor: r.kronor, tolkning: r.tolkning)
        }
        set { modify { $0.medel = newValue } }
    }

    /// Contact data (personal data): read only when the user asks to keep it, never written by default.
    public var kontakt: Kontakt? {
        get {
            guard columns.hasKontakt else { return nil }
            return Kontakt(namn: text(.kontaktperson), epost: text(.epost), telefon: text(.telefon))
        }
        set { modify { $0.kontakt = newValue } }
    }

    /// Where the record starts.
    public var location: SourceLocation {
        get { columns.location(row) }
        set { modify { $0.location = newValue } }
    }

    /// Where the cell of a `svar.csv` column starts (file, line, column in characters), for a
    /// finding about that field; the record's ``location`` when the column is not one of the
    /// insats's fields, the file lacks it, or the insats was made from plain values.
    ///
    /// - Parameter column: the column's contract name (`medel`, `titel`, `insats_nr`, …).
    public func location(ofColumn column: String) -> SourceLocation {
        guard let field = Field(column: column) else { return location }
        return columns.location(row, field) ?? location
    }

    // MARK: - Reading without decoding

    /// The amount read from `medel`, in whole kronor with the sign as typed: `medel.kronor`
    /// without decoding the cell's text.
    public var medelKronor: Kronor? { columns.rows[row].kronor }

    /// How `medel` was read: `medel.tolkning` without decoding the cell's text.
    public var medelTolkning: Belopp.Tolkning { columns.rows[row].tolkning }

    /// The text of one cell as typed.
    ///
    /// - Complexity: O(length of the cell).
    public func text(_ field: Field) -> String { columns.text(row, field) }

    /// True when the cell is empty or only white space (``Swift/String/isBlank``), without
    /// decoding it; a missing contact column is blank.
    ///
    /// - Complexity: O(1).
    public func isBlank(_ field: Field) -> Bool { columns.rows[row].blank & (1 << field.rawValue) != 0 }

    /// Calls `body` with the cell's UTF-8 bytes (quotes removed, `""` unescaped), without making
    /// a `String`.
    ///
    /// - Complexity: O(length of the cell).
    public func withUTF8<R>(_ field: Field, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try columns.withUTF8(row, field, body)
    }

    /// Calls `body` with the bytes of the cells `first` through `last` exactly as they stand in
    /// the file, the `;` between them included — when those fields are adjacent columns in that
    /// order in a `;`-separated file; otherwise returns `nil` without calling it. For writers
    /// that copy a run of cells unchanged (see `CSVWriter.appendVerbatim`).
    ///
    /// - Complexity: O(1) plus `body`.
    public func withRawCells<R>(_ first: Field, through last: Field, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        columns.withRawCells(row, first, last, body)
    }

    // MARK: - Derived

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
        Field(answer: field).map(text)
    }

    // MARK: - Value semantics

    /// Every value of the insats, as plain stored properties.
    var values: Values {
        Values(
            enkat: enkat, respondent: respondent, inskickad: inskickad, inskickadText: inskickadText,
            insatsNr: insatsNr, insatsNrText: insatsNrText, titel: titel, aktiviteter: aktiviteter, mal: mal,
            prestationer: prestationer, effekter: effekter, status: status, malgrupp: malgrupp, medel: medel,
            kontakt: kontakt, location: location)
    }

    /// Changes one value: the insats moves into storage of its own.
    private mutating func modify(_ change: (inout Values) -> Void) {
        var v = values
        change(&v)
        self = Insats(v)
    }

    public static func == (a: Insats, b: Insats) -> Bool {
        (a.columns === b.columns && a.row == b.row) || a.values == b.values
    }

    public func hash(into hasher: inout Hasher) { values.hash(into: &hasher) }
}

extension Insats {
    /// The text cells of an insats: those kept as typed (`enkat` and `respondent` are trimmed keys
    /// and not among them).
    public enum Field: Int, CaseIterable, Sendable {
        case inskickad, insatsNr, titel, aktiviteter, mal, prestationer, effekter, status, malgrupp, medel
        case kontaktperson, epost, telefon

        /// The field read from the `svar.csv` column with this contract name: an answer field,
        /// `inskickad`, `insats_nr` or a contact column.
        public init?(column name: String) {
            if let answer = Field(answer: name) {
                self = answer
                return
            }
            switch name {
            case "inskickad": self = .inskickad
            case "insats_nr": self = .insatsNr
            case "kontaktperson": self = .kontaktperson
            case "epost": self = .epost
            case "telefon": self = .telefon
            default: return nil
            }
        }

        /// The answer field with this contract name (see ``Insats/answerFields``).
        public init?(answer name: String) {
            switch name {
            case "titel": self = .titel
            case "aktiviteter": self = .aktiviteter
            case "mal": self = .mal
            case "prestationer": self = .prestationer
            case "effekter": self = .effekter
            case "status": self = .status
            case "malgrupp": self = .malgrupp
            case "medel": self = .medel
            default: return nil
            }
        }
    }

    /// The values of an insats as stored properties: what ``Insats/init(enkat:respondent:inskickad:inskickadText:insatsNr:insatsNrText:titel:aktiviteter:mal:prestationer:effekter:status:malgrupp:medel:kontakt:location:)``
    /// takes, and what equality compares.
    struct Values: Hashable {
        var enkat: String
        var respondent: String
        var inskickad: Tidpunkt?
        var inskickadText: String
        var insatsNr: Int?
        var insatsNrText: String
        var titel: String
        var aktiviteter: String
        var mal: String
        var prestationer: String
        var effekter: String
        var status: String
        var malgrupp: String
        var medel: Belopp
        var kontakt: Kontakt?
        var location: SourceLocation

        func text(_ field: Field) -> String {
            switch field {
            case .inskickad: inskickadText
            case .insatsNr: insatsNrText
            case .titel: titel
            case .aktiviteter: aktiviteter
            case .mal: mal
            case .prestationer: prestationer
            case .effekter: effekter
            case .status: status
            case .malgrupp: malgrupp
            case .medel: medel.text
            case .kontaktperson: kontakt?.namn ?? ""
            case .epost: kontakt?.epost ?? ""
            case .telefon: kontakt?.telefon ?? ""
            }
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

extension Insats: CustomReflectable {
    /// The insats's values (what ``Insats/init(enkat:respondent:inskickad:inskickadText:insatsNr:insatsNrText:titel:aktiviteter:mal:prestationer:effekter:status:malgrupp:medel:kontakt:location:)``
    /// takes), not its storage: what `print`, `dump` and reflection-based checks (every string
    /// of a loaded round) see. The file's other cells are not values of the insats.
    public var customMirror: Mirror {
        Mirror(reflecting: values)
    }
}
