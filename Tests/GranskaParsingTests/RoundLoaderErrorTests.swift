import Foundation
import GranskaCore
import Testing

@testable import GranskaParsing

/// A round in a temporary folder: the example's shape in a few rows, with one file replaced.
enum SmallRound {
    static let omgang = """
        enkat;population;omrade;referensar;sista_svarsdag;insamling_start;insamling_slut;paminnelser
        R-BU;region;Barn och unga;2024;2025-03-14;2025-01-20;2025-04-30;2
        K-KUN;kommun;Kunskap;2024;2025-04-04;;;

        """
    static let rekvisitioner = """
        enkat;respondent;fordelat;rekvirerat;aterbetalt
        R-BU;01;1000;1000;0
        K-KUN;0114;500;500;100

        """
    static let svarHeader =
        "enkat;respondent;kontaktperson;epost;telefon;inskickad;insats_nr;titel;aktiviteter;mal;prestationer;effekter;status;malgrupp;medel\n"
    static let svar = svarHeader + """
        R-BU;01;Anna;anna@example.se;070-1;2025-03-01T10:00;1;Titel;Akt;;;;genomförd;barn;1000
        K-KUN;0114;Bo;bo@example.se;070-2;2025-03-02T11:00;1;Titel;Akt;;;;genomförd;barn;400

        """

    static func folder(omgang: String = omgang, rekvisitioner: String = rekvisitioner, svar: String = svar) throws -> String {
        try CSVFixture.directory(["omgang.csv": omgang, "rekvisitioner.csv": rekvisitioner, "svar.csv": svar])
    }
}

/// A bad value in a file that must be right, and where the error must point.
struct BadFileCase: CustomTestStringConvertible, Sendable {
    var id: String
    var file: String
    var text: String
    var line: Int
    var column: Int
    var says: String
    var testDescription: String { id }
}

@Suite struct RoundLoaderErrorTests {
    static let omgangHeader = "enkat;population;omrade;referensar;sista_svarsdag;insamling_start;insamling_slut;paminnelser\n"
    static let rekvisitionHeader = "enkat;respondent;fordelat;rekvirerat;aterbetalt\n"

    static let cases: [BadFileCase] = [
        BadFileCase(
            id: "unknown population", file: "omgang.csv", text: omgangHeader + "R-BU;landskap;x;2024;2025-03-14;;;\n",
            line: 2, column: 6, says: "population 'landskap' är okänd"),
        BadFileCase(
            id: "bad last answer date", file: "omgang.csv", text: omgangHeader + "R-BU;region;x;2024;2025-02-30;;;\n",
            line: 2, column: 20, says: "sista_svarsdag '2025-02-30' är inte ett datum"),
        BadFileCase(
            id: "missing last answer date", file: "omgang.csv", text: omgangHeader + "R-BU;region;x;2024;;;;\n",
            line: 2, column: 20, says: "sista_svarsdag saknas"),
        BadFileCase(
            id: "bad collection start", file: "omgang.csv", text: omgangHeader + "R-BU;region;x;2024;2025-03-14;i januari;;\n",
            line: 2, column: 31, says: "insamling_start 'i januari'"),
        BadFileCase(
            id: "reminders not a number", file: "omgang.csv", text: omgangHeader + "R-BU;region;x;2024;2025-03-14;;;två\n",
            line: 2, column: 33, says: "paminnelser 'två' är inte ett antal"),
        BadFileCase(
            id: "reference year not a number", file: "omgang.csv", text: omgangHeader + "R-BU;region;x;-1;2025-03-14;;;\n",
            line: 2, column: 15, says: "referensar '-1'"),
        BadFileCase(
            id: "repeated enkät", file: "omgang.csv",
            text: omgangHeader + "R-BU;region;x;2024;2025-03-14;;;\nR-BU;region;y;2024;2025-03-14;;;\n",
            line: 3, column: 1, says: "står redan på rad 2"),
        BadFileCase(
            id: "non-numeric amount", file: "rekvisitioner.csv", text: rekvisitionHeader + "R-BU;01;1000;ca 1000;0\n",
            line: 2, column: 14, says: "rekvirerat 'ca 1000' går inte att läsa"),
        BadFileCase(
            id: "negative amount", file: "rekvisitioner.csv", text: rekvisitionHeader + "R-BU;01;1000;1000;-5\n",
            line: 2, column: 19, says: "aterbetalt '-5' är negativt"),
        BadFileCase(
            id: "amount beyond Int64", file: "rekvisitioner.csv",
            text: rekvisitionHeader + "R-BU;01;9223372036854775808;1000;0\n", line: 2, column: 9,
            says: "fordelat '9223372036854775808' går inte att läsa"),
        BadFileCase(
            id: "a fraction of a krona", file: "rekvisitioner.csv", text: rekvisitionHeader + "R-BU;01;1000;1000,50;0\n",
            line: 2, column: 14, says: "går inte att läsa som ett belopp i hela kronor"),
        BadFileCase(
            id: "empty amount", file: "rekvisitioner.csv", text: rekvisitionHeader + "R-BU;01;1000;1000;\n",
            line: 2, column: 19, says: "aterbetalt saknas"),
        BadFileCase(
            id: "empty respondent", file: "rekvisitioner.csv", text: rekvisitionHeader + "R-BU; ;1000;1000;0\n",
            line: 2, column: 6, says: "respondent saknas"),
        BadFileCase(
            id: "repeated pair", file: "rekvisitioner.csv",
            text: rekvisitionHeader + "R-BU;01;1000;1000;0\nR-BU;02;1;1;0\nR-BU;01;5;5;0\n", line: 4, column: 1,
            says: "enkät 'R-BU' och respondent '01' står redan på rad 2"),
        BadFileCase(
            id: "repaid more than requisitioned", file: "rekvisitioner.csv",
            text: rekvisitionHeader + "R-BU;01;1000;1000;1500\n", line: 2, column: 19,
            says: "aterbetalt (1500 kr) är större än rekvirerat (1000 kr)"),
        BadFileCase(
            id: "broken CSV in svar.csv", file: "svar.csv", text: SmallRound.svarHeader + "R-BU;01;\"x\n", line: 2,
            column: 9, says: "avslutas aldrig"),
        BadFileCase(
            id: "missing column in svar.csv", file: "svar.csv", text: "enkat;respondent;medel\nR-BU;01;5\n", line: 1,
            column: 1, says: "saknas i svar.csv"),
    ]

