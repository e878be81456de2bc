import Foundation
import GranskaParsing
import GranskaTestSupport
import Testing

@testable import GranskaCLI

@Suite struct RunCommandTests {
    /// Every file of a folder with its bytes.
    static func snapshot(_ dir: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        for name in listing(dir) {
            let url = dir.appendingPathComponent(name)
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir), !isDir.boolValue {
                out[name] = try Data(contentsOf: url)
            }
        }
        return out
    }

    @Test func runExitsZeroWhateverItFindsUnlessFailOn() throws {
        let round = try TestRound(extraRows: [TestRound.unknownEnkatRow])
        defer { round.remove() }
        let r = granska(["run", round.path])
        #expect(r.code == 0)
        #expect(r.stdout.contains("Enkät R-X (regioner) – Provområde"))
        #expect(r.stdout.contains("Okänd enkät X-YZ: 1 insatser"))
        #expect(granska(["run", round.path, "--fail-on", "fel"]).code == 1)
        #expect(granska(["run", round.path, "--fail-on", "never"]).code == 0)
    }

    @Test func writesEveryGroupAndLeavesInputsUnchanged() throws {
        let out = try Fixtures.temporaryDirectory("granska-out")
        defer { try? FileManager.default.removeItem(at: out) }
        let before = try Self.snapshot(Fixtures.exampleRound)
        let target = out.appendingPathComponent("ny/mapp")
        let r = granska(["run", "Examples/omgang-2024", "-o", target.path])
        #expect(r.code == 0, "\(r.stderr)")
        let files = listing(target)
        for name in ["rensad.csv", "fynd.json", "fynd.csv"] { #expect(files.contains(name), "\(name) missing") }
        #expect(!files.contains { $0.hasPrefix(".") || $0.hasSuffix(".tmp") })
        #expect(try Self.snapshot(Fixtures.exampleRound) == before)
        // Nothing personal anywhere: not in stdout, not in any file.
        #expect(ContactData.leaked(in: r.stdout).isEmpty)
        for (name, data) in try Self.snapshot(target) {
            #expect(ContactData.leaked(in: String(decoding: data, as: UTF8.self)).isEmpty, "\(name) leaks contact data")
        }
    }

    @Test func keepPersonalDataWritesTheContactColumns() throws {
        let out = try Fixtures.temporaryDirectory("granska-out")
        defer { try? FileManager.default.removeItem(at: out) }
        let r = granska(["run", "Examples/omgang-2024", "-o", out.path, "--outputs", "data", "--keep-personal-data"])
        #expect(r.code == 0)
        let text = try String(contentsOf: out.appendingPathComponent("rensad.csv"), encoding: .utf8)
        #expect(text.hasPrefix("enkat;respondent;"))
        #expect(text.split(separator: "\n").first?.hasSuffix(";kontaktperson;epost;telefon") == true)
        #expect(!ContactData.leaked(in: text).isEmpty)
        #expect(ContactData.leaked(in: r.stdout).isEmpty)
    }

    @Test func outputsChoosesTheGroups() throws {
        let out = try Fixtures.temporaryDirectory("granska-out")
        defer { try? FileManager.default.removeItem(at: out) }
        let r = granska(["run", "Examples/omgang-2024", "-o", out.path, "--outputs", "findings"])
        #expect(r.code == 0)
        #expect(listing(out) == ["fynd.csv", "fynd.json"])
    }

    @Test func twoRunsWriteIdenticalBytes() throws {
        let a = try Fixtures.temporaryDirectory("granska-a")
        let b = try Fixtures.temporaryDirectory("granska-b")
        defer {
            try? FileManager.default.removeItem(at: a)
            try? FileManager.default.removeItem(at: b)
        }
        let env = ["SOURCE_DATE_EPOCH": "1747267200"]
        let ra = granska(["run", "Examples/omgang-2024", "-o", a.path], environment: env)
        let rb = granska(["run", "Examples/omgang-2024", "-o", b.path], environment: env)
        #expect(ra.code == 0 && rb.code == 0)
        #expect(ra.stdout.replacingOccurrences(of: a.path, with: "OUT") == rb.stdout.replacingOccurrences(of: b.path, with: "OUT"))
        let sa = try Self.snapshot(a)
        #expect(!sa.isEmpty)
        #expect(sa == (try Self.snapshot(b)))
    }

    /// A run that fails while writing leaves OUT without any file: no partial file, no half set.
    @Test(arguments: 1...3)
    func failureMidwayLeavesNoPartialFiles(failOn: Int) throws {
        let out = try Fixtures.temporaryDirectory("granska-out")
        defer { try? FileManager.default.removeItem(at: out) }
        let r = granska(["run", "Examples/omgang-2024", "-o", out.path], writer: FailingWriter(failOn: failOn))
        #expect(r.code == 2)
        #expect(r.stderr.contains("[output.unwritable]"))
        #expect(r.stderr.contains("ingenting skrevs"))
        #expect(listing(out).isEmpty)
    }

    @Test func unwritableOutIsExitTwo() throws {
        let dir = try Fixtures.temporaryDirectory("granska-out")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("upptagen")
        try Data("x".utf8).write(to: file)
        for target in [file.path, file.appendingPathComponent("under").path] {
            let r = granska(["run", "Examples/omgang-2024", "-o", target])
            #expect(r.code == 2)
            #expect(r.stderr.contains("error: utmappen"), "\(r.stderr)")
            #expect(r.stderr.contains("[output.unwritable]"))
        }
        #expect(listing(dir) == ["upptagen"])
    }

    /// Text cells that a spreadsheet would run as formulas are neutralised; numbers stay numbers.
    @Test func csvOutputsAreSafeInExcel() throws {
        let hostile = "R-X;03;Prov Provsson;prov.provsson@example.se;070-0000002;2025-03-02T11:00;1;\"=HYPERLINK(\"\"http://x\"\";\"\"klicka\"\")\";@SUM(A1);+46 70;-sjukt;Färre köer;genomförd;barn och unga;-24062"
        let round = try TestRound(extraRows: [TestRound.cleanRows[0], hostile], replaceClean: true)
        defer { round.remove() }
        let out = round.directory.appendingPathComponent("ut")
        let r = granska(["run", round.path, "-o", out.path, "--outputs", "data"])
        #expect(r.code == 0, "\(r.stderr)")
        let table = try CSVTable.read(path: out.appendingPathComponent("rensad.csv").path)
        let header = table.header
        let row = (0..<table.recordCount).first { table.field($0, 1) == "03" }
        let r3 = try #require(row)
        func cell(_ name: String) -> String { table.field(r3, header.firstIndex(of: name)!) }
        #expect(cell("titel") == "'=HYPERLINK(\"http://x\";\"klicka\")")
        #expect(cell("aktiviteter") == "'@SUM(A1)")
        #expect(cell("mal") == "'+46 70")
        #expect(cell("prestationer") == "'-sjukt")
        #expect(cell("medel") == "-24062")
        #expect(cell("belopp_kr") == "24062")  // the sign error corrected, still a number
        // inspect --format json shows the source exactly as typed.
        let inspect = granska(["inspect", round.directory.appendingPathComponent("svar.csv").path, "--format", "json"])
        #expect(inspect.stdout.contains("\"=HYPERLINK(\\\"http://x\\\";\\\"klicka\\\")\""))
    }

    /// Without -o the run says that it wrote nothing and how to get the files; with -o it lists
    /// the files instead.
    @Test func aRunWithoutAnOutputFolderSaysHowToGetTheFiles() throws {
        let bare = granska(["run", "Examples/omgang-2024"])
        #expect(bare.code == 0)
        #expect(bare.stdout.hasSuffix(RunCommand.noFilesHint))
        #expect(bare.stdout.contains("-o MAPP"))
        let out = try Fixtures.temporaryDirectory("granska-hint")
        defer { try? FileManager.default.removeItem(at: out) }
        let written = granska(["run", "Examples/omgang-2024", "-o", out.path, "--outputs", "findings"])
        #expect(written.code == 0)
        #expect(!written.stdout.contains("Inga filer skrevs"))
    }
}
