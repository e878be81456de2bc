import GranskaCore

/// A finding's stable identity across runs, for baselines and SARIF `partialFingerprints`.
///
/// Built from what does not move when a file is re-sorted or a message is reworded: the rule id,
/// feltyp, enkät, respondent, insats number and the file's name (not its folder, not the line or
/// column). The text is `<regel>/<enkat>/<respondent>/<insats_nr>/<hash>` where the hash is
/// FNV-1a (64 bit, hex) of the whole key, so it is the same on every platform and Swift version.
///
/// Two findings can share a fingerprint (a rule flagging the same respondent twice); a baseline
/// therefore stores a count per fingerprint.
public enum FindingFingerprint {
    /// The fingerprint of `finding`.
    public static func of(_ finding: Finding) -> String {
        let insats = finding.insatsNr.map(String.init) ?? "-"
        let file = finding.location.map { baseName($0.file) } ?? "-"
        let key = [finding.regel, finding.feltyp ?? "-", finding.enkat ?? "-", finding.respondent ?? "-", insats, file]
            .joined(separator: "\u{1F}")
        return "\(finding.regel)/\(finding.enkat ?? "-")/\(finding.respondent ?? "-")/\(insats)/\(fnv1a(key))"
    }

    /// FNV-1a 64-bit of the UTF-8 bytes, as 16 lowercase hex digits.
    static func fnv1a(_ s: String) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in s.utf8 {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01b3
        }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// The last path component of `path` (`/` or `\` separated).
    static func baseName(_ path: String) -> String {
        guard let cut = path.lastIndex(where: { $0 == "/" || $0 == "\\" }) else { return path }
        return String(path[path.index(after: cut)...])
    }
}
