/// The pair that identifies a respondent's answer to one enkät.
///
/// A respondent is identified by (population, code), never by code alone: Gotland answers both
/// as a kommun and as a region. Since every enkät has one population type, (enkät, code) suffices.
public struct SvarKey: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var enkat: String
    public var respondent: String

    public init(enkat: String, respondent: String) {
        self.enkat = enkat
        self.respondent = respondent
    }

    public var description: String { "\(enkat)/\(respondent)" }

    public static func < (a: SvarKey, b: SvarKey) -> Bool { (a.enkat, a.respondent) < (b.enkat, b.respondent) }
}

/// A whole survey round as read from disk: its enkäter, every reported insats and
/// Kammarkollegiet's rekvisitioner, with the register the populations come from.
///
/// The arrays keep the files' order. `notes` holds what reading noticed about single answers
/// (for example an unreadable `inskickad`) as findings; input that cannot be trusted as a whole is
/// an ``InputError`` instead and no `Omgang` is made.
public struct Omgang: Sendable {
    /// The folder the round was read from.
    public var directory: String
    public var enkater: [Enkat]
    public var insatser: [Insats]
    public var rekvisitioner: [Rekvisition]
    public var register: Register
    /// Findings made while reading (unreadable dates, unknown enkät ids, …).
    public var notes: [Finding]
    /// The files read, with what was detected about each (for `inspect` and the declaration).
    public var files: [InputFileInfo]

    private var enkatIndex: [String: Int]
    private var rekvisitionIndex: [SvarKey: Int]
    /// Enkät id → indices into ``rekvisitioner`` of its rows, in file order (the first row of
    /// each (enkät, respondent) pair).
    private var rekvisitionerByEnkat: [String: [Int]]

    public init(
        directory: String, enkater: [Enkat], insatser: [Insats], rekvisitioner: [Rekvisition],
        register: Register = .sverige, notes: [Finding] = [], files: [InputFileInfo] = []
    ) {
        self.directory = directory
        self.enkater = enkater
        self.insatser = insatser
        self.rekvisitioner = rekvisitioner
        self.register = register
        self.notes = notes
        self.files = files
        var e: [String: Int] = [:]
        for (i, enkat) in enkater.enumerated() where e[enkat.id] == nil { e[enkat.id] = i }
        enkatIndex = e
        var r: [SvarKey: Int] = [:]
        r.reserveCapacity(rekvisitioner.count)
        var byEnkat: [String: [Int]] = [:]
        // Only the first row of a repeated (enkät, respondent) pair counts, as in rekvisition(_:).
        for (i, rek) in rekvisitioner.enumerated() where r[rek.key] == nil {
            r[rek.key] = i
            byEnkat[rek.enkat, default: []].append(i)
        }
        rekvisitionIndex = r
        rekvisitionerByEnkat = byEnkat
    }

    /// The enkät with this id.
    public func enkat(_ id: String) -> Enkat? { enkatIndex[id].map { enkater[$0] } }

    /// Kammarkollegiet's row for this pair, if there is one.
    public func rekvisition(_ key: SvarKey) -> Rekvisition? { rekvisitionIndex[key].map { rekvisitioner[$0] } }

    /// True when the code is a unit of the enkät's register population.
    public func isInRegister(_ key: SvarKey) -> Bool {
        guard let e = enkat(key.enkat) else { return false }
        return register.unit(e.population, kod: key.respondent) != nil
    }

    /// True when the unit belongs to the survey population: in the register with `rekvirerat > 0`.
    public func isInSurveyPopulation(_ key: SvarKey) -> Bool {
        isInRegister(key) && (rekvisition(key)?.rekvirerat ?? 0) > 0
    }

    /// The survey population of an enkät: register units with `rekvirerat > 0`, in register order.
    ///
    /// - Complexity: O(u + r): the register's units of the enkät's type and the enkät's rekvisitioner.
    public func surveyPopulation(_ enkatID: String) -> [RegisterEnhet] {
        guard let e = enkat(enkatID) else { return [] }
        let units = register.units(e.population)
        let rows = rekvisitionerPerUnit(enkatID)
        return units.indices.filter { (rows[$0]?.rekvirerat ?? 0) > 0 }.map { units[$0] }
    }

    /// Kammarkollegiet's row for each unit of the enkät's register population, aligned with
    /// `register.units(population)`: what ``rekvisition(_:)`` gives for (enkät, unit code), without
    /// a lookup per unit. Empty when the enkät is not in the round.
    ///
    /// - Complexity: O(u + r): the register's units of the enkät's type and the enkät's rekvisitioner.
    public func rekvisitionerPerUnit(_ enkatID: String) -> [Rekvisition?] {
        guard let e = enkat(enkatID) else { return [] }
        return rekvisitionerPerUnit(enkatID, population: e.population)
    }

    /// ``rekvisitionerPerUnit(_:)`` aligned with `register.units(population)`.
    public func rekvisitionerPerUnit(_ enkatID: String, population: PopulationTyp) -> [Rekvisition?] {
        var perUnit = [Rekvisition?](repeating: nil, count: register.units(population).count)
        for i in rekvisitionerByEnkat[enkatID] ?? [] {
            let rek = rekvisitioner[i]
            guard let u = register.index(population, kod: rek.respondent) else { continue }
            perUnit[u] = rek
        }
        return perUnit
    }
}

/// What granska detected about one input file.
public struct InputFileInfo: Hashable, Sendable {
    public var path: String
    /// `UTF-8`, `UTF-8 med BOM` or `Windows-1252`.
    public var encoding: String
    /// The field delimiter: `;`, `,` or a tab.
    public var delimiter: String
    /// `LF`, `CRLF`, `CR` or `–` when the file has a single line.
    public var lineEnding: String
    /// Records after the header.
    public var records: Int

    public init(path: String, encoding: String, delimiter: String, lineEnding: String, records: Int) {
        self.path = path
        self.encoding = encoding
        self.delimiter = delimiter
        self.lineEnding = lineEnding
        self.records = records
    }
}
