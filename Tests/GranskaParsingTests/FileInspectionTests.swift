import GranskaCore
import GranskaTestSupport
import Testing

@testable import GranskaParsing

@Suite struct FileInspectionTests {
    static let svarPath = Fixtures.exampleRound.appendingPathComponent("svar.csv").path

    @Test func describesTheExampleSvarFileAndMasksPersonalData() throws {
        let inspection = try FileInspection.inspect(path: Self.svarPath, showPersonal: false)
        #expect(inspection.encoding == "UTF-8" && inspection.delimiter == ";" && inspection.lineEnding == "LF")
        #expect(inspection.kind == .svar)
        #expect(inspection.header.count == 15 && inspection.missingColumns.isEmpty)
        #expect(inspection.columns.filter(\.personal).map(\.header) == ["kontaktperson", "epost", "telefon"])
        #expect(inspection.columns.allSatisfy { $0.field == $0.header })
        #expect(inspection.recordCount == 1471 && inspection.records.count == 1471)
        let first = try #require(inspection.records.first)
        #expect(Array(first[0...6]) == ["K-KUN", "1281", "***", "***", "***", "2025-02-26T18:14", "5"])
        let serialized = inspection.json.serialized(pretty: false)
        #expect(!serialized.contains("karin.holm@org1281.example.se") && !serialized.contains("Karin Holm"))
    }

    @Test func showsPersonalDataWhenAskedAndLimitsTheListing() throws {
        let inspection = try FileInspection.inspect(path: Self.svarPath, showPersonal: true, maxRecords: 2)
        #expect(inspection.recordCount == 1471 && inspection.records.count == 2)
        #expect(inspection.records[0][2...4] == ["Karin Holm", "karin.holm@org1281.example.se", "079-181106"])
    }

    @Test func inspectsAWindows1252FileWithSurveyToolHeaders() throws {
        let inspection = try FileInspection.inspect(path: CSVFixture.path("windows-1252.csv"), showPersonal: false)
        #expect(inspection.encoding == "Windows-1252" && inspection.lineEnding == "CRLF")
        #expect(inspection.columns.map(\.field) == ["enkat", "respondent", nil, "medel"])
        #expect(inspection.kind == .svar)
        #expect(inspection.missingColumns.contains("insats_nr"))
        let json = inspection.json
        guard case .object(let members) = json else {
            Issue.record("not an object")
            return
        }
        #expect(members["encoding"] == .string("Windows-1252"))
        #expect(members["delimiter"] == .string(";"))
        #expect(members["header"] == .array(["Enkät", "Respondent", "Område", "Medel"].map(JSONValue.string)))
        #expect(members["record_count"] == .int(3))
        guard case .array(let records)? = members["records"] else {
            Issue.record("no records")
            return
        }
        #expect(records.first == .array(["K-KUN", "0114", "Barn och unga, första linjen", "1 250 000 kr"].map(JSONValue.string)))
    }

    @Test func masksPersonalColumnsOfAnUnknownKindAndKeepsEmptyCellsEmpty() throws {
        let table = try CSVTable.parse(bytes: Array("Kommun\tE-post\tMobil\nLund\tx@lund.se\t\n".utf8), path: "k.tsv")
        let inspection = FileInspection.inspect(table: table, showPersonal: false)
        #expect(inspection.kind == nil && inspection.delimiter == "\t")
        #expect(inspection.columns.map(\.personal) == [false, true, true])
        #expect(inspection.records == [["Lund", "***", ""]])
    }

    @Test func aBrokenFileIsAnInputError() throws {
        let folder = try CSVFixture.directory(["trasig.csv": "a;b\n1;\"2\n"])
        #expect(throws: InputError.self) {
            _ = try FileInspection.inspect(path: folder + "/trasig.csv", showPersonal: false)
        }
    }
}
