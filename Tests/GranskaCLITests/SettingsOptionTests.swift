import Foundation
import GranskaTestSupport
import Testing

@testable import GranskaCLI

/// The reconciliation settings (`--level`, `--thousands-tolerance`, `--rounding-steps`) and the
/// rates' base (`--denominator`) on the example round: each flag changes the result the way the
/// contract says, and shows in the output.
@Suite struct SettingsOptionTests {
    static let example = "Examples/omgang-2024"

    /// `reconcile --format json` with `extra` flags, parsed.
    func reconcile(_ extra: [String]) throws -> [String: Any] {
        let r = granska(["reconcile", Self.example, "--format", "json"] + extra)
        #expect(r.code == 0, "\(r.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    }

    /// The reconciliation row of one respondent.
    func row(_ root: [String: Any], _ enkat: String, _ respondent: String) throws -> [String: Any] {
        let rows = try #require(root["avstamning"] as? [[String: Any]])
        return try #require(rows.first { $0["enkat"] as? String == enkat && $0["respondent"] as? String == respondent })
    }

    /// The distinct J (exact fractions) per enkät, over the answers that were weighted.
    func distinctJ(_ root: [String: Any]) throws -> [String: Set<String>] {
        let rows = try #require(root["avstamning"] as? [[String: Any]])
        var out: [String: Set<String>] = [:]
        for row in rows {
            guard let enkat = row["enkat"] as? String, let j = row["J"] as? [String: Any], let kvot = j["kvot"] as? String
            else { continue }
            out[enkat, default: []].insert(kvot)
        }
        return out
    }

    // MARK: --level

    @Test func levelEnkatGivesOneJPerEnkat() throws {
        let standard = try reconcile([])
        #expect(standard["niva"] as? String == "per_respondent")
        #expect(try distinctJ(standard)["R-BU"].map { $0.count > 1 } == true)

        let perEnkat = try reconcile(["--level", "enkat"])
        #expect(perEnkat["niva"] as? String == "per_enkat")
        let settings = try #require(perEnkat["installningar"] as? [String: Any])
        #expect(settings["niva"] as? String == "per_enkat")
        let js = try distinctJ(perEnkat)
        #expect(js.count == 7)
        for (enkat, values) in js { #expect(values.count == 1, "\(enkat): \(values.sorted())") }
        // R-BU: Σ T over Σ S_användbar of its respondents (from the default run's summary).
        #expect(js["R-BU"] == ["503711718/470058063"])
        // The classes do not depend on the level.
        let klasser = { (root: [String: Any]) in ((root["avstamning"] as? [[String: Any]]) ?? []).map { $0["klass"] as? String ?? "" } }
        #expect(klasser(perEnkat) == klasser(standard))
        // The explicit default is the default.
        #expect(granska(["reconcile", Self.example, "--format", "json", "--level", "respondent"]).stdout
            == granska(["reconcile", Self.example, "--format", "json"]).stdout)
    }

    // MARK: --thousands-tolerance

    /// R-BU 01 is off by 304 kr once insats 9 is read as thousands: a tolerance of 304 kr still
    /// finds it, 303 kr and 0 kr do not (it is then underreported: S < T and no amount is rounded).
    @Test(arguments: [
        ([], "tusental"), (["--thousands-tolerance", "304"], "tusental"),
        (["--thousands-tolerance", "303"], "underrapportering"), (["--thousands-tolerance", "0"], "underrapportering"),
        (["--thousands-tolerance=0"], "underrapportering"),
    ])
    func thousandsToleranceDecidesTheOneAmountCase(flags: [String], klass: String) throws {
        let root = try reconcile(flags)
        let a = try row(root, "R-BU", "01")
        #expect(a["klass"] as? String == klass)
        #expect((a["tusental_insats_nr"] as? Int) == (klass == "tusental" ? 9 : nil))
        let settings = try #require(root["installningar"] as? [String: Any])
        let expected = flags.last.flatMap { Int($0.split(separator: "=").last ?? "") } ?? 500
        #expect(settings["tusental_tolerans"] as? Int == expected)
    }

    /// L-BU 09 typed every amount in thousands (S = 3 005, T = 3 004 990): |1000·S − T| = 10 is
    /// within 500·n by default and not within 0.
    @Test func toleranceZeroDropsTheAllAmountsCase() throws {
        #expect(try row(try reconcile([]), "L-BU", "09")["klass"] as? String == "tusental")
        let strict = try reconcile(["--thousands-tolerance", "0"])
        #expect(try row(strict, "L-BU", "09")["klass"] as? String == "underrapportering")
        let rows = try #require(strict["avstamning"] as? [[String: Any]])
        #expect(!rows.contains { $0["klass"] as? String == "tusental" })
    }

    // MARK: --rounding-steps

    @Test func roundingStepsWithoutTheLargestStepDropItsClasses() throws {
        let standard = try reconcile([])
        #expect(try row(standard, "R-BU", "06")["steg"] as? Int == 100_000)
        #expect(try row(standard, "L-BU", "08")["steg"] as? Int == 100_000)

        let small = try reconcile(["--rounding-steps", "1000"])
        let settings = try #require(small["installningar"] as? [String: Any])
        #expect(settings["avrundning_steg"] as? [Int] == [1000])
        // S = 20 400 000 > T = 20 336 500, 63 500 kr off: not within two half-thousands.
        #expect(try row(small, "R-BU", "06")["klass"] as? String == "overrapportering")
        #expect(try row(small, "L-BU", "08")["klass"] as? String == "underrapportering")
        let rows = try #require(small["avstamning"] as? [[String: Any]])
        #expect(!rows.contains { $0["steg"] as? Int == 100_000 })
        // The answers rounded to whole thousands keep their class.
        let thousands = { (root: [String: Any]) in
            ((root["avstamning"] as? [[String: Any]]) ?? []).filter { $0["steg"] as? Int == 1000 }.count
        }
        #expect(thousands(small) == thousands(standard))
        #expect(thousands(small) > 0)
    }

    @Test func onlyTheLargestStepLeavesThousandsUnrounded() throws {
        let large = try reconcile(["--rounding-steps", "100000"])
        #expect(try row(large, "R-BU", "06")["klass"] as? String == "avrundning")
        // K-KUN 0381 reports 443 000 against 442 873: rounded to thousands, not to 100 000.
        #expect(try row(try reconcile([]), "K-KUN", "0381")["klass"] as? String == "avrundning")
        #expect(try row(large, "K-KUN", "0381")["klass"] as? String != "avrundning")
    }

    /// Order, spaces and repeats do not matter: the largest dividing step is used.
    @Test func stepOrderDoesNotMatter() {
        let standard = granska(["reconcile", Self.example, "--format", "json"])
        let shuffled = granska(["reconcile", Self.example, "--format", "json", "--rounding-steps", "1000, 100000,10000,1000"])
        #expect(shuffled.code == 0)
        #expect(shuffled.stdout == standard.stdout)
    }

    // MARK: the settings reach every command that reconciles

    @Test func checkUsesTheTolerance() throws {
        func count(_ extra: [String]) throws -> Int {
            let r = granska(["check", Self.example, "--format", "json", "--fail-on", "never"] + extra)
            #expect(r.code == 0, "\(r.stderr)")
            let root = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
            let findings = try #require(root["findings"] as? [[String: Any]])
            return findings.filter { $0["regel"] as? String == "avst.tusental" }.count
        }
        #expect(try count([]) == 9)
        #expect(try count(["--thousands-tolerance", "0"]) == 0)
    }

    @Test func runRecordsTheLevelInTheAuditTrail() throws {
        let out = try Fixtures.temporaryDirectory("granska-out")
        defer { try? FileManager.default.removeItem(at: out) }
        let r = granska(["run", Self.example, "-o", out.path, "--outputs", "audit,rates", "--level", "enkat", "--denominator", "register"])
        #expect(r.code == 0, "\(r.stderr)")
        let audit = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("granskningsspar.json")))
        #expect((audit as? [String: Any])?["niva"] as? String == "per_enkat")
        let rates = try String(contentsOf: out.appendingPathComponent("svarsfrekvens.json"), encoding: .utf8)
        #expect(rates.contains("\"kvot\": \"258/290\""))
        #expect(!rates.contains("\"kvot\": \"258/272\""))
    }

    @Test func declarationStatesLevelAndBase() throws {
        let out = try Fixtures.temporaryDirectory("granska-dek")
        defer { try? FileManager.default.removeItem(at: out) }
        let r = granska(["declare", Self.example, "-o", out.path, "--level", "enkat", "--denominator", "register"])
        #expect(r.code == 0, "\(r.stderr)")
        let data = try Data(contentsOf: out.appendingPathComponent("kvalitetsdeklaration-K-KUN.json"))
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect((root["avstamning"] as? [String: Any])?["niva"] as? String == "enkät")
        let rates = try #require(root["svarsfrekvens"] as? [String: Any])
        #expect(rates["bas"] as? String == "registerpopulationen")
        #expect(rates["bas_antal"] as? Int == 290)
        let md = try String(contentsOf: out.appendingPathComponent("kvalitetsdeklaration-K-KUN.md"), encoding: .utf8)
        #expect(md.contains("beräknad per enkät"))
        #expect(md.contains("Av de 290 kommuner i registerpopulationen svarade 258"))
    }

    @Test func reconcileTextStatesTheSettings() {
        let standard = granska(["reconcile", Self.example])
        #expect(standard.stdout.contains(
            "Inställningar: en justeringsfaktor per svarande och enkät, tusentalstolerans 500 kr per belopp, "
                + "avrundningssteg 100 000, 10 000 och 1 000 kr\n"))
        let changed = granska(["reconcile", Self.example, "--level", "enkat", "--thousands-tolerance", "1000", "--rounding-steps", "5000"])
        #expect(changed.stdout.contains(
            "Inställningar: en justeringsfaktor per enkät, tusentalstolerans 1 000 kr per belopp, avrundningssteg 5 000 kr\n"))
    }

    // MARK: --denominator

    /// K-KUN: 258 respondents of 272 units that requisitioned, or of all 290 kommuner.
    @Test(arguments: [([], "258/272", "undersokningspopulation"), (["--denominator", "survey"], "258/272", "undersokningspopulation"),
                      (["--denominator", "register"], "258/290", "registerpopulation")])
    func denominatorChangesTheBase(flags: [String], kvot: String, namnare: String) throws {
        let r = granska(["rates", Self.example, "--format", "json"] + flags)
        #expect(r.code == 0, "\(r.stderr)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let rates = try #require(root["svarsfrekvens"] as? [[String: Any]])
        let kkun = try #require(rates.first { $0["enkat"] as? String == "K-KUN" })
        #expect(kkun["namnare"] as? String == namnare)
        #expect((kkun["andel"] as? [String: Any])?["kvot"] as? String == kvot)
    }

    @Test func denominatorShowsInTheText() {
        let r = granska(["rates", Self.example, "--denominator", "register"])
        #expect(r.stdout.contains("Enkät K-KUN (kommuner), bas: registerpopulationen"))
        #expect(r.stdout.contains("258/290 = 89 %"))
    }

    // MARK: which command takes which option

    @Test(arguments: ["run", "check", "reconcile", "declare", "rates", "inspect"])
    func optionsAreDeclaredWhereTheyApply(name: String) throws {
        let spec = try #require(GranskaCommand.subcommand(named: name)).spec
        let longs = Set(spec.options.map(\.long))
        let reconciles = ["run", "check", "reconcile", "declare"].contains(name)
        let rates = ["run", "rates", "declare"].contains(name)
        for o in ["--level", "--thousands-tolerance", "--rounding-steps"] { #expect(longs.contains(o) == reconciles, "\(name) \(o)") }
        #expect(longs.contains("--denominator") == rates)
    }
}

