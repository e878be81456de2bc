import Foundation
import GranskaCore

/// The example's answer key and the contract's matching rule: a finding matches a facit row with
/// the same `feltyp` and key — (enkat, respondent, insats_nr) for the insats-level types,
/// (enkat, respondent) for the others.
struct Facit {
    struct Row: Hashable {
        var enkat: String
        var respondent: String
        var insatsNr: Int?
        var feltyp: String
    }

    var rows: [Row]

    /// Reads `enkat;respondent;insats_nr;feltyp;detalj` (no quoted fields in the key's columns).
    static func load(_ url: URL) throws -> Facit {
        let text = try String(contentsOf: url, encoding: .utf8)
        var rows: [Row] = []
        for line in text.split(whereSeparator: \.isNewline).dropFirst() {
            let cells = line.split(separator: ";", maxSplits: 4, omittingEmptySubsequences: false).map(String.init)
            guard cells.count >= 4 else { continue }
            rows.append(Row(enkat: cells[0], respondent: cells[1], insatsNr: Int(cells[2]), feltyp: cells[3]))
        }
        return Facit(rows: rows)
    }

    struct Score: CustomStringConvertible {
        var feltyp: String
        var found: Int
        var planted: Int
        var matchedFindings: Int
        var matchedRows: Int
        var unmatchedFindings: [String]
        var missedRows: [String]

        var precision: Double { found == 0 ? (planted == 0 ? 1 : 0) : Double(matchedFindings) / Double(found) }
        var recall: Double { planted == 0 ? 1 : Double(matchedRows) / Double(planted) }

        var description: String {
            "\(feltyp): precision \(matchedFindings)/\(found), recall \(matchedRows)/\(planted); "
                + "extra \(unmatchedFindings), missed \(missedRows)"
        }
    }

    /// Precision and recall of `findings` for one feltyp.
    func score(_ findings: [Finding], feltyp: String) -> Score {
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
