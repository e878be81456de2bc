/// How the response rates are computed.
public struct RateSettings: Hashable, Sendable {
    /// Which population the rates are taken over.
    public enum Denominator: String, Hashable, Sendable, CaseIterable {
        /// The survey population: register units with `rekvirerat > 0` for the enkät (272 of 290
        /// kommuner in 2024). The default, and the only base that is an AAPOR/ESS response rate.
        case undersokningspopulation
        /// The whole register population of the enkät's type (290 kommuner, 21 regioner, 21 län).
        /// Units that requisitioned nothing then count as non-respondents.
        case registerpopulation

        /// The Swedish name for reports: "undersökningspopulationen", "registerpopulationen".
        public var beskrivning: String {
            switch self {
            case .undersokningspopulation: "undersökningspopulationen"
            case .registerpopulation: "registerpopulationen"
            }
        }
    }

    /// The base of every unit-level rate, of the bortfall list and of the breakdowns.
    public var denominator: Denominator

    public init(denominator: Denominator = .undersokningspopulation) {
        self.denominator = denominator
    }
}
