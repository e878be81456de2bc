import GranskaCore

/// What the rules read from a round, computed once per run so that evaluating a rule never
/// looks anything up by name: per answer its rekvisition, register facts and counting
/// submission; per enkät its populations and counting insatser.
final class RoundData: Sendable {
    let omgang: Omgang
    let insatser: [Insats]
    let svar: [Svar]
    let svarInfo: [SvarInfo]
    /// One group per enkät id: first the enkäter of `omgang.csv` in order, then unknown ids met
    /// in the answers.
    let enkatGroups: [EnkatGroup]
    /// Per insats: the index of its answer in `svar` when it belongs to a counting submission,
    /// else -1.
    let svarOfInsats: [Int]
    /// Every insats of a counting submission, answer by answer.
    let allCounting: [Int]

    struct SvarInfo: Sendable {
        var key: SvarKey
        var group: Int
        var rekvisition: Rekvisition?
        var iRegistret: Bool
        var iPopulationen: Bool
        var folkmangd: Int?
        var inskickad: Tidpunkt?
        var antalInskickningar: Int
        /// The counting submission's insatser, in insats_nr order.
        var counting: [Int]
        /// The first row (in the file) of the counting submission.
        var location: SourceLocation?
    }

    struct EnkatGroup: Sendable {
        var id: String
        var enkat: Enkat?
        /// Size of the survey population (register units with rekvirerat > 0).
        var antalPopulation: Int?
        /// Size of the register population.
        var antalRegister: Int?
        /// The counting insatser of the enkät's answers.
        var insatser: [Int]
    }

    /// - Complexity: O(n log n) in the number of insatser (grouping into answers), plus the
    ///   register populations of the enkäter.
    init(omgang: Omgang, svar: [Svar]) {
        self.omgang = omgang
        self.insatser = omgang.insatser
        self.svar = svar
        var groups: [EnkatGroup] = []
        var groupIndex: [String: Int] = [:]
        for e in omgang.enkater where groupIndex[e.id] == nil {
            groupIndex[e.id] = groups.count
            groups.append(
                EnkatGroup(
                    id: e.id, enkat: e, antalPopulation: omgang.surveyPopulation(e.id).count,
                    antalRegister: omgang.register.units(e.population).count, insatser: []))
        }
        var infos: [SvarInfo] = []
        infos.reserveCapacity(svar.count)
        var svarOf = [Int](repeating: -1, count: omgang.insatser.count)
        var all: [Int] = []
        all.reserveCapacity(omgang.insatser.count)
        for (si, s) in svar.enumerated() {
            let g: Int
            if let existing = groupIndex[s.key.enkat] {
                g = existing
            } else {
                g = groups.count
                groupIndex[s.key.enkat] = g
                groups.append(EnkatGroup(id: s.key.enkat, enkat: nil, antalPopulation: nil, antalRegister: nil, insatser: []))
            }
            let counting = s.raknande.insatser
            for i in counting { svarOf[i] = si }
            groups[g].insatser.append(contentsOf: counting)
            all.append(contentsOf: counting)
            let unit = groups[g].enkat.flatMap { omgang.register.unit($0.population, kod: s.key.respondent) }
            let first = counting.map { omgang.insatser[$0].location }.min()
            let rekvisition = omgang.rekvisition(s.key)
            // In the survey population: in the register with rekvirerat > 0
            // (``Omgang/isInSurveyPopulation(_:)``, from the lookups already made).
            let inPopulation = unit != nil && (rekvisition?.rekvirerat ?? 0) > 0
            infos.append(
                SvarInfo(
                    key: s.key, group: g, rekvisition: rekvisition, iRegistret: unit != nil,
                    iPopulationen: inPopulation, folkmangd: unit?.folkmangd,
                    inskickad: s.raknande.inskickad, antalInskickningar: s.inskickningar.count, counting: counting,
                    location: first))
        }
        svarInfo = infos
        enkatGroups = groups
        svarOfInsats = svarOf
        allCounting = all
    }
}

/// Where an evaluation stands: the insats, answer and enkät group the fields refer to, and the
/// aggregate caches of the rule being run. Indices are -1 where the scope has none.
final class EvalContext {
    let data: RoundData
    var insats = -1
    var svar = -1
    var group = -1
    var caches: [AggregateCache]

    init(data: RoundData, slots: Int) {
        self.data = data
        caches = (0..<slots).map { _ in AggregateCache() }
    }

    /// Points the context at one insats (and so its answer and enkät).
    @inline(__always)
    func focus(insats i: Int) {
        insats = i
        let s = data.svarOfInsats[i]
        svar = s
        group = s >= 0 ? data.svarInfo[s].group : -1
    }
}

/// The results of one aggregate, by group, so a group is computed once however many insatser ask.
final class AggregateCache {
    /// Group id (answer index, enkät group index, or 0 for the round) → value.
    var values: [Int: Value] = [:]
    /// For `dubblett`: by insats index, the insatser found to be later copies; by group id, the
    /// groups already scanned.
    private var flagged: [Bool] = []
    private var scanned: [Bool] = []

    /// True when the group was scanned before; marks it scanned.
    ///
    /// - Parameters:
    ///   - group: the group id (below `groups`; -1 counts as scanned).
    ///   - groups: how many groups of its kind there are, to size the marks once.
    func wasScanned(_ group: Int, of groups: Int) -> Bool {
        guard group >= 0 else { return true }
        if group >= scanned.count { scanned += [Bool](repeating: false, count: max(groups, group + 1) - scanned.count) }
        defer { scanned[group] = true }
        return scanned[group]
    }

    /// Marks an insats as a later copy (`insatser`: how many there are, to size the marks once).
    func flag(_ insats: Int, of insatser: Int) {
        if insats >= flagged.count { flagged += [Bool](repeating: false, count: max(insatser, insats + 1) - flagged.count) }
        flagged[insats] = true
    }

    func isFlagged(_ insats: Int) -> Bool { insats < flagged.count && flagged[insats] }
}
