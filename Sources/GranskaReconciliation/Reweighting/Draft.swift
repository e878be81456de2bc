import GranskaCore

/// An answer being reconciled: the public ``Avstamning`` plus what the later stages need.
struct Draft {
    var avstamning: Avstamning
    /// The rule that set the whole answer aside (`Rensning.uteslutnaSvar`), if any.
    var svarRegel: String?
    /// S_usable exactly; it may exceed `Int64` (then `avstamning.sUsable` is clamped).
    var sUsableWide: Wide
    /// True when the exact S exceeds `Int64` (then `avstamning.S` is clamped).
    var sOverflow: Bool
    /// Index into the `svar` given.
    var svarIndex: Int

    /// True when the answer takes part in reweighting at all (not `ej_rekvirerat`).
    var isInPopulation: Bool { avstamning.klass != .ejRekvirerat }
}

/// One insats's place in the tie-break of the apportionment: the larger value first (done by
/// ``Apportionment``), then respondent, insats number (unreadable last), file, line and index, so
/// the result never depends on the input's order.
struct TieKey: Comparable {
    var respondent: String
    var insatsNr: Int
    var file: String
    var line: Int
    var index: Int

    init(respondent: String, insats: AvstamdInsats) {
        self.respondent = respondent
        self.insatsNr = insats.insatsNr ?? Int.max
        self.file = insats.location.file
        self.line = insats.location.line
        self.index = insats.insats
    }

    static func < (a: TieKey, b: TieKey) -> Bool {
        (a.respondent, a.insatsNr, a.file, a.line, a.index) < (b.respondent, b.insatsNr, b.file, b.line, b.index)
    }
}
