#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import GranskaCore

/// Findings a team has accepted: with `--baseline FILE` only findings not in it count toward the
/// exit code.
///
/// The file is JSON (`{"version": 1, "verktyg": "granska", "fynd": [{"fingeravtryck", "antal",
/// "regel", "enkat", "respondent", "insats_nr"}]}`); only `fingeravtryck` and `antal` are read
/// back, the rest is for people reading the file. A fingerprint with `antal` n accepts up to n
/// findings with that fingerprint.
public struct Baseline: Hashable, Sendable {
    /// Accepted findings per fingerprint.
    public var counts: [String: Int]

    public init(counts: [String: Int] = [:]) { self.counts = counts }

    /// A baseline accepting exactly `findings`.
    ///
    /// - Complexity: O(n).
    public init(findings: [Finding]) {
        var c: [String: Int] = [:]
        for f in findings { c[FindingFingerprint.of(f), default: 0] += 1 }
        counts = c
    }

    /// Splits `findings` into the new ones and how many the baseline accepted.
    ///
    /// Findings are matched in stable order, so which copy of a repeated fingerprint is "new" does
    /// not depend on the input order.
    /// - Complexity: O(n log n).
    public func apply(to findings: [Finding]) -> (new: [Finding], accepted: Int) {
        var left = counts
        var new: [Finding] = []
        var accepted = 0
        for f in findings.sortedStable() {
            let fp = FindingFingerprint.of(f)
            if let n = left[fp], n > 0 {
                left[fp] = n - 1
                accepted += 1
            } else {
                new.append(f)
            }
        }
        return (new, accepted)
    }

    /// The baseline file for `findings`: deterministic JSON ending with a newline.
    public static func document(for findings: [Finding]) -> String {
        var groups: [String: (Finding, Int)] = [:]
        for f in findings.sortedStable() {
            let fp = FindingFingerprint.of(f)
            if let g = groups[fp] { groups[fp] = (g.0, g.1 + 1) } else { groups[fp] = (f, 1) }
        }
        let entries: [JSONValue] = groups.keys.sorted().map { fp in
            let (f, n) = groups[fp]!
            return .object([
                "fingeravtryck": .string(fp), "antal": .int(Int64(n)), "regel": .string(f.regel),
                "enkat": .optional(f.enkat), "respondent": .optional(f.respondent), "insats_nr": .optional(f.insatsNr),
            ])
        }
        let doc = JSONValue.object(["version": .int(1), "verktyg": .string("granska"), "fynd": .array(entries)])
        return doc.serialized() + "\n"
    }

    /// Reads a baseline file's text.
    ///
    /// - Throws: ``InputError`` (`baseline.malformed`) naming `file` when the text is not a
    ///   granska baseline.
    public static func parse(_ data: Data, file: String) throws(InputError) -> Baseline {
        func bad(_ why: String) -> InputError {
            InputError(id: "baseline.malformed", file: file, message: "baslinjefilen går inte att läsa: \(why)")
        }
        guard let root = JSONTree.parse(data) else { throw bad("den är inte giltig JSON") }
        guard root.object != nil else { throw bad("den ska vara ett JSON-objekt") }
        guard root["version"]?.integer == 1 else {
            throw bad("okänd version (granska läser version 1)")
        }
        guard let entries = root["fynd"]?.array else { throw bad("fältet \"fynd\" saknas") }
        var counts: [String: Int] = [:]
        for (i, entry) in entries.enumerated() {
            guard let fp = entry["fingeravtryck"]?.string else {
                throw bad("post \(i + 1) saknar \"fingeravtryck\"")
            }
            let n = entry["antal"]?.integer.flatMap { Int(exactly: $0) } ?? 1
            guard n >= 1 else { throw bad("post \(i + 1) har \"antal\" mindre än 1") }
            let (sum, overflow) = counts[fp, default: 0].addingReportingOverflow(n)
            counts[fp] = overflow ? Int.max : sum
        }
        return Baseline(counts: counts)
    }
}