    @Test(arguments: cases)
    func badValueIsAnInputErrorWithPosition(_ c: BadFileCase) throws {
        let folder = try SmallRound.folder(
            omgang: c.file == "omgang.csv" ? c.text : SmallRound.omgang,
            rekvisitioner: c.file == "rekvisitioner.csv" ? c.text : SmallRound.rekvisitioner,
            svar: c.file == "svar.csv" ? c.text : SmallRound.svar)
        #expect {
            _ = try RoundLoader.load(directory: folder)
        } throws: { error in
            guard let e = error as? InputError else { return false }
            #expect(e.location == SourceLocation(file: folder + "/" + c.file, line: c.line, column: c.column), "\(e)")
            #expect(e.message.contains(c.says), "\(e.message)")
            return e.location?.line == c.line && e.message.contains(c.says)
        }
    }

    /// Rows for an enkät that omgang.csv does not list are not used; one warning per id says so,
    /// at its first row, with the number of rows. The round is read as without them.
    @Test func anUnknownEnkatInRekvisitionerIsOneWarning() throws {
        let folder = try SmallRound.folder(
            rekvisitioner: Self.rekvisitionHeader
                + "R-BU;01;1000;1000;0\nK-KUM;0114;5;5;0\nK-KUN;0114;500;500;100\nK-KUM;0180;7;7;0\n")
        let omgang = try RoundLoader.load(directory: folder)
        let notes = omgang.notes.filter { $0.regel == "data.okand-enkat" }
        #expect(notes.count == 1)
        let note = try #require(notes.first)
        #expect(note.allvarlighet == .varning)
        #expect(note.enkat == "K-KUM")
        #expect(note.location == SourceLocation(file: folder + "/rekvisitioner.csv", line: 3, column: 1))
        #expect(note.meddelande.contains("enkäten 'K-KUM' finns inte i omgang.csv (2 rader)"), "\(note.meddelande)")
        #expect(omgang.surveyPopulation("K-KUN").map(\.kod) == ["0114"])
        #expect(omgang.rekvisitioner.filter { $0.enkat == "K-KUM" }.count == 2)
    }

    @Test func readsAndChecksTheSmallRound() throws {
        let omgang = try RoundLoader.load(directory: try SmallRound.folder())
        #expect(omgang.enkater.count == 2 && omgang.insatser.count == 2 && omgang.rekvisitioner.count == 2)
        #expect(omgang.enkat("K-KUN")?.insamlingStart == nil && omgang.enkat("K-KUN")?.paminnelser == nil)
        #expect(omgang.rekvisition(SvarKey(enkat: "K-KUN", respondent: "0114"))?.target == 400)
        #expect(omgang.notes.isEmpty)
    }

    @Test(arguments: ["omgang.csv", "svar.csv", "rekvisitioner.csv"])
    func aMissingFileIsAnInputError(name: String) throws {
        let folder = try SmallRound.folder()
        try FileManager.default.removeItem(atPath: folder + "/" + name)
        #expect {
            _ = try RoundLoader.load(directory: folder)
        } throws: { error in
            let e = error as? InputError
            return e?.id == "csv.missing-file" && e?.file == folder + "/" + name
        }
    }

    @Test func aMissingFolderIsAnInputError() {
        #expect {
            _ = try RoundLoader.load(directory: "/finns/inte/omgang")
        } throws: { error in
            (error as? InputError)?.message == "mappen '/finns/inte/omgang' finns inte"
        }
    }

    @Test func badValuesInSvarAreNotesAndReadingGoesOn() throws {
        let svar = SmallRound.svarHeader + """
            R-BU;01;;;;igår;1;Titel;Akt;;;;genomförd;barn;se bilaga
            R-BU;01;;;;2025-03-01T10:00;ett;Titel;Akt;;;;genomförd;barn;1 000 kr
            X-NY;01;;;;2025-03-01T10:00;1;Titel;Akt;;;;genomförd;barn;5
            X-NY;02;;;;;2;Titel;Akt;;;;genomförd;barn;-5

            """
        let omgang = try RoundLoader.load(directory: try SmallRound.folder(svar: svar))
        #expect(omgang.insatser.count == 4)
        #expect(omgang.insatser[0].inskickad == nil && omgang.insatser[0].inskickadText == "igår")
        #expect(omgang.insatser[0].medel.tolkning == .olaslig)
        #expect(omgang.insatser[1].insatsNr == nil && omgang.insatser[1].insatsNrText == "ett")
        #expect(omgang.insatser[1].medel.kronor == 1000)
        #expect(omgang.insatser[3].medel.kronor == -5)
        let notes = omgang.notes.map { "\($0.regel) \($0.location.map { "\($0.line):\($0.column)" } ?? "-") \($0.meddelande)" }
        #expect(
            notes == [
                "data.inskickad 2:12 inskickad 'igår' går inte att läsa som datum och tid (ÅÅÅÅ-MM-DD TT:MM); svaret kan inte dateras",
                "data.insats-nr 3:29 insats_nr 'ett' är inte ett heltal",
                "data.inskickad 5:12 inskickad saknas; svaret kan inte dateras",
                "data.okand-enkat 4:1 enkäten 'X-NY' finns inte i omgang.csv (2 rader); raderna kan inte knytas till någon population",
            ])
        #expect(omgang.notes.allSatisfy { $0.feltyp == nil })
        #expect(omgang.notes[0].enkat == "R-BU" && omgang.notes[0].respondent == "01" && omgang.notes[0].insatsNr == 1)
        #expect(omgang.notes[3].allvarlighet == .fel)
    }

    @Test func readsHeadersAsASurveyToolWritesThem() throws {
        let svar = """
            Enkät;Respondent;Namn;E-post;Tel;Inskickad;Insats nr;Titel;Aktiviteter;Mål;Prestationer;Effekter;Status;Målgrupp;Medel;Kommentar
            R-BU;01;Anna;a@x.se;070;2025-03-01 10:00;1;T;A;;;;genomförd;barn;1 000;fri text

            """
        let omgang = try RoundLoader.load(
            directory: try SmallRound.folder(svar: svar), options: LoadOptions(keepPersonalData: true))
        let insats = try #require(omgang.insatser.first)
        #expect(insats.inskickad == Tidpunkt(iso: "2025-03-01T10:00") && insats.insatsNr == 1)
        #expect(insats.kontakt == Kontakt(namn: "Anna", epost: "a@x.se", telefon: "070"))
        #expect(insats.medel.kronor == 1000)
    }
}

