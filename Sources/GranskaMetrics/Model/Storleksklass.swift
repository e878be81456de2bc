/// A size class of kommun by population (folkmängd), for bortfall by size.
///
/// The bands follow the usual breaks of Swedish municipal statistics and split the 290 kommuner
/// into groups of workable size: under 10 000, 10 000–24 999, 25 000–49 999, 50 000–99 999 and
/// 100 000 or more inhabitants. Lower bounds inclusive, upper bounds exclusive.
public struct Storleksklass: Hashable, Sendable {
    /// A stable id for machine-readable output: `under_10000`, `10000_24999`, …, `100000_och_fler`.
    public var id: String
    /// The Swedish label: "10 000–24 999 invånare".
    public var namn: String
    /// Inclusive lower bound, in persons.
    public var fran: Int
    /// Exclusive upper bound, in persons; `nil` for the top class.
    public var till: Int?

    public init(id: String, namn: String, fran: Int, till: Int?) {
        self.id = id
        self.namn = namn
        self.fran = fran
        self.till = till
    }

    /// The five classes, smallest first.
    public static let kommun: [Storleksklass] = [
        Storleksklass(id: "under_10000", namn: "under 10 000 invånare", fran: 0, till: 10_000),
        Storleksklass(id: "10000_24999", namn: "10 000–24 999 invånare", fran: 10_000, till: 25_000),
        Storleksklass(id: "25000_49999", namn: "25 000–49 999 invånare", fran: 25_000, till: 50_000),
        Storleksklass(id: "50000_99999", namn: "50 000–99 999 invånare", fran: 50_000, till: 100_000),
        Storleksklass(id: "100000_och_fler", namn: "100 000 invånare eller fler", fran: 100_000, till: nil),
    ]

    /// The index in ``kommun`` of the class holding `folkmangd` persons (a negative figure falls in
    /// the first class).
    public static func index(folkmangd: Int) -> Int {
        var i = 0
        while i + 1 < kommun.count, let upper = kommun[i].till, folkmangd >= upper { i += 1 }
        return i
    }
}
