import GranskaCore

/// One insats of a reconciled answer: an insats of the counting submission that is not a
/// duplicate (duplicates, `Rensning.strukna`, count nowhere and are only in the audit trail).
public struct AvstamdInsats: Hashable, Sendable {
    /// Index into ``Omgang/insatser``.
    public var insats: Int
    /// The insats number; `nil` when it could not be read.
    public var insatsNr: Int?
    /// Whole kronor as read (a `tkr`/`mkr` suffix already applied by the reader) with a sign error
    /// corrected; `nil` when the amount is empty or unreadable. These are the amounts in S.
    public var medel: Kronor?
    /// `medel` after a `tusental` correction (× 1 000) where the klass says so, otherwise equal to
    /// `medel`; the amount reweighting starts from.
    public var korrigerat: Kronor?
    /// Used in the reweighting: not set aside by a rule, a readable amount, not an `ej_rekvirerat`
    /// answer.
    public var usable: Bool
    /// The reweighted amount x* in whole kronor; `nil` when not usable or not reweighted.
    public var viktat: Kronor?
    /// Where the insats's row starts.
    public var location: SourceLocation

    public init(
        insats: Int, insatsNr: Int?, medel: Kronor?, korrigerat: Kronor?, usable: Bool, viktat: Kronor?,
        location: SourceLocation
    ) {
        self.insats = insats
        self.insatsNr = insatsNr
        self.medel = medel
        self.korrigerat = korrigerat
        self.usable = usable
        self.viktat = viktat
        self.location = location
    }
}

/// The reconciliation of one (enkät, respondent): S against T, the klass, and the reweighting.
///
/// Made for every answer of a unit in the enkät's register population (unknown respondents are
/// not reconciled). Amounts are whole kronor.
public struct Avstamning: Hashable, Sendable {
    public var enkat: String
    public var respondent: String
    /// The sum of the amounts of the counting submission (duplicates set aside, sign errors
    /// corrected; incomplete insatser included). Clamped to `Int64.max` in the absurd case that
    /// the sum does not fit (then a finding says so).
    public var S: Kronor
    /// T = rekvirerat − återbetalt; `nil` without a rekvisition.
    public var T: Kronor?
    /// The number of amounts in S.
    public var n: Int
    public var klass: Klass
    /// For `tusental` in one amount: the insats number of the amount typed in thousands.
    public var tusentalInsatsNr: Int?
    /// For `tusental` in one amount: that insats's index into ``Omgang/insatser``.
    public var tusentalInsats: Int?
    /// For `avrundning`: the rounding step in whole kronor.
    public var steg: Kronor?
    /// The sum of the usable amounts after a tusental correction (the denominator of J).
    public var sUsable: Kronor
    /// The justeringsfaktor J = T / S_usable, exact and unreduced; at the per-enkät level the
    /// enkät's J. `nil` when not reweighted.
    public var J: Fraction?
    /// Why the answer was not reweighted (Swedish); `nil` when it was.
    public var ejViktadOrsak: String?
    /// The insatser of the counting submission that count (duplicates left out), in insats order.
    public var insatser: [AvstamdInsats]
    /// The first row of the counting submission.
    public var location: SourceLocation

    public init(
        enkat: String, respondent: String, S: Kronor, T: Kronor?, n: Int, klass: Klass, tusentalInsatsNr: Int?,
        tusentalInsats: Int?, steg: Kronor?, sUsable: Kronor, J: Fraction?, ejViktadOrsak: String?,
        insatser: [AvstamdInsats], location: SourceLocation
    ) {
        self.enkat = enkat
        self.respondent = respondent
        self.S = S
        self.T = T
        self.n = n
        self.klass = klass
        self.tusentalInsatsNr = tusentalInsatsNr
        self.tusentalInsats = tusentalInsats
        self.steg = steg
        self.sUsable = sUsable
        self.J = J
        self.ejViktadOrsak = ejViktadOrsak
        self.insatser = insatser
        self.location = location
    }

    /// The pair this reconciliation is about.
    public var key: SvarKey { SvarKey(enkat: enkat, respondent: respondent) }

    /// The sum of the reweighted amounts (equals T when reweighted per respondent); 0 when not
    /// reweighted.
    public var viktatSumma: Kronor {
        insatser.reduce(Kronor(0)) { sum, insats in
            let (next, overflow) = sum.addingReportingOverflow(insats.viktat ?? 0)
            return overflow ? Kronor.max : next
        }
    }
}
