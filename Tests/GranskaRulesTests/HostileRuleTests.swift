import Foundation
import GranskaCore
import GranskaParsing
import GranskaTestSupport
import Testing

@testable import GranskaRules

/// Hostile rule files and hostile data for the rules. The parser's depth limit at 100 000 levels
/// and the pattern matcher's linear time are tested in ``ParserTests`` and ``PatternTests``; these
/// are the rest: trees just inside the limit through every later pass on a small stack, patterns
/// against long text through the engine, arithmetic at the edges of Int64, rule files that are
/// not what they seem, and the standard rules over a round full of bad values.
@Suite struct HostileRuleTests {
    static func rule(_ nar: String, scope: String = "insats", meddelande: String = "m") -> String {
        "version 1\nregel t\n  allvarlighet fel\n  gäller \(scope)\n  när \(nar)\n  meddelande \"\(meddelande)\"\n"
    }

    /// Runs `body` on a thread with a 4 MiB stack, half of a main thread's 8 MiB: a pass that
    /// recurses too deeply crashes here instead of in a user's run, with a margin of two.
    ///
    /// Measured (2026-11, Swift 6.3, Linux x86-64): an expression at the 256-level limit needs
    /// 2–3 MiB of stack to compile, run, print and dump in a debug build, and 448–512 KiB in a
    /// release build — so it fits a main thread, but not a 512 KiB secondary thread (macOS's
    /// default for `Thread` and Dispatch workers). See docs/robusthet.md.
    static func onSmallStack(_ body: @escaping @Sendable () -> Void) {
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            body()
            done.signal()
        }
        thread.stackSize = 4 * 1024 * 1024
        thread.start()
        done.wait()
    }

    struct Deep: CustomTestStringConvertible, Sendable {
        var name: String
        var nar: String
        var testDescription: String { name }
    }

    /// Expressions as deep as the parser allows (``ruleNestingLimit``).
    static let deepest: [Deep] = [
        Deep(name: "parentheses", nar: String(repeating: "(", count: 256) + "sant" + String(repeating: ")", count: 256)),
        Deep(name: "inte", nar: String(repeating: "inte ", count: 255) + "sant"),
        Deep(name: "minus", nar: String(repeating: "-", count: 254) + "medel > 0 kr"),
        Deep(name: "sum chain", nar: "medel" + String(repeating: " + medel", count: 250) + " > 0 kr"),
        Deep(name: "calls", nar: String(repeating: "abs(", count: 254) + "medel" + String(repeating: ")", count: 254) + " > 0 kr"),
        Deep(name: "och chain", nar: "sant" + String(repeating: " och sant", count: 250)),
    ]

    /// Checked, lowered, evaluated, printed, re-parsed and dumped on a smaller stack: no pass
    /// after the parser may need more stack than a main thread has to spare.
    @Test(arguments: deepest)
    func aTreeAtTheDepthLimitGoesThroughEveryPass(_ d: Deep) {
        let source = Self.rule(d.nar, meddelande: "{medel}")
        Self.onSmallStack {
            let compilation = RuleCompiler.compile(source: source, file: "djup.regler")
            #expect(compilation.diagnostics.isEmpty, "\(compilation.diagnostics)")
            guard let program = compilation.program else { return }
            let omgang = TestRound.omgang([
                TestRound.insats("K", "0114", nr: 1, line: 2), TestRound.insats("L", "01", nr: 1, line: 3),
            ])
            // One answer per range: the second answer is evaluated on a worker thread of
            // ``Parallel``, which must have a main thread's stack, not a Dispatch worker's.
            let outcome = RuleEngine.run(
                RuleSet(rules: program.rules), on: omgang, fieldLocation: nil, answersPerChunk: 1)
            #expect(outcome.ruleStats.first?.evaluated == 2)
            let printed = PrettyPrinter.print(program.ast)
            let (again, diagnostics) = RuleCompiler.parse(source: printed, file: "djup.regler")
            #expect(diagnostics.isEmpty && again.rules == program.ast.rules)
            #expect(!ASTDumper.dump(program.ast).isEmpty)
        }
    }

    /// Patterns that make a backtracking matcher take exponential time, against a 200 000-character
    /// text through the engine: the right answer, in time linear in the text (no timing asserted:
    /// with backtracking this would not finish).
    @Test(arguments: [
        ("(a*)*b", false), ("^(a|aa)*$", true), ("(?i)^(A+)+$", true), ("^(a+)+!$", false),
        ("(a|a)*(a|a)*(a|a)*c", false), ("a{2}", false),
    ])
    func pathologicalPatternsOnALongTitle(pattern: String, matches: Bool) throws {
        let source = Self.rule("titel matchar \"\(pattern)\"")
        let compilation = RuleCompiler.compile(source: source, file: "m.regler")
        if pattern == "a{2}" {
            // `{n}` is outside the subset: reported, never misread as literal braces.
            #expect(compilation.program == nil && compilation.diagnostics.map(\.id) == ["rules.bad-pattern"])
            return
        }
        let program = try #require(compilation.program, "\(compilation.diagnostics)")
        let long = String(repeating: "a", count: 200_000)
        let omgang = TestRound.omgang([TestRound.insats("K", "0114", nr: 1, line: 2, titel: long)])
        let outcome = RuleEngine.run(RuleSet(rules: program.rules), on: omgang)
        #expect(outcome.findings.count == (matches ? 1 : 0), "\(pattern)")
    }

    /// Arithmetic at the edges of Int64 gives a missing value (`saknas`), never a trap: dates
    /// moved by Int64.max days, sums and differences of amounts at Int64.max, products of counts.
    @Test(arguments: [
        ("svar", "saknas(sista_svarsdag + 9223372036854775807)", 2),
        ("svar", "saknas(datum(inskickad) - 9223372036854775807)", 2),
        ("svar", "saknas(9223372036854775807 + sista_svarsdag)", 2),
        ("svar", "saknas(summa(medel))", 1),
        ("svar", "saknas(rekvirerat - (-9223372036854775807 kr) - 10 kr)", 2),
        ("svar", "saknas(folkmangd * 9223372036854775807)", 2),
        ("svar", "saknas(år(inskickad) * 9223372036854775807)", 2),
        ("svar", "saknas(antal_insatser * 9223372036854775807 * 2)", 2),
        ("insats", "saknas(abs(-medel - medel))", 2),
        ("omgång", "saknas(max(medel) över omgång - min(medel) över omgång - 9223372036854775807 kr)", 1),
    ])
    func arithmeticPastInt64IsMissingNotATrap(scope: String, nar: String, expected: Int) throws {
        let source = Self.rule(nar, scope: scope, meddelande: "{summa(medel)}")
        let compilation = RuleCompiler.compile(source: source, file: "tal.regler")
        let program = try #require(compilation.program, "\(compilation.renderedDiagnostics())")
        let max = TestRound.belopp("9223372036854775807")
        let omgang = TestRound.omgang([
            TestRound.insats("K", "0114", nr: 1, line: 2, medel: max),
            TestRound.insats("K", "0114", nr: 2, line: 3, medel: max),
            TestRound.insats("L", "01", nr: 1, line: 4, medel: TestRound.belopp("-1000")),
        ])
        let outcome = RuleEngine.run(RuleSet(rules: program.rules), on: omgang)
        #expect(outcome.findings.count == expected, "\(outcome.findings.map(\.meddelande))")
    }

    @Test func aNulCharacterInARuleFileIsADiagnosticWithPosition() {
        let c = RuleCompiler.compile(source: Self.rule("tom(titel)\u{0}"), file: "nul.regler")
        #expect(c.program == nil)
        #expect(c.diagnostics.map { "\($0.location.line):\($0.location.column) \($0.id)" } == ["5:17 rules.bad-character"])
    }

    /// Old Mac editors end lines with CR alone, Windows with CRLF; a BOM may lead the file.
    @Test(arguments: ["\r", "\r\n"])
    func lineEndsAndByteOrderMarkChangeNothing(lineEnd: String) throws {
        let lf = Fixtures.file("rules/everything.regler").path
        let text = try String(contentsOfFile: lf, encoding: .utf8)
        let original = RuleCompiler.compile(source: text, file: "e.regler")
        let converted = "\u{FEFF}" + text.replacingOccurrences(of: "\n", with: lineEnd)
        let again = RuleCompiler.compile(source: converted, file: "e.regler")
        #expect(again.diagnostics.map(\.id) == original.diagnostics.map(\.id))
        #expect(again.diagnostics.map(\.location.line) == original.diagnostics.map(\.location.line))
        let a = try #require(original.program)
        let b = try #require(again.program)
        #expect(PrettyPrinter.print(b.ast) == PrettyPrinter.print(a.ast))
        #expect(b.rules.map(\.id) == a.rules.map(\.id))
    }

    /// Large but legal: a 5 MB text literal, 10 000 rules, a list of 100 000 values, a message of
    /// 100 000 placeholders. Everything compiles and runs (work linear in the size).
    @Test func largeRuleFilesCompileAndRun() throws {
        var many = "version 1\n"
        for i in 0..<10_000 {
            many += "regel r\(i)\n  allvarlighet info\n  gäller insats\n  när medel > \(i) kr\n  meddelande \"{medel}\"\n"
        }
        let list = "[" + Array(repeating: "\"genomförd\"", count: 100_000).joined(separator: ", ") + "]"
        let sources = [
            Self.rule("titel = \"\(String(repeating: "x", count: 5_000_000))\""),
            many,
            Self.rule("status i \(list)"),
            Self.rule("sant", meddelande: String(repeating: "{insats_nr}", count: 100_000)),
        ]
        let omgang = TestRound.omgang([TestRound.insats("K", "0114", nr: 7, line: 2, medel: TestRound.belopp("5000"))])
        var findings: [Int] = []
        for source in sources {
            let c = RuleCompiler.compile(source: source, file: "stor.regler")
            let program = try #require(c.program, "\(c.diagnostics.prefix(3))")
            let outcome = RuleEngine.run(RuleSet(rules: program.rules), on: omgang)
            findings.append(outcome.findings.count)
        }
        #expect(findings == [0, 5_000, 1, 1])
    }

    /// In a rules folder, a folder or a pipe named `*.regler` is an unreadable rule file, not a hang.
    @Test(arguments: ["folder", "pipe"])
    func aRuleFileThatIsNoFileIsADiagnostic(kind: String) throws {
        let folder = try Fixtures.temporaryDirectory("granska-hostile-rules")
        let path = folder.appendingPathComponent("egna.regler").path
        if kind == "folder" {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        } else {
            #expect(mkfifo(path, 0o600) == 0)
        }
        #expect {
            _ = try RuleSet.load(directories: [folder.path], includeStandard: true)
        } throws: { error in
            "\(error)".contains("rules.file-unreadable") && "\(error)".contains("kan inte läsa regelfilen")
        }
    }

    /// The standard rules over a round full of what real files hold: amounts at Int64.max whose
    /// sum overflows, unreadable amounts and times, codes without their leading zero, an unknown
    /// enkät, a megabyte of text. Findings come out; nothing traps.
    @Test func theStandardRulesSurviveAHostileRound() throws {
        let mb = String(repeating: "å", count: 1 << 20)
        let svar = """
            enkat;respondent;kontaktperson;epost;telefon;inskickad;insats_nr;titel;aktiviteter;mal;prestationer;effekter;status;malgrupp;medel
            K-KUN;114;;;;2025-03-01T10:00;1;Titel;Akt;;;;genomförd;barn;9223372036854775807
            K-KUN;114;;;;2025-03-01T10:00;2;Titel 2;Akt;;;;genomförd;barn;9223372036854775807
            K-KUN;0114;;;;2025-03-01T10:00;3;Titel 3;\(mb);;;;genomförd;barn;-9223372036854775807
            R-BU;1;;;;igår;ett;;;;;;;;se bilaga
            R-BU;1;;;;2025-09-01T10:00;1;Titel;Akt;;;;genomförd;barn;99999999999999999999999
            X-NY;01;;;;2025-03-01T10:00;1;Titel;Akt;;;;genomförd;barn;5

            """
        let omgangCSV = """
            enkat;population;omrade;referensar;sista_svarsdag;insamling_start;insamling_slut;paminnelser
            R-BU;region;Barn och unga;2024;2025-03-14;;;
            K-KUN;kommun;Kunskap;2024;2025-04-04;;;

            """
        let rekvisitioner = "enkat;respondent;fordelat;rekvirerat;aterbetalt\nR-BU;01;9223372036854775807;9223372036854775807;0\nK-KUN;0114;1;1;0\n"
        let folder = try Fixtures.temporaryDirectory("granska-hostile-round")
        for (name, text) in ["omgang.csv": omgangCSV, "svar.csv": svar, "rekvisitioner.csv": rekvisitioner] {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
        let omgang = try RoundLoader.load(directory: folder.path)
        #expect(omgang.insatser.map(\.respondent) == ["0114", "0114", "0114", "01", "01", "01"])
        let outcome = RuleEngine.run(RuleSet.standard, on: omgang)
        let byRule = Dictionary(grouping: outcome.findings, by: \.regel).mapValues(\.count)
        #expect(byRule["std.negativt"] == 1 && byRule["std.format.olasligt"] == 1 && byRule["std.sen"] == 1)
        #expect(byRule["std.dubbel_inskickning"] == 1)
        #expect(outcome.findings.allSatisfy { $0.meddelande.count < 2_000 })
    }
}
