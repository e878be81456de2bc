import Foundation
import GranskaCore
import GranskaParsing

/// The example's answer key and the contract's matching rule: a finding matches a facit row with
/// the same `feltyp` and key — (enkat, respondent, insats_nr) for the insats-level types,
/// (enkat, respondent) for the others.
public struct Facit: Sendable {
    /// One planted defect.
    public struct Row: Hashable, Sendable {
        public var enkat: String
        public var respondent: String
        public var insatsNr: Int?
        public var feltyp: String
        /// What was planted, e.g. `S=3005 T=3004990` or `oläsligt: ingår i insats 1`.
        public var detalj: String
    }

    public var rows: [Row]

    /// Reads `enkat;respondent;insats_nr;feltyp;detalj` with granska's own CSV reader.
    public static func load(_ url: URL) throws -> Facit {
        let table = try CSVTable.read(path: url.path)
        let mapping = { (name: String) in table.header.firstIndex(of: name) ?? -1 }
        let (e, r, n, f, d) = (mapping("enkat"), mapping("respondent"), mapping("insats_nr"), mapping("feltyp"), mapping("detalj"))
        let rows = (0..<table.recordCount).map { i in
            Row(
                enkat: table.field(i, e), respondent: table.field(i, r), insatsNr: Int(table.field(i, n)),
                feltyp: table.field(i, f), detalj: d >= 0 ? table.field(i, d) : "")
        }
        return Facit(rows: rows)
    }

    /// Precision and recall for one feltyp, with what was missed and what was extra.
    public struct Score: CustomStringConvertible, Sendable {
        public var feltyp: String
        public var found: Int
        public var planted: Int
        public var matchedFindings: Int
        public var matchedRows: Int
        public var unmatchedFindings: [String]
        public var missedRows: [String]

        public var precision: Double { found == 0 ? (planted == 0 ? 1 : 0) : Double(matchedFindings) / Double(found) }
        public var recall: Double { planted == 0 ? 1 : Double(matchedRows) / Double(planted) }

        public var description: String {
            "\(feltyp): precision \(matchedFindings)/\(found), recall \(matchedRows)/\(planted); "
                + "extra \(unmatchedFindings), missed \(missedRows)"
        }
    }

    /// Precision and recall of `findings` for one feltyp.
    public func score(_ findings: [Finding], feltyp: String) -> Score {
        let insatsLevel = Feltyp(rawValue: feltyp)?.isInsatsLevel ?? false
        func key(_ enkat: String?, _ respondent: String?, _ nr: Int?) -> String {
            insatsLevel ? "\(enkat ?? "")/\(respondent ?? "")/\(nr.map(String.init) ?? "")"
                : "\(enkat ?? "")/\(respondent ?? "")"
        }
        let planted = rows.filter { $0.feltyp == feltyp }
        let plantedKeys = Set(planted.map { key($0.enkat, $0.respondent, $0.insatsNr) })
        let ours = findings.filter { $0.feltyp == feltyp }
        let foundKeys = Set(ours.map { key($0.enkat, $0.respondent, $0.insatsNr) })
        let unmatched = ours.map { key($0.enkat, $0.respondent, $0.insatsNr) }.filter { !plantedKeys.contains($0) }
        let missed = plantedKeys.filter { !foundKeys.contains($0) }.sorted()
        return Score(
            feltyp: feltyp, found: ours.count, planted: planted.count, matchedFindings: ours.count - unmatched.count,
            matchedRows: plantedKeys.count - missed.count, unmatchedFindings: unmatched.sorted(), missedRows: missed)
    }
}
