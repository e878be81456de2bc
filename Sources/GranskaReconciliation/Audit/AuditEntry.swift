import GranskaCore

/// What a change to the data did. The raw values are the words the audit trail prints.
public enum AuditAtgard: String, Hashable, Sendable, CaseIterable {
    /// An amount written as text (`1 250 tkr`) was read as whole kronor.
    case lastFranText = "läst_från_text"
    /// An amount that could not be read: the insats has no amount (not in S, not reweighted).
    case ejLasbart = "ej_läsbart"
    /// A negative amount (a sign error) was made positive.
    case teckenrattad = "teckenrättad"
    /// An amount typed in thousands was multiplied by 1 000.
    case tusentalsrattad = "tusentalsrättad"
    /// The insats is left out of the reweighting (its amount still counts in S).
    case utesluten
    /// The insats is removed: a duplicate; it counts nowhere.
    case struken
    /// The whole answer is left out of the reweighting (or, for an unknown respondent, of the
    /// reconciliation and the cleaned data).
    case svarUtesluten = "svar_utesluten"
    /// A row of a submission replaced by a later one from the same respondent.
    case ersattInskickning = "ersatt_inskickning"
    /// The amount was reweighted: x* = x·J in whole kronor.
    case viktad

    /// True for the changes that remove the row from the cleaned data.
    public var removesRow: Bool { self == .struken || self == .ersattInskickning }
}

/// One change to the data: what, where, before and after, by which rule, and why.
///
/// `fore`/`efter` are the values as text (`"1250 tkr"` → `"1250000"`); empty where the change is
/// not to a value (a row set aside). `line` is the 1-based physical line in `file`.
public struct AuditEntry: Hashable, Sendable {
    public var atgard: AuditAtgard
    public var file: String
    /// 1-based physical line.
    public var line: Int
    public var enkat: String
    public var respondent: String
    /// `nil` for a change to a whole answer, or when the number could not be read.
    public var insatsNr: Int?
    /// The field changed (`medel`), or empty for a whole row or answer.
    public var falt: String
    public var fore: String
    public var efter: String
    /// The rule: an id from the rules (`Rensning`) or the reconciliation's own (`avst.…`).
    public var regel: String
    /// Why, in Swedish.
    public var orsak: String
    /// Index into ``Omgang/insatser`` of the row changed; `nil` for a whole answer.
    public var insats: Int?

    public init(
        atgard: AuditAtgard, file: String, line: Int, enkat: String, respondent: String, insatsNr: Int?,
        falt: String, fore: String, efter: String, regel: String, orsak: String, insats: Int?
    ) {
        self.atgard = atgard
        self.file = file
        self.line = line
        self.enkat = enkat
        self.respondent = respondent
        self.insatsNr = insatsNr
        self.falt = falt
        self.fore = fore
        self.efter = efter
        self.regel = regel
        self.orsak = orsak
        self.insats = insats
    }
}
