import GranskaCore

/// The names templates may use: the shape of the figure tree.
///
/// It is taken from the tree of a prototype input in which every optional figure is present and
/// every list has an item, so it cannot drift from what ``DeclarationFigures`` makes (a test
/// checks that real trees have exactly this shape).
public enum DeclarationSchema {
    /// The shape of every declaration's figure tree.
    public static let shape: ValueShape = {
        guard let tree = try? DeclarationFigures.make(prototype) else { return .record([:]) }
        return ValueShape(of: tree)
    }()

    /// Every name a template may use, as `grupp.namn`, list items as `lista[].namn`.
    public static var paths: [String] { shape.paths }

    /// An input with every figure present and one item in every list (one metadata fact is
    /// missing, so the list of missing facts has an item too).
    static var prototype: DeclarationInput {
        let date = Datum(year: 2025, month: 1, day: 1)
        let f = Fraction(1, 1)
        return DeclarationInput(
            enkat: Enkat(
                id: "X", population: .kommun, omrade: "x", referensar: 2024, sistaSvarsdag: date, insamlingStart: date,
                insamlingSlut: date, paminnelser: 1, location: SourceLocation(file: "omgang.csv", line: 2)),
            registerPopulation: 2, surveyPopulation: 1,
            svar: ResponseCounts(
                answeredInTime: 0, answeredLate: 0, withoutTimestamp: 0, withoutUsableInsats: 0, notAnswered: 1,
                ejRekvirerat: 0, okanda: 0),
            rates: DeclarationRates(
                unweighted: f, usable: f, byFolkmangd: f, byFordelat: f, nonResponseByFolkmangd: f,
                nonResponseByFordelat: f),
            nonResponding: [UnitRow(kod: "0", namn: "x", lan: "x", folkmangd: 1)],
            byLan: [LanRow(kod: "0", namn: "x", units: 1, answered: 0)],
            bySize: [SizeClassRow(kod: "x", namn: "x", units: 1, answered: 0)],
            itemRates: [FieldResponse(field: "x", answered: 1, base: 1)],
            findings: [FindingCount(feltyp: "x", allvarlighet: .fel, count: 1)],
            cleaning: CleaningCounts(
                insatserRead: 0, setAsideIncomplete: 0, duplicatesRemoved: 0, supersededSubmissions: 0, amountsFromText: 0,
                unreadableAmounts: 0, signCorrections: 0, thousandsCorrections: 0),
            reconciliation: ReconciliationSummary(
                classCounts: ["exakt": 1], targetTotal: 1, reportedTotal: 1, weightedTotal: 1, jMin: f, jMedian: f, jMax: f,
                level: "respondent", thousandsTolerance: 1, roundingSteps: [1]),
            points: [RespondentPoint(kod: "0", namn: "x", reported: 1, target: 1, j: f)],
            // One required fact missing, so `saknade_uppgifter` has an item.
            metadata: Dictionary(uniqueKeysWithValues: MetadataKey.allCases.filter { $0 != .kontakt }.map { ($0, "x") }),
            previous: PreviousRoundSummary(
                label: "x", referensar: 2023, registerPopulation: 1, surveyPopulation: 1, answered: 1, unweighted: f,
                byFordelat: f, targetTotal: 1, reportedTotal: 1, insatser: 1),
            generatedAt: "x")
    }
}
