/// One unit of a register: a kommun, or a län with its region.
public struct RegisterEnhet: Hashable, Sendable {
    /// Kommunkod (4 digits, `0114`) or länskod (2 digits, `01`).
    public var kod: String
    /// The kommun's name ("Upplands Väsby") or the län's ("Stockholms län").
    public var namn: String
    /// The län the unit lies in (for a län: its own code).
    public var lanskod: String
    /// Population (folkmängd) on the register's reference date.
    public var folkmangd: Int
    /// For a län: the name of its region ("Region Stockholm").
    public var region: String?

    public init(kod: String, namn: String, lanskod: String, folkmangd: Int, region: String? = nil) {
        self.kod = kod
        self.namn = namn
        self.lanskod = lanskod
        self.folkmangd = folkmangd
        self.region = region
    }
}

/// The register populations: every kommun and every län/region.
///
/// The real registers are compiled in as ``Register/sverige``; tests can build their own.
public struct Register: Sendable {
    /// The date the population figures refer to, `YYYY-MM-DD`.
    public var referensdatum: String
    /// The units, in code order. Read-only: the indices by code are built from them once.
    public private(set) var kommuner: [RegisterEnhet]
    public private(set) var lan: [RegisterEnhet]
    private let kommunIndex: [String: Int]
    private let lanIndex: [String: Int]

    public init(referensdatum: String, kommuner: [RegisterEnhet], lan: [RegisterEnhet]) {
        self.referensdatum = referensdatum
        self.kommuner = kommuner
        self.lan = lan
        var k: [String: Int] = [:]
        for (i, unit) in kommuner.enumerated() { k[unit.kod] = i }
        var l: [String: Int] = [:]
        for (i, unit) in lan.enumerated() { l[unit.kod] = i }
        kommunIndex = k
        lanIndex = l
    }

    /// The register population of an enkät of this type, in code order.
    public func units(_ typ: PopulationTyp) -> [RegisterEnhet] {
        typ == .kommun ? kommuner : lan
    }

    /// The unit with this code in the register population of `typ`, or `nil` (an unknown respondent).
    ///
    /// - Complexity: O(1).
    public func unit(_ typ: PopulationTyp, kod: String) -> RegisterEnhet? {
        switch typ {
        case .kommun: kommunIndex[kod].map { kommuner[$0] }
        case .region, .lan: lanIndex[kod].map { lan[$0] }
        }
    }

    /// The position of the unit with this code in ``units(_:)``, or `nil`.
    func index(_ typ: PopulationTyp, kod: String) -> Int? {
        switch typ {
        case .kommun: kommunIndex[kod]
        case .region, .lan: lanIndex[kod]
        }
    }

    /// The display name of a unit for an enkät of this type: the kommun, the region or the län.
    public func displayName(_ typ: PopulationTyp, kod: String) -> String? {
        guard let u = unit(typ, kod: kod) else { return nil }
        return typ == .region ? (u.region ?? u.namn) : u.namn
    }

    /// The län a unit lies in, by name.
    public func lanName(kod: String) -> String? { lanIndex[kod].map { lan[$0].namn } }
}
