import Foundation
import GranskaCore
import GranskaTestSupport
import Testing

@testable import GranskaRules

@Suite struct ParserTests {
    static func everything() throws -> String {
        try String(contentsOf: Fixtures.file("rules/everything.regler"), encoding: .utf8)
    }

    static func parse(_ text: String) -> (RuleFileAST, [RuleDiagnostic]) {
        RuleCompiler.parse(source: text, file: "t.regler")
    }

    /// The dump of a `när` expression, without ranges.
    static func dump(_ expression: String) throws -> String {
        let (ast, diagnostics) = parse("regel t\n  när \(expression)\n")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let e = try #require(ast.rules.first?.nar)
        return ASTDumper.dump(e, ranges: false)
    }

    @Test func everythingFixtureParsesAndChecks() throws {
        let c = RuleCompiler.compile(source: try Self.everything(), file: "everything.regler")
        #expect(c.diagnostics.isEmpty, "\(c.renderedDiagnostics())")
        #expect(c.program?.rules.map(\.id) == [
            "alla.insats", "alla.tal", "alla.datum", "alla.monster", "alla.mangder", "alla.enkat", "alla.omgang",
            "alla.svar",
        ])
        let first = try #require(c.program?.rules.first)
        #expect(first.feltyp == "ofullstandig")  // `ofullständig` folds to the contract's spelling
        #expect(first.scope == .insats)
        #expect(first.atgard == .uteslut)
        #expect(first.beskrivning == "Fri text med {klamrar} som inte är platshållare")
        #expect(first.location == SourceLocation(file: "everything.regler", line: 4, column: 1))
    }

    struct Precedence: Sendable, CustomTestStringConvertible {
        var source: String
        var dump: String
        var testDescription: String { source }
    }

    static let precedence: [Precedence] = [
        Precedence(source: "a eller b och c", dump: """
            Binary eller
              Field a
              Binary och
                Field b
                Field c

            """),
        Precedence(source: "inte a = b och c", dump: """
            Binary och
              Unary inte
                Binary =
                  Field a
                  Field b
              Field c

            """),
        Precedence(source: "a - b - c * -d", dump: """
            Binary -
              Binary -
                Field a
                Field b
              Binary *
                Field c
                Unary -
                  Field d

            """),
        Precedence(source: "x inte i [\"a\", 1, 2025-01-02, sant] or y matchar \"p\"", dump: """
            Binary eller
              Membership inte
                Field x
                List
                  String "a"
                  Integer 1
                  Date 2025-01-02
                  Boolean sant
              Matches "p"
                Field y

            """),
        Precedence(source: "summa(medel) över enkät > 5 tkr", dump: """
            Binary >
              Call summa över enkät
                Field medel
              Amount 5 tkr = 5000 kr

            """),
        Precedence(source: "antal() = (1 + 2) * 3", dump: """
            Binary =
              Call antal
              Binary *
                Binary +
                  Integer 1
                  Integer 2
                Integer 3

            """),
        Precedence(source: "a AND NOT b OR c == d", dump: """
            Binary eller
              Binary och
                Field a
                Unary inte
                  Field b
              Binary =
                Field c
                Field d

            """),
    ]

    @Test(arguments: precedence)
    func precedenceAndConstructs(_ p: Precedence) throws {
        #expect(try Self.dump(p.source) == p.dump)
    }

    @Test func rangesPointAtTheSource() throws {
        let text = "regel t.x\n  när medel > 5\n"  // `ä` is two bytes: medel starts at byte 17
        let (ast, _) = Self.parse(text)
        let rule = try #require(ast.rules.first)
        #expect(
            ASTDumper.dump(rule) == """
                Rule t.x @6..<9
                  nar
                    Binary > @17..<26
                      Field medel @17..<22
                      Integer 5 @25..<26

                """)
    }

    @Test func asciiAndSwedishSpellingsAreTheSameKeywords() {
        let swedish = Self.parse("regel t\n  gäller enkät\n  när inte a och b eller c i [1]\n  åtgärd x\n").0
        let ascii = Self.parse("REGEL t\n  galler enkät\n  nar not a and b or c in [1]\n  atgard x\n").0
        #expect(swedish == ascii)
    }

    // MARK: - Round trip

    @Test func prettyPrintedFilesParseToTheSameTree() throws {
        var sources = [try Self.everything()]
        sources += StandardRules.sources.map(\.text)
        for source in sources {
            let (ast, diagnostics) = Self.parse(source)
            #expect(diagnostics.isEmpty)
            let printed = PrettyPrinter.print(ast)
            let (again, againDiagnostics) = Self.parse(printed)
            #expect(againDiagnostics.isEmpty, "\(againDiagnostics)\n\(printed)")
            #expect(again == ast, "\(printed)")
            #expect(PrettyPrinter.print(again) == printed, "printing is stable")
        }
    }

    @Test func prettyPrinterLayout() {
        let (ast, _) = Self.parse("regel t.x gäller insats när (a och b) eller inte(c) allvarlighet fel meddelande \"x {a}\"")
        #expect(
            PrettyPrinter.print(ast) == """
                version 1

                regel t.x
                  allvarlighet fel
                  gäller       insats
                  när          a och b eller inte c
                  meddelande   "x {a}"

                """)
    }

    /// Random expressions from a seeded generator: printing and parsing again gives the tree back.
    @Test func randomExpressionsRoundTrip() {
        var rng = SeededGenerator(seed: 20_250_314)
        for _ in 0..<500 {
            let e = RandomExpression.make(depth: 5, using: &rng)
            let text = "regel t\n  när \(PrettyPrinter.print(e))\n"
            let (ast, diagnostics) = Self.parse(text)
            #expect(diagnostics.isEmpty, "\(diagnostics) in \(text)")
            #expect(ast.rules.first?.nar == e, "\(text)\n\(ASTDumper.dump(e, ranges: false))")
        }
    }

    // MARK: - Hostile input

    struct Deep: Sendable, CustomTestStringConvertible {
        var name: String
        var make: @Sendable (Int) -> String
        var testDescription: String { name }
    }

    static let deep: [Deep] = [
        Deep(name: "parentheses") { String(repeating: "(", count: $0) + "sant" + String(repeating: ")", count: $0) },
        Deep(name: "inte") { String(repeating: "inte ", count: $0) + "sant" },
        Deep(name: "minus") { String(repeating: "-", count: $0) + "1 > 0" },
        Deep(name: "sum chain") { "1" + String(repeating: " + 1", count: $0) + " > 0" },
        Deep(name: "eller chain") { "sant" + String(repeating: " eller sant", count: $0) },
        Deep(name: "calls") { String(repeating: "abs(", count: $0) + "1" + String(repeating: ")", count: $0) + " > 0" },
        Deep(name: "unclosed parentheses") { String(repeating: "(", count: $0) },
    ]

    /// 100 000 levels: a diagnostic, never a stack overflow.
    @Test(arguments: deep)
    func nestingIsLimited(_ d: Deep) {
        let text = "regel t\n  allvarlighet fel\n  gäller insats\n  när \(d.make(100_000))\n  meddelande \"m\"\n"
        let c = RuleCompiler.compile(source: text, file: "t.regler")
        #expect(c.program == nil)
        #expect(c.diagnostics.map(\.id) == ["rules.nesting-too-deep"])
        #expect(c.diagnostics.first?.message == "uttrycket är nästlat djupare än 256 nivåer: dela upp det i flera regler")
    }

    @Test func nestingUpToTheLimitIsFine() {
        let e = String(repeating: "(", count: 200) + "sant" + String(repeating: ")", count: 200)
        let c = RuleCompiler.compile(
            source: "regel t\n  allvarlighet fel\n  gäller insats\n  när \(e)\n  meddelande \"m\"\n", file: "t")
        #expect(c.diagnostics.isEmpty)
    }

    @Test func deepPlaceholderIsLimitedToo() {
        let e = String(repeating: "(", count: 100_000) + "1" + String(repeating: ")", count: 100_000)
        let c = RuleCompiler.compile(
            source: "regel t\n  allvarlighet fel\n  gäller insats\n  när sant\n  meddelande \"{\(e)}\"\n", file: "t")
        #expect(c.diagnostics.map(\.id) == ["rules.nesting-too-deep"])
    }

    /// Deleting any one token of a real rule file never crashes or hangs; nearly always it gives
    /// a diagnostic (deleting `inte` or an `om` clause's word can leave a valid rule).
    @Test func deletingAnyTokenIsHandled() throws {
        let text = StandardRules.sources[0].text
        let source = SourceText(file: "s", text: text)
        var sink = DiagnosticSink(source: source)
        let tokens = Lexer.tokenize(source, sink: &sink).dropLast()
        var withErrors = 0
        for t in tokens {
            var bytes = source.bytes
            bytes.removeSubrange(t.range.start..<t.range.end)
            let mutated = String(decoding: bytes, as: UTF8.self)
            let c = RuleCompiler.compile(source: mutated, file: "s")
            if c.diagnostics.hasErrors {
                withErrors += 1
                #expect(c.program == nil)
            } else {
                #expect(c.program != nil)
            }
        }
        #expect(tokens.count > 200)
        #expect(Double(withErrors) / Double(tokens.count) > 0.9, "\(withErrors) of \(tokens.count)")
    }

    /// Cutting a rule file at every byte offset: no crash, a program or a diagnostic.
    @Test func truncatedFilesAreHandled() {
        let bytes = Array(StandardRules.sources[0].text.utf8)
        for cut in stride(from: 0, to: bytes.count, by: 7) {
            let c = RuleCompiler.compile(source: String(decoding: bytes[0..<cut], as: UTF8.self), file: "s")
            #expect(c.program != nil || c.diagnostics.hasErrors)
        }
    }
}
