import GranskaCore
import GranskaMetrics
import GranskaTestSupport

@testable import GranskaReports

/// Inputs for the declaration tests: one shaped like the example round's K-KUN enkät (290
/// kommuner in the register, 272 in the survey population, 258 respondents of whom 9 late), and
/// edge cases (nobody answered with hostile text everywhere, everybody answered with an earlier
/// round, an empty survey population).
///
/// Everything is derived from the embedded register and a seeded generator, so the inputs are
/// the same on every machine and need no files.
enum DeclarationFixtures {
    /// The fixtures the golden files pin, by file stem.
    static var all: [(name: String, input: DeclarationInput)] {
        [("k-kun", kkun), ("kant-noll", zeroResponse), ("kant-full", fullResponse), ("kant-tom", emptyPopulation)]
    }

    // MARK: - K-KUN

    /// The K-KUN-shaped enkät.
    static var kkun: DeclarationInput {
        let register = Register.sverige
        let kommuner = register.kommuner
        // 18 kommuner without rekvisition: every 16th from the 8th.
        let survey = kommuner.enumerated().filter { $0.offset % 16 != 7 }.map(\.element)
        // 14 non-respondents: every 20th of the survey population from the 6th.
        let nonRespondents = survey.enumerated().filter { $0.offset % 20 == 5 }.map(\.element)
        let nonRespondentCodes = Set(nonRespondents.map(\.kod))
        let respondents = survey.filter { !nonRespondentCodes.contains($0.kod) }
        // 9 late answers: every 29th respondent from the 4th.
        let late = respondents.enumerated().filter { $0.offset % 29 == 3 }.count

        func fordelat(_ u: RegisterEnhet) -> Kronor { 100_000 + Kronor(u.folkmangd) * 9 }
        let folkmangdAll = survey.reduce(Int64(0)) { $0 + Int64($1.folkmangd) }
        let folkmangdAnswered = respondents.reduce(Int64(0)) { $0 + Int64($1.folkmangd) }
        let fordelatAll = survey.reduce(Kronor(0)) { $0 + fordelat($1) }
        let fordelatAnswered = respondents.reduce(Kronor(0)) { $0 + fordelat($1) }
        let sizeRows: [SizeClassRow] = Storleksklass.kommun.indices.map { i in
            let units = survey.filter { Storleksklass.index(folkmangd: $0.folkmangd) == i }
            let answered = units.filter { !nonRespondentCodes.contains($0.kod) }.count
            return SizeClassRow(
                kod: Storleksklass.kommun[i].id, namn: Storleksklass.kommun[i].namn, units: units.count, answered: answered)
        }

        // Funds: T = fördelat, a tenth repaid by every 10th; S by klass.
        var rng = SeededGenerator(seed: 2024)
        var points: [RespondentPoint] = []
        var classCounts: [String: Int] = [:]
        for (i, unit) in respondents.enumerated() {
            var target = fordelat(unit)
            if i % 10 == 9 { target -= target / 10 }
            let reported: Kronor
            var usable: Kronor
            let klass: String
            if i % 13 == 1 {
                klass = "avrundning"
                reported = (target + 5_000) / 10_000 * 10_000
                usable = reported
            } else if i % 50 == 3 {
                klass = "tusental"
                reported = target / 1_000
                usable = reported * 1_000
            } else if i % 43 == 7 {
                klass = "overrapportering"
                reported = target + target * Kronor(10 + rng.next(below: 25)) / 100
                usable = reported
            } else if i % 13 == 9 {
                klass = "underrapportering"
                reported = target - target * Kronor(5 + rng.next(below: 40)) / 100
                usable = reported
            } else {
                klass = "exakt"
                reported = target
                usable = target
            }
            var finalReported = reported
            if i == 100 || i == 200 {
                // No readable amount at all: underreported, and no usable insats.
                finalReported = 0
                usable = 0
            }
            let finalClass = finalReported == 0 ? "underrapportering" : klass
            classCounts[finalClass, default: 0] += 1
            points.append(
                RespondentPoint(
                    kod: unit.kod, namn: unit.namn, reported: finalReported, target: target,
                    j: usable > 0 ? Fraction(target, usable) : nil))
        }
        classCounts["ej_rekvirerat", default: 0] += 1
        let js = points.compactMap(\.j).sorted()

        let lanRows: [LanRow] = register.lan.map { lan in
            let units = survey.filter { $0.lanskod == lan.kod }
            let answered = units.filter { !nonRespondentCodes.contains($0.kod) }.count
            return LanRow(kod: lan.kod, namn: lan.namn, units: units.count, answered: answered)
        }

        return DeclarationInput(
            enkat: enkat(
                "K-KUN", .kommun, "Kunskapsbaserad och säker vård", last: "2025-04-04", reminders: 1),
            registerPopulation: kommuner.count,
            surveyPopulation: survey.count,
            svar: ResponseCounts(
                answeredInTime: respondents.count - late, answeredLate: late, withoutTimestamp: 3, withoutUsableInsats: 2,
                notAnswered: nonRespondents.count, ejRekvirerat: 1, okanda: 0),
            rates: DeclarationRates(
                unweighted: Fraction(Int64(respondents.count), Int64(survey.count)),
                usable: Fraction(Int64(respondents.count - 2), Int64(survey.count)),
                byFolkmangd: Fraction(folkmangdAnswered, folkmangdAll),
                byFordelat: Fraction(fordelatAnswered, fordelatAll),
                nonResponseByFolkmangd: Fraction(folkmangdAll - folkmangdAnswered, folkmangdAll),
                nonResponseByFordelat: Fraction(fordelatAll - fordelatAnswered, fordelatAll)),
            nonResponding: nonRespondents.map {
                UnitRow(kod: $0.kod, namn: $0.namn, lan: register.lanName(kod: $0.lanskod) ?? $0.lanskod, folkmangd: $0.folkmangd)
            },
            byLan: lanRows,
            bySize: sizeRows,
            itemRates: [
                FieldResponse(field: "mal", answered: 731, base: 775), FieldResponse(field: "prestationer", answered: 702, base: 775),
                FieldResponse(field: "effekter", answered: 655, base: 775), FieldResponse(field: "malgrupp", answered: 768, base: 775),
            ],
            findings: [
                FindingCount(feltyp: "ofullstandig", allvarlighet: .fel, count: 20),
                FindingCount(feltyp: "negativt", allvarlighet: .varning, count: 3),
                FindingCount(feltyp: "format", allvarlighet: .info, count: 22),
                FindingCount(feltyp: "format", allvarlighet: .fel, count: 5),
                FindingCount(feltyp: "dubblett", allvarlighet: .varning, count: 5),
                FindingCount(feltyp: "ej_rekvirerat", allvarlighet: .varning, count: 1),
                FindingCount(feltyp: "sen", allvarlighet: .varning, count: late),
                FindingCount(feltyp: "tusental", allvarlighet: .varning, count: classCounts["tusental"] ?? 0),
                FindingCount(feltyp: "avrundning", allvarlighet: .info, count: classCounts["avrundning"] ?? 0),
                FindingCount(
                    feltyp: "overrapportering", allvarlighet: .varning, count: classCounts["overrapportering"] ?? 0),
                FindingCount(
                    feltyp: "underrapportering", allvarlighet: .varning, count: classCounts["underrapportering"] ?? 0),
            ],
            cleaning: CleaningCounts(
                insatserRead: 800, setAsideIncomplete: 20, duplicatesRemoved: 5, supersededSubmissions: 0,
                amountsFromText: 22, unreadableAmounts: 5, signCorrections: 3, thousandsCorrections: 16),
            reconciliation: ReconciliationSummary(
                classCounts: classCounts,
                targetTotal: points.reduce(0) { $0 + $1.target },
                reportedTotal: points.reduce(0) { $0 + $1.reported },
                weightedTotal: points.filter { $0.j != nil }.reduce(0) { $0 + $1.target },
                jMin: js.first, jMedian: js.isEmpty ? nil : js[(js.count - 1) / 2], jMax: js.last,
                level: "respondent", thousandsTolerance: 500, roundingSteps: [100_000, 10_000, 1_000]),
            points: points,
            metadata: fullMetadata,
            previous: PreviousRoundSummary(
                label: "omgång 2023", referensar: 2023, registerPopulation: 290, surveyPopulation: 268, answered: 231,
                unweighted: Fraction(231, 268), byFordelat: Fraction(88_250_113, 97_102_000), targetTotal: 95_310_442,
                reportedTotal: 93_004_871, insatser: 741),
            generatedAt: nil)
    }

