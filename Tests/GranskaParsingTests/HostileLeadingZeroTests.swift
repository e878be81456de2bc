import Foundation
import GranskaCore
import Testing

@testable import GranskaParsing

/// Excel drops leading zeros: kommunkod `0114` becomes `114`, länskod `01` becomes `1`. granska
/// restores the zero only when that gives a code of the enkät's register, and says so in a note.
@Suite struct HostileLeadingZeroTests {
    static let omgang = """
        enkat;population;omrade;referensar;sista_svarsdag;insamling_start;insamling_slut;paminnelser
        R-BU;region;Barn och unga;2024;2025-03-14;;;
        L-BU;lan;Sammanhållen vård;2024;2025-03-31;;;
        K-KUN;kommun;Kunskap;2024;2025-04-04;;;

        """
    static let rekvisitioner = """
        enkat;respondent;fordelat;rekvirerat;aterbetalt
        R-BU;1;1000;1000;0
        L-BU;03;500;500;0
        K-KUN;114;500;500;100
        K-KUN;0180;800;800;0

        """

    static func svar(_ rows: [String]) -> String {
        SmallRound.svarHeader + rows.map { $0 + "\n" }.joined()
    }

    static func row(_ enkat: String, _ respondent: String, nr: Int = 1, medel: String = "100") -> String {
        "\(enkat);\(respondent);;;;2025-03-01T10:00;\(nr);Titel \(nr);Akt;;;;genomförd;barn;\(medel)"
    }

    static func load(svar: String, rekvisitioner: String = rekvisitioner) throws -> Omgang {
        try RoundLoader.load(
            directory: try SmallRound.folder(omgang: omgang, rekvisitioner: rekvisitioner, svar: svar))
    }

    @Test func restoresTheZeroInSvarAndNotesItOncePerCode() throws {
        let omgang = try Self.load(
            svar: Self.svar([
                Self.row("K-KUN", "114", nr: 1), Self.row("K-KUN", " 114 ", nr: 2), Self.row("K-KUN", "0114", nr: 3),
                Self.row("R-BU", "1"), Self.row("L-BU", "3"), Self.row("K-KUN", "180"),
            ]))
        #expect(omgang.insatser.map(\.respondent) == ["0114", "0114", "0114", "01", "03", "0180"])
        // rekvisitioner.csv's own notes come first; these are svar.csv's.
        let zeros = omgang.notes.filter { $0.regel == "data.kod-utan-nolla" && $0.location?.file.hasSuffix("svar.csv") == true }
        #expect(omgang.notes.count == zeros.count + 2)
        #expect(
            zeros.map(\.meddelande) == [
                "kommunkoden '114' saknar den inledande nollan (som Excel tar bort); läst som '0114' (Upplands Väsby) (2 rader)",
                "länskoden '1' saknar den inledande nollan (som Excel tar bort); läst som '01' (Region Stockholm)",
                "länskoden '3' saknar den inledande nollan (som Excel tar bort); läst som '03' (Uppsala län)",
                "kommunkoden '180' saknar den inledande nollan (som Excel tar bort); läst som '0180' (Stockholm)",
            ])
        #expect(zeros.allSatisfy { $0.allvarlighet == .info && $0.feltyp == nil && $0.insatsNr == nil })
        #expect(zeros.map(\.respondent) == ["0114", "01", "03", "0180"])
        #expect(zeros.map { $0.location?.line ?? 0 } == [2, 5, 6, 7])
        #expect(zeros.map { $0.location?.column ?? 0 } == [7, 6, 6, 7])

