import Foundation
import GranskaCore
import GranskaTestSupport
import Testing

@testable import GranskaParsing

@Suite struct RoundLoaderExampleTests {
    static let directory = Fixtures.exampleRound.path

    /// The example's lines, read the plain way (the file has no CR).
    static func lines(_ name: String) throws -> [Substring] {
        let text = try String(contentsOfFile: directory + "/" + name, encoding: .utf8)
        return text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// Records counted independently: a record of svar.csv starts a line with an enkät id and `;`
    /// (continuation lines of quoted text start with words).
    static func recordStartLines() throws -> [Int] {
        try lines("svar.csv").enumerated().compactMap { i, line in
            let starts = ["R-", "L-", "K-"].contains { line.hasPrefix($0) } && line.contains(";")
            return i > 0 && starts ? i + 1 : nil
        }
    }

    @Test func readsTheExampleRoundsCounts() throws {
        let omgang = try RoundLoader.load(directory: Self.directory)
        #expect(omgang.enkater.map(\.id) == ["R-BU", "L-BU", "L-SAM", "R-KUN", "K-KUN", "L-BRU", "R-TRA"])
        #expect(omgang.insatser.count == (try Self.recordStartLines()).count)
        #expect(omgang.insatser.count == 1471)
        let rekvisitionLines = try Self.lines("rekvisitioner.csv").dropFirst().filter { !$0.isEmpty }
        #expect(omgang.rekvisitioner.count == rekvisitionLines.count)
        #expect(omgang.notes.isEmpty)
    }

    @Test func everyInsatsStartsOnTheRightPhysicalLine() throws {
        let omgang = try RoundLoader.load(directory: Self.directory)
        #expect(omgang.insatser.map(\.location.line) == (try Self.recordStartLines()))
        #expect(omgang.insatser.allSatisfy { $0.location.file.hasSuffix("omgang-2024/svar.csv") && $0.location.column == 1 })
    }

    @Test func keepsQuotedMultiLineTextAndTheRecordAfterIt() throws {
        let omgang = try RoundLoader.load(directory: Self.directory)
        // svar.csv lines 51–52 hold one record whose aktiviteter spans two lines.
        let spanning = try #require(omgang.insatser.first { $0.location.line == 51 })
        #expect(spanning.enkat == "K-KUN" && spanning.respondent == "0980" && spanning.insatsNr == 3)
        #expect(
            spanning.aktiviteter
                == "Utbildning i ungdomsmottagningen (\"IPS-metoden\"); två omgångar\nför brukare")
        #expect(spanning.mal == "Ökad kunskap och tillgänglighet")
        #expect(spanning.medel == Belopp(text: "226820", kronor: 226820, tolkning: .siffror))
        let next = try #require(omgang.insatser.first { $0.location.line == 53 })
        #expect(next.enkat == "L-BRU" && next.respondent == "24")
        let later = try #require(omgang.insatser.first { $0.location.line == 226 })
        #expect(later.enkat == "K-KUN" && later.respondent == "1283")
    }

    @Test func readsTheTypedAmountsAsTheContractSays() throws {
        let omgang = try RoundLoader.load(directory: Self.directory)
        let byText = Dictionary(omgang.insatser.map { ($0.medel.text, $0.medel) }, uniquingKeysWith: { a, _ in a })
        #expect(byText["2\u{A0}826\u{A0}284 kr"]?.kronor == 2_826_284)
        #expect(byText["2\u{A0}826\u{A0}284 kr"]?.tolkning == .text)
        #expect(byText["286231,00"]?.kronor == 286231)
        #expect(byText["ingår i insats 1"]?.tolkning == .olaslig)
        #expect(byText[""]?.tolkning == .tom)
    }

    @Test func leavesOutContactDataByDefault() throws {
        let omgang = try RoundLoader.load(directory: Self.directory)
        #expect(omgang.insatser.allSatisfy { $0.kontakt == nil })
    }

    @Test func readsContactDataOnlyWhenAsked() throws {
        let omgang = try RoundLoader.load(directory: Self.directory, options: LoadOptions(keepPersonalData: true))
        let first = try #require(omgang.insatser.first)
        #expect(first.kontakt == Kontakt(namn: "Karin Holm", epost: "karin.holm@org1281.example.se", telefon: "079-181106"))
        #expect(omgang.insatser.allSatisfy { $0.kontakt != nil })
    }

    @Test func readsEnkaterAndRekvisitioner() throws {
        let omgang = try RoundLoader.load(directory: Self.directory)
        let kkun = try #require(omgang.enkat("K-KUN"))
        #expect(kkun.population == .kommun)
        #expect(kkun.sistaSvarsdag == Datum(iso: "2025-04-04"))
        #expect(kkun.insamlingStart == Datum(iso: "2025-01-20"))
        #expect(kkun.paminnelser == 1 && kkun.referensar == 2024)
        #expect(kkun.location.line == 6)
        let rbu01 = try #require(omgang.rekvisition(SvarKey(enkat: "R-BU", respondent: "01")))
        #expect(rbu01.rekvirerat == 114_143_863 && rbu01.aterbetalt == 0 && rbu01.location.line == 2)
        #expect(omgang.surveyPopulation("K-KUN").count == 272)
    }

    @Test func describesTheFilesRead() throws {
        let omgang = try RoundLoader.load(directory: Self.directory)
        #expect(omgang.files.map { ($0.path as NSString).lastPathComponent } == ["omgang.csv", "svar.csv", "rekvisitioner.csv"])
        #expect(omgang.files.allSatisfy { $0.encoding == "UTF-8" && $0.delimiter == ";" && $0.lineEnding == "LF" })
        #expect(omgang.files.map(\.records) == [7, 1471, 416])
    }
}