    /// Facts as an agency would write them in `deklaration.txt` (every key but `kodning`).
    static var fullMetadata: [MetadataKey: String] {
        [
            .amne: "Uppföljning av stimulansmedel inom området psykisk hälsa",
            .uppdrag:
                "Uppföljningen görs inom myndighetens uppdrag att följa upp överenskommelsen mellan staten och SKR om insatser inom området psykisk hälsa.",
            .ansvarig: "Myndigheten för uppföljning, enheten för statistik",
            .kontakt: "statistik@myndigheten.example.se",
            .syfte:
                "Enkäten ska visa vilka insatser stimulansmedlen har gått till, hur långt insatserna har kommit och hur mycket av medlen som har använts, som underlag för uppföljningen av överenskommelsen.",
            .fragor:
                "Frågorna togs fram av enkätgruppen tillsammans med sakkunniga och prövades av några kommuner innan enkäten skickades ut.",
            .insamlingssatt:
                "Uppgifterna samlades in med en webbenkät. Kontaktpersonen för stimulansmedlen fick en inbjudan med e-post.",
            .jamforbarhet:
                "Enkäten gjordes om inför omgången: områdena numrerades om och frågan om målgrupp fick fasta alternativ.",
            .publicering: "Resultaten publiceras i en rapport på myndighetens webbplats.",
        ]
    }

