/// One enkät of a round: one survey population (kommuner, regioner or län) for one area.
///
/// Read from a row of `omgang.csv`. `sistaSvarsdag` is inclusive; the collection window
/// (`insamlingStart`…`insamlingSlut`) may run past it.
public struct Enkat: Hashable, Sendable {
    /// The enkät id, e.g. `K-KUN`.
    public var id: String
    public var population: PopulationTyp
    /// The area (prioriterat område), as written.
    public var omrade: String
    /// The year the answers refer to.
    public var referensar: Int?
    /// The last answer date, inclusive.
    public var sistaSvarsdag: Datum?
    public var insamlingStart: Datum?
    public var insamlingSlut: Datum?
    /// Number of reminders sent.
    public var paminnelser: Int?
    /// Where the enkät's row stands in `omgang.csv`.
    public var location: SourceLocation

    public init(
        id: String, population: PopulationTyp, omrade: String, referensar: Int?, sistaSvarsdag: Datum?,
        insamlingStart: Datum?, insamlingSlut: Datum?, paminnelser: Int?, location: SourceLocation
    ) {
        self.id = id
        self.population = population
        self.omrade = omrade
        self.referensar = referensar
        self.sistaSvarsdag = sistaSvarsdag
        self.insamlingStart = insamlingStart
        self.insamlingSlut = insamlingSlut
        self.paminnelser = paminnelser
        self.location = location
    }
}