/// Bad values for the settings are usage errors: exit code 2, a Swedish message on stderr,
/// nothing on stdout, and nothing read.
@Suite struct SettingsUsageErrorTests {
    @Test(arguments: [
        (["reconcile", "--level", "enkät"], "'enkät' är inget giltigt värde för '--level' (välj bland respondent, enkat) – menade du 'enkat'?"),
        (["run", "--level", "kommun"], "'kommun' är inget giltigt värde för '--level'"),
        (["check", "--thousands-tolerance", "-1"], "'-1' är ingen giltig tusentalstolerans för '--thousands-tolerance': ange hela kronor, ett heltal som är 0 eller större"),
        (["reconcile", "--thousands-tolerance", "1,5"], "'1,5' är ingen giltig tusentalstolerans"),
        (["declare", "-o", "ut", "--thousands-tolerance", "500 kr"], "'500 kr' är ingen giltig tusentalstolerans"),
        (["reconcile", "--thousands-tolerance", ""], "'' är ingen giltig tusentalstolerans"),
        (["reconcile", "--thousands-tolerance", "99999999999999999999"], "(talet är för stort)"),
        (["reconcile", "--rounding-steps", "0"], "'0' är inget giltigt avrundningssteg för '--rounding-steps': ange positiva heltal i hela kronor"),
        (["run", "--rounding-steps", "100000,-1000"], "'-1000' är inget giltigt avrundningssteg"),
        (["check", "--rounding-steps", "1e5"], "'1e5' är inget giltigt avrundningssteg"),
        (["reconcile", "--rounding-steps", "100000,,1000"], "ett steg saknas"),
        (["reconcile", "--rounding-steps", ""], "ett steg saknas"),
        (["reconcile", "--rounding-steps", "100000;1000"], "'100000;1000' är inget giltigt avrundningssteg"),
        (["rates", "--denominator", "registret"], "'registret' är inget giltigt värde för '--denominator' (välj bland survey, register) – menade du 'register'?"),
        (["declare", "-o", "ut", "--denominator", "population"], "är inget giltigt värde för '--denominator'"),
        (["rates", "--level", "enkat"], "okänd flagga '--level'"),
        (["reconcile", "--denominator", "register"], "okänd flagga '--denominator'"),
        (["reconcile", "--level"], "flaggan '--level' behöver ett värde (NIVÅ)"),
    ])
    func badValueIsExitTwo(arguments: [String], message: String) {
        let r = granska(arguments)
        #expect(r.code == 2)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains(message), "\(r.stderr)")
        #expect(r.stderr.contains("Användning: granska \(arguments[0]) "))
    }

    @Test(arguments: [("0", Int64(0)), ("500", 500), ("-0", 0), ("9223372036854775807", Int64.max)])
    func wholeKronorAccepts(text: String, value: Int64) {
        #expect(CommonOptions.wholeKronor(text) == value)
    }

    @Test(arguments: ["", "-", "+5", " 5", "5 ", "1.0", "1 000", "٣", "9223372036854775808", "0x10"])
    func wholeKronorRejects(text: String) {
        #expect(CommonOptions.wholeKronor(text) == nil)
    }

    @Test func stepsAllowSpacesAroundEachStep() throws {
        #expect(try CommonOptions.steps(" 100000 , 10000,1000", command: "reconcile") == [100_000, 10_000, 1_000])
        #expect(try CommonOptions.steps("250", command: "reconcile") == [250])
    }
}