    // MARK: - Edge cases

    /// Nobody answered a region enkät, and every text field is hostile.
    static var zeroResponse: DeclarationInput {
        let register = Register.sverige
        let hostile = #"<script>alert('x')</script> & "citat" ; |rör| *stjärna* `kod` # rubrik [länk](javascript:x)"#
        let units = register.lan
        return DeclarationInput(
            enkat: enkat(#"R-<&"'>;X"#, .region, hostile, last: "2025-03-14", reminders: 0),
            registerPopulation: units.count,
            surveyPopulation: units.count,
            svar: ResponseCounts(
                answeredInTime: 0, answeredLate: 0, withoutTimestamp: 0, withoutUsableInsats: 0, notAnswered: units.count,
                ejRekvirerat: 0, okanda: 2),
            rates: DeclarationRates(
                unweighted: Fraction(0, 21), usable: Fraction(0, 21), byFolkmangd: Fraction(0, 10_587_710),
                byFordelat: Fraction(0, 250_000_000), nonResponseByFolkmangd: Fraction(10_587_710, 10_587_710),
                nonResponseByFordelat: Fraction(250_000_000, 250_000_000)),
            nonResponding: units.enumerated().map { i, u in
                UnitRow(
                    kod: u.kod, namn: i == 0 ? #"Region <b>"Fet"</b> & 'Co'; DROP"# : (u.region ?? u.namn),
                    lan: i == 1 ? "Län & <län>" : u.namn, folkmangd: u.folkmangd)
            },
            byLan: units.map { LanRow(kod: $0.kod, namn: $0.kod == "01" ? "Stockholms <län> & \"co\"" : $0.namn, units: 1, answered: 0) },
            bySize: [],
            itemRates: [FieldResponse(field: "mal", answered: 0, base: 0)],
            findings: [
                FindingCount(feltyp: "okand_respondent", allvarlighet: .fel, count: 2),
                FindingCount(feltyp: #"<egen>&"typ";"#, allvarlighet: .info, count: 1),
                FindingCount(feltyp: nil, allvarlighet: .varning, count: 1),
            ],
            cleaning: CleaningCounts(
                insatserRead: 3, setAsideIncomplete: 0, duplicatesRemoved: 0, supersededSubmissions: 0, amountsFromText: 0,
                unreadableAmounts: 0, signCorrections: 0, thousandsCorrections: 0),
            reconciliation: nil,
            points: [],
            metadata: [.syfte: #"Syfte med <b>fet</b> & ;semikolon; "citat" 'apostrof' {{enkat.id}} \ slut"#],
            previous: nil,
            generatedAt: "2025-05-02T10:00")
    }

    /// Every län answered a län enkät; an earlier round is given.
    static var fullResponse: DeclarationInput {
        let register = Register.sverige
        let units = register.lan
        let points = units.map { u in
            RespondentPoint(kod: u.kod, namn: u.namn, reported: Kronor(u.folkmangd) * 10, target: Kronor(u.folkmangd) * 10, j: Fraction(1, 1))
        }
        let total = points.reduce(Kronor(0)) { $0 + $1.target }
        return DeclarationInput(
            enkat: enkat("L-BRU", .lan, "Patient-, brukar- och anhörigmedverkan", last: "2025-03-31", reminders: 3),
            registerPopulation: units.count,
            surveyPopulation: units.count,
            svar: ResponseCounts(
                answeredInTime: units.count, answeredLate: 0, withoutTimestamp: 0, withoutUsableInsats: 0, notAnswered: 0,
                ejRekvirerat: 0, okanda: 0),
            rates: DeclarationRates(
                unweighted: Fraction(21, 21), usable: Fraction(21, 21), byFolkmangd: Fraction(1, 1),
                byFordelat: Fraction(1, 1), nonResponseByFolkmangd: Fraction(0, 1), nonResponseByFordelat: Fraction(0, 1)),
            nonResponding: [],
            byLan: units.map { LanRow(kod: $0.kod, namn: $0.namn, units: 1, answered: 1) },
            bySize: [],
            itemRates: [
                FieldResponse(field: "mal", answered: 77, base: 77), FieldResponse(field: "effekter", answered: 70, base: 77),
            ],
            findings: [],
            cleaning: CleaningCounts(
                insatserRead: 77, setAsideIncomplete: 0, duplicatesRemoved: 0, supersededSubmissions: 1, amountsFromText: 0,
                unreadableAmounts: 0, signCorrections: 0, thousandsCorrections: 0),
            reconciliation: ReconciliationSummary(
                classCounts: ["exakt": 21], targetTotal: total, reportedTotal: total, weightedTotal: total,
                jMin: Fraction(1, 1), jMedian: Fraction(1, 1), jMax: Fraction(1, 1), level: "respondent",
                // A user who allows no slack and no rounding steps.
                thousandsTolerance: 0, roundingSteps: []),
            points: points,
            metadata: fullMetadata,
            previous: PreviousRoundSummary(
                label: "omgång 2023", referensar: 2023, registerPopulation: 21, surveyPopulation: 21, answered: 19,
                unweighted: Fraction(19, 21), byFordelat: nil, targetTotal: total - 1_000_000, reportedTotal: nil, insatser: 70),
            generatedAt: nil)
    }

    /// Nobody requisitioned anything: the survey population is empty.
    static var emptyPopulation: DeclarationInput {
        DeclarationInput(
            enkat: Enkat(
                id: "K-TOM", population: .kommun, omrade: "Område utan rekvisitioner", referensar: nil, sistaSvarsdag: nil,
                insamlingStart: nil, insamlingSlut: nil, paminnelser: nil, location: SourceLocation(file: "omgang.csv", line: 9)),
            registerPopulation: 290,
            surveyPopulation: 0,
            svar: ResponseCounts(
                answeredInTime: 0, answeredLate: 0, withoutTimestamp: 0, withoutUsableInsats: 0, notAnswered: 0,
                ejRekvirerat: 3, okanda: 0),
            rates: DeclarationRates(
                unweighted: nil, usable: nil, byFolkmangd: nil, byFordelat: nil, nonResponseByFolkmangd: nil,
                nonResponseByFordelat: nil),
            nonResponding: [],
            byLan: [],
            // A kommun enkät: every size class is listed, each empty.
            bySize: Storleksklass.kommun.map { SizeClassRow(kod: $0.id, namn: $0.namn, units: 0, answered: 0) },
            itemRates: [],
            findings: [FindingCount(feltyp: "ej_rekvirerat", allvarlighet: .varning, count: 3)],
            cleaning: CleaningCounts(
                insatserRead: 4, setAsideIncomplete: 0, duplicatesRemoved: 0, supersededSubmissions: 0, amountsFromText: 0,
                unreadableAmounts: 0, signCorrections: 0, thousandsCorrections: 0),
            reconciliation: nil,
            points: [],
            metadata: [:],
            previous: nil,
            generatedAt: nil)
    }

    // MARK: - Helpers

    static func enkat(_ id: String, _ population: PopulationTyp, _ omrade: String, last: String, reminders: Int) -> Enkat {
        Enkat(
            id: id, population: population, omrade: omrade, referensar: 2024, sistaSvarsdag: Datum(iso: last),
            insamlingStart: Datum(iso: "2025-01-20"), insamlingSlut: Datum(iso: "2025-04-30"), paminnelser: reminders,
            location: SourceLocation(file: "omgang.csv", line: 2))
    }
}

extension SeededGenerator {
    /// A value in 0..<n (n > 0), by modulo (the bias is irrelevant for fixtures).
    mutating func next(below n: Int) -> Int { Int(next() % UInt64(n)) }
}
