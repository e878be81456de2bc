import GranskaCore

extension Finding {
    /// The finding as a JSON object with the keys of `granska check --format json`: `regel`,
    /// `feltyp`, `allvarlighet`, `enkat`, `respondent`, `insats_nr`, `fil`, `rad` (1-based line),
    /// `kolumn` (1-based, in characters), `meddelande` and `fingeravtryck`. Missing values are `null`.
    public var json: JSONValue {
        .object([
            "regel": .string(regel),
            "feltyp": .optional(feltyp),
            "allvarlighet": .string(allvarlighet.rawValue),
            "enkat": .optional(enkat),
            "respondent": .optional(respondent),
            "insats_nr": .optional(insatsNr),
            "fil": .optional(location?.file),
            "rad": .optional(location?.line),
            "kolumn": .optional(location?.column),
            "meddelande": .string(meddelande),
            "fingeravtryck": .string(FindingFingerprint.of(self)),
        ])
    }

    /// The column names of the findings CSV, in order (the same names as the JSON keys).
    public static let csvHeader: [String] = [
        "allvarlighet", "regel", "feltyp", "enkat", "respondent", "insats_nr", "fil", "rad", "kolumn", "meddelande",
    ]

    /// The finding's CSV cells in ``csvHeader`` order; missing values are empty cells.
    public var csvRow: [String] {
        [
            allvarlighet.rawValue, regel, feltyp ?? "", enkat ?? "", respondent ?? "",
            insatsNr.map(String.init) ?? "", location?.file ?? "", location.map { String($0.line) } ?? "",
            location.map { String($0.column) } ?? "", meddelande,
        ]
    }
}

/// `granska check --format json`: one document
/// `{"version": 1, "verktyg": "granska", "findings": [...], "sammanfattning": {...}}`.
///
/// `sammanfattning` holds `totalt`, `fel`, `varning`, `info`, `per_feltyp`, `over_troskel` (findings
/// at or above `--fail-on`), `troskel` (the `--fail-on` value) and `accepterade_av_baslinje`.
public struct JSONFindingsRenderer: FindingsRenderer {
    public init() {}

    public func render(_ report: FindingsReport) -> String {
        document(report).serialized() + "\n"
    }

    /// The document as a value (for embedding, e.g. `fynd.json` of `granska run`).
    public func document(_ report: FindingsReport) -> JSONValue {
        var members = self.members(report)
        members["findings"] = .array(report.findings.map(\.json))
        return .object(members)
    }

    /// The bytes of ``render(_:)``, handed to `emit` in pieces without building the findings
    /// array: for `fynd.json` of a round with a million findings.
    ///
    /// - Complexity: O(size of the output); memory O(one piece).
    public func stream(_ report: FindingsReport, emit: ([UInt8]) throws -> Void) rethrows {
        let findings = report.findings
        try JSONValue.streamObject(
            members(report), arrayKey: "findings", count: findings.count, write: { w, i in findings[i].write(to: &w) },
            emit: emit)
        try emit([0x0A])
    }

    /// Every member of the document but `findings`.
    private func members(_ report: FindingsReport) -> [String: JSONValue] {
        let counts = report.countsBySeverity
        let summary: JSONValue = .object([
            "totalt": .int(Int64(report.findings.count)),
            "fel": .int(Int64(counts[.fel] ?? 0)),
            "varning": .int(Int64(counts[.varning] ?? 0)),
            "info": .int(Int64(counts[.info] ?? 0)),
            "per_feltyp": .object(report.countsByFeltyp.mapValues { .int(Int64($0)) }),
            "over_troskel": .int(Int64(report.failingCount)),
            "troskel": .string(report.threshold?.rawValue ?? "never"),
            "accepterade_av_baslinje": .int(Int64(report.acceptedByBaseline)),
        ])
        return [
            "version": .int(1),
            "verktyg": .string("granska"),
            "verktygsversion": .string(report.toolVersion),
            "sammanfattning": summary,
        ]
    }
}
