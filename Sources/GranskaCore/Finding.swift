/// How serious a finding is. The Swedish word is what users read; the English one is protocol
/// (compiler-style lines, SARIF levels, GitHub annotations).
public enum Allvarlighet: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case info
    case varning
    case fel

    /// `note`, `warning`, `error`.
    public var english: String {
        switch self {
        case .info: "note"
        case .varning: "warning"
        case .fel: "error"
        }
    }

    private var rank: Int {
        switch self {
        case .info: 0
        case .varning: 1
        case .fel: 2
        }
    }

    public static func < (a: Allvarlighet, b: Allvarlighet) -> Bool { a.rank < b.rank }
}

/// The defect types of the data contract. A finding's `feltyp` is one of these raw values.
public enum Feltyp: String, Sendable, Hashable, Codable, CaseIterable {
    case ofullstandig
    case negativt
    case format
    case dubblett
    case okandRespondent = "okand_respondent"
    case ejRekvirerat = "ej_rekvirerat"
    case dubbelInskickning = "dubbel_inskickning"
    case sen
    case tusental
    case avrundning
    case overrapportering
    case underrapportering

    /// True for the types whose key is one insats (the others are keyed by enkät and respondent).
    public var isInsatsLevel: Bool {
        switch self {
        case .ofullstandig, .negativt, .format, .dubblett: true
        default: false
        }
    }

    /// The severity the data contract suggests (for `format`: when the amount was read).
    public var suggestedAllvarlighet: Allvarlighet {
        switch self {
        case .ofullstandig, .okandRespondent: .fel
        case .format, .dubbelInskickning, .avrundning: .info
        default: .varning
        }
    }
}

/// One thing granska found in the data: by a rule, by the reconciliation, or while reading.
///
/// Findings are values; only the CLI prints them. `regel` is a stable id apart from the wording
/// (the SARIF `ruleId`, the JUnit test name).
public struct Finding: Hashable, Sendable {
    /// The stable id of the rule or check that produced it, e.g. `std.ofullstandig`.
    public var regel: String
    /// The defect type from the contract's vocabulary, when the rule names one.
    public var feltyp: String?
    public var allvarlighet: Allvarlighet
    public var enkat: String?
    public var respondent: String?
    /// The insats number, when the finding is about one insats.
    public var insatsNr: Int?
    /// Where in the input the finding points.
    public var location: SourceLocation?
    /// The message, in Swedish, quoting the values involved.
    public var meddelande: String

    public init(
        regel: String, feltyp: String?, allvarlighet: Allvarlighet, enkat: String?, respondent: String?,
        insatsNr: Int?, location: SourceLocation?, meddelande: String
    ) {
        self.regel = regel
        self.feltyp = feltyp
        self.allvarlighet = allvarlighet
        self.enkat = enkat
        self.respondent = respondent
        self.insatsNr = insatsNr
        self.location = location
        self.meddelande = meddelande
    }

    /// The order findings are listed in: enkät order is the caller's; here by enkät id, respondent,
    /// insats, location, rule.
    public static func sortKey(_ f: Finding) -> (String, String, Int, String, Int, String) {
        (f.enkat ?? "", f.respondent ?? "", f.insatsNr ?? -1, f.location?.file ?? "", f.location?.line ?? 0, f.regel)
    }
}

extension Array where Element == Finding {
    /// The findings in a stable order (enkät, respondent, insats, file, line, rule, message).
    ///
    /// The text fields are ranked once (each distinct text sorted a single time), so most
    /// comparisons of the sort compare integers; ties go to the message, compared as text.
    ///
    /// - Complexity: O(n log n) integer comparisons, plus sorting the distinct texts.
    public func sortedStable() -> [Finding] {
        if count < 64 { return sorted(by: Finding.precedes) }
        let enkat = Finding.ranks(map { $0.enkat ?? "" })
        let respondent = Finding.ranks(map { $0.respondent ?? "" })
        let file = Finding.ranks(map { $0.location?.file ?? "" })
        let regel = Finding.ranks(map(\.regel))
        let order = indices.sorted { a, b in
            if enkat[a] != enkat[b] { return enkat[a] < enkat[b] }
            if respondent[a] != respondent[b] { return respondent[a] < respondent[b] }
            let ia = self[a].insatsNr ?? -1
            let ib = self[b].insatsNr ?? -1
            if ia != ib { return ia < ib }
            if file[a] != file[b] { return file[a] < file[b] }
            let la = self[a].location?.line ?? 0
            let lb = self[b].location?.line ?? 0
            if la != lb { return la < lb }
            if regel[a] != regel[b] { return regel[a] < regel[b] }
            return self[a].meddelande < self[b].meddelande
        }
        return order.map { self[$0] }
    }
}

extension Finding {
    /// For each text, its rank among the distinct texts in `String` order (equal texts, also
    /// texts equal only by canonical equivalence, get the same rank).
    static func ranks(_ texts: [String]) -> [Int32] {
        var number: [String: Int] = [:]
        var distinct: [String] = []
        var numbers: [Int] = []
        numbers.reserveCapacity(texts.count)
        for t in texts {
            if let n = number[t] {
                numbers.append(n)
            } else {
                number[t] = distinct.count
                numbers.append(distinct.count)
                distinct.append(t)
            }
        }
        var rank = [Int32](repeating: 0, count: distinct.count)
        for (r, d) in distinct.indices.sorted(by: { distinct[$0] < distinct[$1] }).enumerated() { rank[d] = Int32(r) }
        return numbers.map { rank[$0] }
    }

    /// The order of ``Swift/Array/sortedStable()``: ``sortKey(_:)``, then the message.
    static func precedes(_ a: Finding, _ b: Finding) -> Bool {
        let ea = a.enkat ?? ""
        let eb = b.enkat ?? ""
        if ea != eb { return ea < eb }
        let ra = a.respondent ?? ""
        let rb = b.respondent ?? ""
        if ra != rb { return ra < rb }
        let ia = a.insatsNr ?? -1
        let ib = b.insatsNr ?? -1
        if ia != ib { return ia < ib }
        let fa = a.location?.file ?? ""
        let fb = b.location?.file ?? ""
        if fa != fb { return fa < fb }
        let la = a.location?.line ?? 0
        let lb = b.location?.line ?? 0
        if la != lb { return la < lb }
        if a.regel != b.regel { return a.regel < b.regel }
        return a.meddelande < b.meddelande
    }
}