@Suite struct SvarChunkingTests {
    /// Reading in parallel chunks gives exactly what one pass gives, notes included.
    @Test func chunkedReadingEqualsOnePass() throws {
        var text = SmallRound.svarHeader
        for i in 0..<1000 {
            let enkat = i % 97 == 5 ? "X-\(i % 3)" : (i % 2 == 0 ? "R-BU" : "K-KUN")
            let time = i % 89 == 3 ? "snart" : "2025-03-01T10:\(10 + i % 50)"
            let nr = i % 71 == 7 ? "" : "\(i % 9 + 1)"
            text += "\(enkat);\(i % 21);;;;\(time);\(nr);T\(i);\"A\nB\";;;;genomförd;barn;\(i) kr\n"
        }
        let table = try CSVTable.parse(bytes: Array(text.utf8), path: "svar.csv")
        let enkater = try OmgangReader.read(try CSVTable.parse(bytes: Array(SmallRound.omgang.utf8), path: "omgang.csv"))
        let reader = try SvarReader(table: table, enkater: enkater, keepPersonalData: false)
        let onePass = reader.readAll(chunkSize: Int.max)
        #expect(onePass.insatser.count == 1000)
        #expect(onePass.notes.filter { $0.regel == "data.okand-enkat" }.count == 3)
        #expect(onePass.notes.count > 20)
        for size in [1, 7, 100, 333] {
            let chunked = reader.readAll(chunkSize: size)
            #expect(chunked.insatser == onePass.insatser)
            #expect(chunked.notes == onePass.notes)
        }
    }
}
