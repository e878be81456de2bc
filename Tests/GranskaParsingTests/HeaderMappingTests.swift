import GranskaCore
import Testing

@testable import GranskaParsing

@Suite struct HeaderMappingTests {
    @Test(arguments: [
        ("Insats nr", "insats_nr"), ("Enkät", "enkat"), ("E-post", "epost"), ("Sista svarsdag", "sista_svarsdag"),
        ("  ÅTERBETALT ", "aterbetalt"), ("Målgrupp", "malgrupp"), ("Påminnelser", "paminnelser"),
        ("Område", "omrade"), ("sista__svarsdag", "sista_svarsdag"), ("Sista _ svarsdag", "sista_svarsdag"),
        ("Insamling\u{A0}start", "insamling_start"), ("Referensår", "referensar"), ("Fördelat", "fordelat"),
        ("kontaktperson", "kontaktperson"), ("E–post", "epost"), ("", ""), ("Café", "cafe"),
    ])
    func normalizesHeaders(header: String, normalized: String) {
        #expect(HeaderName.normalize(header) == normalized)
    }

    @Test(arguments: [
        ("Insats nr", FileKind.svar, "insats_nr"), ("insatsnr", .svar, "insats_nr"), ("INSATS-NR", .svar, "insats_nr"),
        ("Enkät", .svar, "enkat"), ("E-post", .svar, "epost"), ("e_post", .svar, "epost"), ("Mejl", .svar, "epost"),
        ("mail", .svar, "epost"), ("Tel", .svar, "telefon"), ("Mobil", .svar, "telefon"),
        ("Namn", .svar, "kontaktperson"), ("Kontakt", .svar, "kontaktperson"), ("Sista-svarsdag", .omgang, "sista_svarsdag"),
        ("SistaSvarsdag", .omgang, "sista_svarsdag"), ("Återbetalt", .rekvisitioner, "aterbetalt"),
    ])
    func matchesContractColumns(header: String, kind: FileKind, column: String) {
        #expect(kind.column(forHeader: header)?.name == column)
    }

    @Test func marksPersonalColumnsAndLeavesUnknownOnes() {
        let header = ["Enkät", "Respondent", "Namn", "E-post", "Mobil", "Kommentar", "Inskickad", "Insats nr", "Titel",
                      "Aktiviteter", "Mål", "Prestationer", "Effekter", "Status", "Målgrupp", "Medel"]
        let mapping = ColumnMapping(lenient: header, kind: .svar)
        #expect(mapping.fields[2] == "kontaktperson" && mapping.fields[3] == "epost" && mapping.fields[4] == "telefon")
        #expect(mapping.personal == header.indices.map { (2...4).contains($0) })
        #expect(mapping.unknownColumns == [5])
        #expect(mapping.missingRequired.isEmpty)
        #expect(mapping.column("medel") == 15)
        #expect(ColumnMapping.guessKind(header: header) == .svar)
        #expect(ColumnMapping.guessKind(header: ["enkat", "respondent", "fordelat", "rekvirerat", "aterbetalt"]) == .rekvisitioner)
        #expect(ColumnMapping.guessKind(header: ["Enkät", "Population", "Sista svarsdag"]) == .omgang)
        #expect(ColumnMapping.guessKind(header: ["kommunkod", "namn"]) == nil)
    }

    @Test func aMissingRequiredColumnIsAnInputErrorNamingColumnAndFile() throws {
        let table = try CSVTable.parse(bytes: Array("enkat;respondent;fordelat;rekvirerat\nR-BU;01;1;1\n".utf8), path: "r.csv")
        #expect {
            _ = try ColumnMapping(table: table, kind: .rekvisitioner)
        } throws: { error in
            let e = error as? InputError
            return e?.id == "mapping.missing-column" && e?.file == "r.csv" && e?.location?.line == 1
                && e?.message == "kolumnen 'aterbetalt' saknas i rekvisitioner.csv"
        }
    }

    @Test func twoHeadersForOneColumnAreAnInputError() throws {
        let table = try CSVTable.parse(
            bytes: Array("Enkät;Respondent;Fördelat;Rekvirerat;Återbetalt;enkat\n".utf8), path: "r.csv")
        #expect {
            _ = try ColumnMapping(table: table, kind: .rekvisitioner)
        } throws: { error in
            let e = error as? InputError
            return e?.id == "mapping.duplicate-column" && e?.location == SourceLocation(file: "r.csv", line: 1, column: 49)
                && e?.message.contains("'Enkät' (kolumn 1) och 'enkat' (kolumn 6)") == true
        }
    }
}
