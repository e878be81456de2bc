import Foundation
import GranskaTestSupport
import Testing

@testable import GranskaCLI

@Suite struct DeclareCommandTests {
    static let enkater = ["R-BU", "L-BU", "L-SAM", "R-KUN", "K-KUN", "L-BRU", "R-TRA"]

    @Test func writesThreeFilesPerEnkat() throws {
        let out = try Fixtures.temporaryDirectory("granska-dek")
        defer { try? FileManager.default.removeItem(at: out) }
        let r = granska(["declare", "Examples/omgang-2024", "-o", out.path, "--date", "2025-05-15"])
        #expect(r.code == 0, "\(r.stderr)")
        let expected = Self.enkater.flatMap { id in ["md", "html", "json"].map { "kvalitetsdeklaration-\(id).\($0)" } }
        #expect(listing(out) == expected.sorted())
        let md = try String(contentsOf: out.appendingPathComponent("kvalitetsdeklaration-K-KUN.md"), encoding: .utf8)
        #expect(md.contains("Genererad 2025-05-15"))
        #expect(md.contains("Registret omfattar 290 kommuner"))
        for (name, data) in try RunCommandTests.snapshot(out) {
            #expect(ContactData.leaked(in: String(decoding: data, as: UTF8.self)).isEmpty, "\(name) leaks contact data")
        }
    }

    /// The date only with --date or SOURCE_DATE_EPOCH; otherwise none, so runs are identical.
    @Test func dateOnlyWhenAskedFor() throws {
        let a = try Fixtures.temporaryDirectory("granska-dek")
        defer { try? FileManager.default.removeItem(at: a) }
        #expect(granska(["declare", "Examples/omgang-2024", "-o", a.path]).code == 0)
        let plain = try String(contentsOf: a.appendingPathComponent("kvalitetsdeklaration-R-BU.md"), encoding: .utf8)
        #expect(!plain.contains("Genererad 2"))
        // 1747267200 s = 2025-05-15T00:00:00Z
        #expect(granska(["declare", "Examples/omgang-2024", "-o", a.path], environment: ["SOURCE_DATE_EPOCH": "1747267200"]).code == 0)
        let dated = try String(contentsOf: a.appendingPathComponent("kvalitetsdeklaration-R-BU.md"), encoding: .utf8)
        #expect(dated.contains("2025-05-15"))
        // --date wins over SOURCE_DATE_EPOCH.
        #expect(granska(["declare", "Examples/omgang-2024", "-o", a.path, "--date", "2024-01-02"], environment: ["SOURCE_DATE_EPOCH": "1747267200"]).code == 0)
        let explicit = try String(contentsOf: a.appendingPathComponent("kvalitetsdeklaration-R-BU.md"), encoding: .utf8)
        #expect(explicit.contains("2024-01-02") && !explicit.contains("2025-05-15"))
    }

    @Test func previousRoundIsCompared() throws {
        let first = try Fixtures.temporaryDirectory("granska-dek")
        let second = try Fixtures.temporaryDirectory("granska-dek")
        defer {
            try? FileManager.default.removeItem(at: first)
            try? FileManager.default.removeItem(at: second)
        }
        #expect(granska(["declare", "Examples/omgang-2024", "-o", first.path]).code == 0)
        let r = granska(["declare", "Examples/omgang-2024", "-o", second.path, "--previous", first.path])
        #expect(r.code == 0, "\(r.stderr)")
        let withPrevious = try String(contentsOf: second.appendingPathComponent("kvalitetsdeklaration-R-BU.md"), encoding: .utf8)
        let without = try String(contentsOf: first.appendingPathComponent("kvalitetsdeklaration-R-BU.md"), encoding: .utf8)
        #expect(withPrevious != without)
        #expect(granska(["declare", "Examples/omgang-2024", "-o", second.path, "--previous", "finns/inte"]).code == 2)
        try Data("{}".utf8).write(to: first.appendingPathComponent("kvalitetsdeklaration-R-BU.json"))
        let bad = granska(["declare", "Examples/omgang-2024", "-o", second.path, "--previous", first.path])
        #expect(bad.code == 2)
        #expect(bad.stderr.contains("kvalitetsdeklaration-R-BU.json"))
    }

    @Test func malformedMetadataIsExitTwoAndWritesNothing() throws {
        let round = try TestRound()
        defer { round.remove() }
        try Data("syfte: x\nokänd-nyckel utan kolon\n[Z-ZZ]\n".utf8).write(to: round.directory.appendingPathComponent("deklaration.txt"))
        let out = round.directory.appendingPathComponent("ut")
        let r = granska(["declare", round.path, "-o", out.path])
        #expect(r.code == 2)
        #expect(r.stderr.contains("deklaration.txt:"))
        #expect(listing(out).isEmpty)
    }
}