        // The restored rows are one answer with the rows typed right, and meet their rekvisition.
        let answers = omgang.svar().filter { $0.key == SvarKey(enkat: "K-KUN", respondent: "0114") }
        #expect(answers.count == 1 && answers.first?.raknande.insatser == [0, 1, 2])
        #expect(omgang.isInSurveyPopulation(SvarKey(enkat: "K-KUN", respondent: "0114")))
        #expect(omgang.isInSurveyPopulation(SvarKey(enkat: "R-BU", respondent: "01")))
    }

    @Test func restoresTheZeroInRekvisitionerAndNotesEachRow() throws {
        let omgang = try Self.load(svar: Self.svar([Self.row("K-KUN", "0114")]))
        #expect(omgang.rekvisitioner.map(\.respondent) == ["01", "03", "0114", "0180"])
        #expect(omgang.rekvisition(SvarKey(enkat: "K-KUN", respondent: "0114"))?.target == 400)
        let zeros = omgang.notes.filter { $0.regel == "data.kod-utan-nolla" }
        #expect(zeros.map { $0.location.map { "\(($0.file as NSString).lastPathComponent):\($0.line):\($0.column)" } } == [
            "rekvisitioner.csv:2:6", "rekvisitioner.csv:4:7",
        ])
        #expect(zeros.map(\.meddelande).last?.contains("kommunkoden '114'") == true)
        #expect(omgang.surveyPopulation("K-KUN").map(\.kod) == ["0114", "0180"])
    }

    /// Left as typed: the rules then report an unknown respondent; nothing is guessed.
    @Test(arguments: [
        ("K-KUN", "999", "no kommun 0999"),
        ("K-KUN", "11", "two digits short"),
        ("K-KUN", "1140", "already four digits"),
        ("K-KUN", "11a", "not only digits"),
        ("K-KUN", "-14", "a sign"),
        ("R-BU", "0", "no län 00"),
        ("R-BU", "26", "two digits, not a län"),
        ("L-BU", "114", "a kommun code in a län enkät"),
        ("X-NY", "114", "an enkät omgang.csv does not list"),
    ])
    func leavesACodeThatIsNoRegisterCodeAsTyped(enkat: String, respondent: String, why: String) throws {
        let omgang = try Self.load(svar: Self.svar([Self.row(enkat, respondent)]))
        #expect(omgang.insatser.map(\.respondent) == [respondent], "\(why)")
        #expect(!omgang.notes.contains { $0.regel == "data.kod-utan-nolla" && $0.location?.file.hasSuffix("svar.csv") == true })
    }

    @Test func aCodeThatIsItselfInTheRegisterIsNeverPadded() throws {
        let register = Register(
            referensdatum: "2025-12-31",
            kommuner: [
                RegisterEnhet(kod: "0114", namn: "Fyrsiffrig", lanskod: "01", folkmangd: 10),
                RegisterEnhet(kod: "114", namn: "Tresiffrig", lanskod: "01", folkmangd: 10),
            ],
            lan: [RegisterEnhet(kod: "01", namn: "Län", lanskod: "01", folkmangd: 20)])
        #expect(RespondentCode.restoringLeadingZero("114", typ: .kommun, register: register) == nil)
        #expect(RespondentCode.restoringLeadingZero("114", typ: .kommun, register: .sverige) == "0114")
        #expect(RespondentCode.restoringLeadingZero("1", typ: .lan, register: .sverige) == "01")
        #expect(RespondentCode.restoringLeadingZero("1", typ: .kommun, register: .sverige) == nil)
        let empty = Register(referensdatum: "2025-12-31", kommuner: [], lan: [])
        #expect(RespondentCode.restoringLeadingZero("114", typ: .kommun, register: empty) == nil)
    }

    @Test func theSamePairTypedTwoWaysIsOneRepeatedPair() throws {
        let rekvisitioner = Self.rekvisitioner + "K-KUN;0114;1;1;0\n"
        #expect {
            _ = try Self.load(svar: Self.svar([Self.row("K-KUN", "0114")]), rekvisitioner: rekvisitioner)
        } throws: { error in
            let e = error as? InputError
            return e?.id == "data.bad-value" && e?.location?.line == 6
                && e?.message == "enkät 'K-KUN' och respondent '0114' står redan på rad 4; varje par ska ha en rad"
        }
        let typedShort = Self.rekvisitioner + "K-KUN;180;1;1;0\n"
        #expect {
            _ = try Self.load(svar: Self.svar([Self.row("K-KUN", "0114")]), rekvisitioner: typedShort)
        } throws: { error in
            (error as? InputError)?.message
                == "enkät 'K-KUN' och respondent '180' (läst som '0180') står redan på rad 5; varje par ska ha en rad"
        }
    }

    /// Chunked reading restores and counts exactly as one pass does.
    @Test func chunkedReadingCountsRestoredCodesAsOnePass() throws {
        let rows = (0..<900).map { i in Self.row("K-KUN", i % 3 == 0 ? "114" : (i % 3 == 1 ? "180" : "0117"), nr: i % 9 + 1) }
        let table = try CSVTable.parse(bytes: Array(Self.svar(rows).utf8), path: "svar.csv")
        let enkater = try OmgangReader.read(try CSVTable.parse(bytes: Array(Self.omgang.utf8), path: "omgang.csv"))
        let reader = try SvarReader(table: table, enkater: enkater, keepPersonalData: false)
        let onePass = reader.readAll(chunkSize: Int.max)
        #expect(onePass.notes.map(\.meddelande) == [
            "kommunkoden '114' saknar den inledande nollan (som Excel tar bort); läst som '0114' (Upplands Väsby) (300 rader)",
            "kommunkoden '180' saknar den inledande nollan (som Excel tar bort); läst som '0180' (Stockholm) (300 rader)",
        ])
        for size in [1, 7, 100, 333] {
            let chunked = reader.readAll(chunkSize: size)
            #expect(chunked.insatser == onePass.insatser && chunked.notes == onePass.notes)
        }
    }
}
