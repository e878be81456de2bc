import Foundation
import GranskaParsing
import GranskaTestSupport
import Testing

@testable import GranskaCLI

/// The contact data of the example's `svar.csv` (names, e-mails, telephone numbers), read
/// independently of the CLI, for "never in any output unless asked" checks.
enum ContactData {
    static let values: [String] = {
        guard let table = try? CSVTable.read(path: Fixtures.exampleRound.appendingPathComponent("svar.csv").path),
            let mapping = try? ColumnMapping(table: table, kind: .svar)
        else { return [] }
        var out = Set<String>()
        for name in ["kontaktperson", "epost", "telefon"] {
            guard let c = mapping.column(name) else { continue }
            for r in 0..<table.recordCount where !table.isEmpty(r, c) { out.insert(table.field(r, c)) }
        }
        return out.sorted()
    }()

    /// The contact values found in `text`.
    static func leaked(in text: String) -> [String] {
        let data = Data(text.utf8)
        return values.filter { data.range(of: Data($0.utf8)) != nil }
    }
}

@Suite struct InspectTests {
    static var svar: String { Fixtures.exampleRound.appendingPathComponent("svar.csv").path }

    @Test func contactDataIsKnown() {
        // The leak checks below mean something only if there is contact data to leak.
        #expect(ContactData.values.count > 100)
        #expect(ContactData.values.contains { $0.contains("@") })
    }

    @Test func textShowsDialectMappingAndMasksPersonalData() {
        let r = granska(["inspect", Self.svar])
        #expect(r.code == 0)
        #expect(r.stderr.isEmpty)
        #expect(r.stdout.contains("Teckenkodning:            UTF-8"))
        #expect(r.stdout.contains("Avgränsare:               ; (semikolon)"))
        #expect(r.stdout.contains("Radslut:                  LF"))
        #expect(r.stdout.contains("kontaktperson → kontaktperson – personuppgift, maskeras som ***"))
        #expect(r.stdout.contains("  15  medel         → medel"))
        #expect(r.stdout.contains("De första 5 posterna"))
        #expect(ContactData.leaked(in: r.stdout).isEmpty)
    }

    @Test func jsonHasTheRecordsExactlyAsRead() throws {
        let r = granska(["inspect", Self.svar, "--format", "json"])
        #expect(r.code == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(root["encoding"] as? String == "UTF-8")
        #expect(root["delimiter"] as? String == ";")
        let header = try #require(root["header"] as? [String])
        #expect(header.first == "enkat" && header.last == "medel" && header.count == 15)
        let records = try #require(root["records"] as? [[String]])
        let table = try CSVTable.read(path: Self.svar)
        #expect(records.count == table.recordCount)
        #expect(records.allSatisfy { $0.count == 15 })
        // Non-personal fields exactly as read; personal ones masked.
        #expect(records[0][0] == table.field(0, 0))
        #expect(records[0][14] == table.field(0, 14))
        #expect(records[0][2] == "***")
        #expect(ContactData.leaked(in: r.stdout).isEmpty)
    }

    @Test func showPersonalDataShowsIt() throws {
        let r = granska(["inspect", Self.svar, "--format", "json", "--show-personal-data"])
        #expect(r.code == 0)
        #expect(ContactData.leaked(in: r.stdout).count == ContactData.values.count)
    }

    @Test func missingFileIsExitTwo() {
        let r = granska(["inspect", "finns-inte.csv"])
        #expect(r.code == 2)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.hasPrefix("finns-inte.csv: error: "))
    }

    @Test func malformedFileIsExitTwoWithAPosition() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("trasig.csv")
        try Data("a;b\n1;\"oavslutad\n".utf8).write(to: file)
        let r = granska(["inspect", file.path])
        #expect(r.code == 2)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.hasPrefix(file.path + ":2:"), "\(r.stderr)")
        #expect(r.stderr.contains(": error: "))
    }
}
