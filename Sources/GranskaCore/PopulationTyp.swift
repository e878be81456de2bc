/// The kind of unit an enkät is sent to: kommuner, regioner, or the län jointly (länsgemensamt).
///
/// The register population of an enkät is every unit of its type in the ``Register``:
/// 290 kommuner, 21 regioner or 21 län. Regioner and län share the two-digit länskod.
public enum PopulationTyp: String, Sendable, Hashable, CaseIterable, Codable {
    case kommun
    case region
    case lan

    /// The Swedish plural used in sentences: "kommuner", "regioner", "län".
    public var plural: String {
        switch self {
        case .kommun: "kommuner"
        case .region: "regioner"
        case .lan: "län"
        }
    }

    /// The Swedish singular: "kommun", "region", "län".
    public var singular: String {
        switch self {
        case .kommun: "kommun"
        case .region: "region"
        case .lan: "län"
        }
    }

    /// Reads the `population` cell of `omgang.csv`: `kommun`, `region` or `lan` (also `län`,
    /// any case, surrounding spaces ignored).
    public init?(cell: String) {
        switch cell.trimmingSpaces().lowercased() {
        case "kommun", "kommuner": self = .kommun
        case "region", "regioner", "landsting": self = .region
        case "lan", "län", "lansgemensam", "länsgemensam", "lansgemensamt", "länsgemensamt": self = .lan
        default: return nil
        }
    }
}
