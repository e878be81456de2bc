import Testing

@testable import GranskaCLI

@Suite struct ArgumentParserTests {
    static let spec = CheckCommand.spec

    struct Case: CustomTestStringConvertible, Sendable {
        var id: String
        var arguments: [String]
        var positionals: [String] = []
        var values: [String: [String]] = [:]
        var flags: Set<String> = []
        var help = false
        var testDescription: String { id }
    }

    static let accepted: [Case] = [
        Case(id: "nothing", arguments: []),
        Case(id: "dir", arguments: ["omg"], positionals: ["omg"]),
        Case(id: "value separate", arguments: ["--format", "json"], values: ["--format": ["json"]]),
        Case(id: "value inline", arguments: ["--format=sarif"], values: ["--format": ["sarif"]]),
        Case(id: "last value wins", arguments: ["--format", "json", "--format", "text"], values: ["--format": ["json", "text"]]),
        Case(id: "repeating", arguments: ["--rules", "a", "--rules=b"], values: ["--rules": ["a", "b"]]),
        Case(id: "flag", arguments: ["--no-standard-rules"], flags: ["--no-standard-rules"]),
        Case(id: "double dash", arguments: ["--", "--format"], positionals: ["--format"]),
        Case(id: "dash alone is positional", arguments: ["-"], positionals: ["-"]),
        Case(id: "help after arguments", arguments: ["dir", "--format", "json", "--help"], positionals: ["dir"], values: ["--format": ["json"]], help: true),
        Case(id: "short help", arguments: ["-h"], help: true),
        Case(id: "value with spaces and equals", arguments: ["--baseline=a b=c.json"], values: ["--baseline": ["a b=c.json"]]),
    ]

    @Test(arguments: accepted)
    func parses(_ c: Case) throws {
        let parsed = try ArgumentParser.parse(c.arguments, spec: Self.spec)
        #expect(parsed.positionals == c.positionals)
        #expect(parsed.values == c.values)
        #expect(parsed.flags == c.flags)
        #expect(parsed.help == c.help)
    }

    @Test func helpBeforeAnUnknownFlagStillFailsOnTheFlag() {
        // Unknown flags are reported even when --help is present: the user should see the typo.
        #expect(throws: UsageError.self) { try ArgumentParser.parse(["--help", "--bogus"], spec: Self.spec) }
    }

    @Test(arguments: [
        (["--formt", "json"], "okänd flagga '--formt' – menade du '--format'?"),
        (["--fail-on", "varing"], "'varing' är inget giltigt värde för '--fail-on' (välj bland info, varning, fel, never) – menade du 'varning'?"),
        (["--format"], "flaggan '--format' behöver ett värde (FORMAT)"),
        (["--no-standard-rules=ja"], "flaggan '--no-standard-rules' tar inget värde"),
        (["a", "b"], "oväntat argument 'b'"),
        (["--zzzzzzzz"], "okänd flagga '--zzzzzzzz'"),
        (["-x"], "okänd flagga '-x'"),
    ])
    func rejects(arguments: [String], message: String) {
        do {
            _ = try ArgumentParser.parse(arguments, spec: Self.spec)
            Issue.record("accepted \(arguments)")
        } catch {
            #expect(error.message == message)
            #expect(error.command == "check")
        }
    }

    @Test func missingRequiredPositional() {
        #expect(throws: UsageError("argumentet FIL saknas", command: "inspect")) {
            try ArgumentParser.parse([], spec: InspectCommand.spec)
        }
    }


    @Test func suggestionsAreCapped() {
        #expect(EditDistance.suggestion(for: "chek", among: ["check", "run"]) == "check")
        #expect(EditDistance.suggestion(for: "xyz", among: ["check", "run"]) == nil)
        #expect(EditDistance.suggestion(for: "ru", among: ["run"]) == "run")
        // A hostile, very long argument stays cheap (capped at 64 characters) and finds nothing.
        #expect(EditDistance.suggestion(for: String(repeating: "a", count: 100_000), among: ["--format"]) == nil)
    }
}
