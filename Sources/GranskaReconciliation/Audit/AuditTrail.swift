import GranskaCore

/// Every change the cleaning and the reconciliation made to the data, one entry per change.
///
/// Together with the input it reproduces the cleaned data: a row missing from the cleaned data
/// has a `struken`, `ersatt_inskickning` or (unknown respondent) `svar_utesluten` entry; an amount
/// that differs from the typed text has the chain `läst_från_text` / `teckenrättad` /
/// `tusentalsrättad`, each entry's `fore` being the previous entry's `efter`; a reweighted amount
/// has a `viktad` entry. Entries come in answer order (the order of ``Omgang/svar()``), then row
/// order; the same input always gives the same trail.
///
/// Writing files is the CLI's job: ``csvRows()`` and ``json()`` are pure.
public struct AuditTrail: Hashable, Sendable {
    /// Where J was taken; recorded with the trail.
    public var level: ReconciliationSettings.Level
    public var entries: [AuditEntry]

    public init(level: ReconciliationSettings.Level, entries: [AuditEntry]) {
        self.level = level
        self.entries = entries
    }

    /// The CSV header.
    public static let csvHeader = [
        "atgard", "fil", "rad", "enkat", "respondent", "insats_nr", "falt", "fore", "efter", "regel", "orsak",
    ]

    /// The trail as CSV rows, the header first. Cells are plain text; the CLI's writer quotes and
    /// neutralises them.
    ///
    /// - Complexity: O(n).
    public func csvRows() -> [[String]] {
        var rows: [[String]] = [AuditTrail.csvHeader]
        rows.reserveCapacity(entries.count + 1)
        for e in entries {
            rows.append([
                e.atgard.rawValue, e.file, String(e.line), e.enkat, e.respondent, e.insatsNr.map(String.init) ?? "",
                e.falt, e.fore, e.efter, e.regel, e.orsak,
            ])
        }
        return rows
    }

    /// The trail as JSON: `{"niva": …, "poster": [{atgard, fil, rad, enkat, respondent, insats_nr,
    /// falt, fore, efter, regel, orsak}, …]}`.
    ///
    /// - Complexity: O(n).
    public func json() -> JSONValue {
        .object([
            "niva": .string(level.rawValue),
            "poster": .array(entries.map { e in
                .object([
                    "atgard": .string(e.atgard.rawValue),
                    "fil": .string(e.file),
                    "rad": .int(Int64(e.line)),
                    "enkat": .string(e.enkat),
                    "respondent": .string(e.respondent),
                    "insats_nr": .optional(e.insatsNr),
                    "falt": .string(e.falt),
                    "fore": .string(e.fore),
                    "efter": .string(e.efter),
                    "regel": .string(e.regel),
                    "orsak": .string(e.orsak),
                ])
            }),
        ])
    }

    /// How many entries of each kind, every kind present (zero when none); for one enkät when
    /// `enkat` is given.
    ///
    /// - Complexity: O(n).
    public func counts(enkat: String? = nil) -> [AuditAtgard: Int] {
        var result: [AuditAtgard: Int] = [:]
        for a in AuditAtgard.allCases { result[a] = 0 }
        for e in entries where enkat == nil || e.enkat == enkat { result[e.atgard, default: 0] += 1 }
        return result
    }
}
