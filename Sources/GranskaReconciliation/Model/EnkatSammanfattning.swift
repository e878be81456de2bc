import GranskaCore

/// The reconciliation of one enkät in figures, for the kvalitetsdeklaration.
///
/// The sums are over the reconciled answers of units in the survey population (klass other than
/// `ej_rekvirerat`), in whole kronor; a sum that would not fit in `Int64` is clamped and the
/// reconciliation gives a finding.
public struct EnkatSammanfattning: Hashable, Sendable {
    public var enkat: String
    /// Where J was taken.
    public var level: ReconciliationSettings.Level
    /// Reconciled answers, `ej_rekvirerat` included.
    public var antalSvar: Int
    /// Answers per klass; every klass present, zero when none.
    public var antalPerKlass: [Klass: Int]
    /// Σ T.
    public var summaT: Kronor
    /// Σ S (the amounts as reported, before any tusental correction).
    public var summaS: Kronor
    /// Σ S_usable (after tusental corrections; the usable insatser only).
    public var summaSUsable: Kronor
    /// Σ of the reweighted amounts. Per respondent this is Σ T over the reweighted answers.
    public var summaViktat: Kronor
    /// Answers that could not be reweighted (`ej_rekvirerat` not counted).
    public var antalEjViktade: Int
    /// Σ T of those answers: requisitioned money the reweighting could not place. At the per-enkät
    /// level their T is part of the enkät's T and is spread over the others, so this is 0 there
    /// unless the whole enkät could not be reweighted.
    public var summaTEjFordelad: Kronor
    /// Insatser whose amount was corrected for thousands (× 1 000).
    public var antalTusentalsrattade: Int
    /// The smallest, median and largest J over the reweighted answers (at the per-enkät level, the
    /// one J of the enkät). The median of an even count is the lower of the two middle values.
    public var jMin: Fraction?
    public var jMedian: Fraction?
    public var jMax: Fraction?

    public init(
        enkat: String, level: ReconciliationSettings.Level, antalSvar: Int, antalPerKlass: [Klass: Int],
        summaT: Kronor, summaS: Kronor, summaSUsable: Kronor, summaViktat: Kronor, antalEjViktade: Int,
        summaTEjFordelad: Kronor, antalTusentalsrattade: Int, jMin: Fraction?, jMedian: Fraction?, jMax: Fraction?
    ) {
        self.enkat = enkat
        self.level = level
        self.antalSvar = antalSvar
        self.antalPerKlass = antalPerKlass
        self.summaT = summaT
        self.summaS = summaS
        self.summaSUsable = summaSUsable
        self.summaViktat = summaViktat
        self.antalEjViktade = antalEjViktade
        self.summaTEjFordelad = summaTEjFordelad
        self.antalTusentalsrattade = antalTusentalsrattade
        self.jMin = jMin
        self.jMedian = jMedian
        self.jMax = jMax
    }

    /// The number of answers of a klass.
    public func antal(_ klass: Klass) -> Int { antalPerKlass[klass] ?? 0 }
}
