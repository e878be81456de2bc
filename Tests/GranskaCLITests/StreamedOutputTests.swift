import Foundation
import GranskaCore
import GranskaMetrics
import GranskaParsing
import GranskaReconciliation
import GranskaReports
import GranskaTestSupport
import Testing

@testable import GranskaCLI

/// The files `run` streams piece by piece are byte for byte what building each file whole gives
/// (the documents and rows of the library, through `CSVWriter` and `JSONValue`).
@Suite struct StreamedOutputTests {
    /// The bytes a folder entry holds or makes.
    static func bytes(_ content: OutputFolder.Content) throws -> [UInt8] {
        switch content {
        case .data(let data): return [UInt8](data)
        case .streamed(let produce):
            var out: [UInt8] = []
            try produce { out += $0 }
            return out
        }
    }

    static func analysis(keepPersonalData: Bool) throws -> Pipeline.Analysis {
        try Pipeline.analyse(
            directory: Fixtures.exampleRound.path, ruleDirectories: [], includeStandard: true,
            keepPersonalData: keepPersonalData)
    }

    @Test(arguments: [false, true])
    func cleanedDataEqualsTheRowsWrittenWhole(keepPersonalData: Bool) throws {
        let a = try Self.analysis(keepPersonalData: keepPersonalData)
        var rows = CleanedData.csvRows(omgang: a.omgang, reconciliation: a.reconciliation)
        if keepPersonalData {
            rows[0] += ["kontaktperson", "epost", "telefon"]
            var k = 1
            for avst in a.reconciliation.avstamningar {
                for counted in avst.insatser {
                    let c = a.omgang.insatser[counted.insats].kontakt
                    rows[k] += [c?.namn ?? "", c?.epost ?? "", c?.telefon ?? ""]
                    k += 1
                }
            }
        }
        let produce = RunOutputs.cleanedData(a.omgang, a.reconciliation, keepPersonalData: keepPersonalData)
        let streamed = try Self.bytes(.streamed(produce))
        #expect(rows.count > 1000)
        #expect(streamed == Array(RunOutputs.csv(rows).utf8))
    }

    @Test func findingsAndRatesEqualTheDocumentsWrittenWhole() throws {
        let a = try Self.analysis(keepPersonalData: false)
        let report = FindingsReport(findings: a.findings, ruleStats: a.ruleStats, toolVersion: "0.0.0")
        var folder = OutputFolder(directory: URL(fileURLWithPath: "/nonexistent"))
        RunOutputs.findings(report, into: &folder)
        RunOutputs.rates(a.rates, into: &folder)
        let expected: [String: String] = [
            "fynd.json": JSONFindingsRenderer().render(report),
            "fynd.csv": CSVWriter.write(header: Finding.csvHeader, rows: report.findings.map(\.csvRow)),
            "svarsfrekvens.json": RatesCommand.json(a.rates).serialized() + "\n",
            "svarsfrekvens.csv": RatesCommand.csv(a.rates),
        ]
        #expect(Set(folder.files.map(\.name)) == Set(expected.keys))
        for file in folder.files {
            #expect(try Self.bytes(file.content) == Array((expected[file.name] ?? "").utf8), "\(file.name)")
        }
        #expect(report.findings.count > 100)
    }

    @Test func aStreamedFileIsWrittenInPiecesByTheSystemWriter() throws {
        let dir = try Fixtures.temporaryDirectory("granska-stream")
        let url = dir.appendingPathComponent("stor.csv")
        try SystemFileWriter().write(to: url) { emit in
            for i in 0..<3 { try emit(Array("rad \(i)\n".utf8)) }
        }
        #expect(try String(contentsOf: url, encoding: .utf8) == "rad 0\nrad 1\nrad 2\n")
        // Never over an existing file (as write(_:to:) with .withoutOverwriting).
        #expect(throws: (any Error).self) { try SystemFileWriter().write(to: url) { try $0([0x41]) } }
        #expect(try String(contentsOf: url, encoding: .utf8) == "rad 0\nrad 1\nrad 2\n")
    }
}
