import FuzzDriver
import GranskaCore
import GranskaRules

/// A small round for compiled rules to run on: a kommun enkät and a län enkät, with amounts at
/// the edges of Int64, an unreadable amount, an unreadable time, a duplicate and an unknown code.
enum FuzzRound {
    static func insats(
        _ enkat: String, _ respondent: String, _ nr: Int?, _ line: Int, titel: String = "Insats",
        inskickad: String = "2025-03-01T10:00", medel: Belopp
    ) -> Insats {
        Insats(
            enkat: enkat, respondent: respondent, inskickad: Tidpunkt(iso: inskickad), inskickadText: inskickad,
            insatsNr: nr, insatsNrText: nr.map(String.init) ?? "x", titel: titel, aktiviteter: "Akt", mal: "",
            prestationer: "", effekter: "", status: "genomförd", malgrupp: "barn|unga", medel: medel,
            location: SourceLocation(file: "svar.csv", line: line))
    }

    static let omgang: Omgang = {
        let at = { (line: Int) in SourceLocation(file: "omgang.csv", line: line) }
        let enkater = [
            Enkat(
                id: "K", population: .kommun, omrade: "Kunskap", referensar: 2024, sistaSvarsdag: Datum(iso: "2025-03-14"),
                insamlingStart: Datum(iso: "2025-01-20"), insamlingSlut: Datum(iso: "2025-04-30"), paminnelser: 2,
                location: at(2)),
            Enkat(
                id: "L", population: .lan, omrade: "", referensar: nil, sistaSvarsdag: Datum(iso: "2025-03-31"),
                insamlingStart: nil, insamlingSlut: nil, paminnelser: nil, location: at(3)),
        ]
        let rek = { (e: String, r: String, k: Kronor, line: Int) in
            Rekvisition(
                enkat: e, respondent: r, fordelat: k, rekvirerat: k, aterbetalt: 0,
                location: SourceLocation(file: "rekvisitioner.csv", line: line))
        }
        let insatser = [
            insats("K", "0114", 1, 2, medel: Belopp(text: "9223372036854775807", kronor: .max, tolkning: .siffror)),
            insats("K", "0114", 2, 3, medel: Belopp(text: "9223372036854775807", kronor: .max, tolkning: .siffror)),
            insats("K", "0114", 3, 4, medel: Belopp(text: "-9223372036854775807", kronor: -.max, tolkning: .siffror)),
            insats("K", "0115", 1, 5, titel: "", medel: Belopp(text: "se bilaga", kronor: nil, tolkning: .olaslig)),
            insats("K", "0115", 2, 6, inskickad: "igår", medel: Belopp(text: "1 250 kr", kronor: 1250, tolkning: .text)),
            insats("K", "9999", nil, 7, medel: Belopp(text: "", kronor: nil, tolkning: .tom)),
            insats("L", "01", 1, 8, titel: String(repeating: "a", count: 300), medel: Belopp(text: "5", kronor: 5, tolkning: .siffror)),
            insats("L", "01", 1, 9, titel: String(repeating: "a", count: 300), medel: Belopp(text: "5", kronor: 5, tolkning: .siffror)),
            insats("X", "01", 1, 10, medel: Belopp(text: "0", kronor: 0, tolkning: .siffror)),
        ]
        return Omgang(
            directory: "fuzz", enkater: enkater, insatser: insatser,
            rekvisitioner: [rek("K", "0114", .max, 2), rek("K", "0115", 0, 3), rek("L", "01", 1000, 4)])
    }()
}

/// libFuzzer entry: any UTF-8 text as a rule file. Compiling never traps; every diagnostic points
/// into the file; a file without errors compiles to rules that run on a round without trapping;
/// a file that parses cleanly prints to text that parses to the same tree.
func fuzzRules(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let buffer = UnsafeBufferPointer(start: size == 0 ? nil : data, count: size)
    guard let source = String(validating: buffer, as: UTF8.self) else { return 0 }
    let file = "fuzz.regler"
    let compilation = RuleCompiler.compile(source: source, file: file)
    let lines = source.utf8.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) } + source.utf8.reduce(0) { $0 + ($1 == 0x0D ? 1 : 0) }
    for d in compilation.diagnostics {
        precondition(d.location.file == file && d.location.line >= 1 && d.location.column >= 1)
        precondition(d.location.line <= lines + 1, "a diagnostic past the end of the file")
        precondition(d.id.hasPrefix("rules.") && !d.message.isEmpty)
        precondition(d.range.start <= d.range.end && d.range.end <= source.utf8.count, "a range outside the file")
    }
    _ = compilation.renderedDiagnostics()
    if let program = compilation.program {
        precondition(!compilation.diagnostics.hasErrors)
        let outcome = RuleEngine.run(RuleSet(rules: program.rules), on: FuzzRound.omgang)
        let ids = Set(program.rules.map(\.id))
        for finding in outcome.findings { precondition(ids.contains(finding.regel)) }
        for i in outcome.rensning.uteslutna.keys { precondition(FuzzRound.omgang.insatser.indices.contains(i)) }
        for i in outcome.rensning.strukna.keys { precondition(FuzzRound.omgang.insatser.indices.contains(i)) }
    } else {
        precondition(compilation.diagnostics.hasErrors, "no program, and no error saying why")
    }
    let (ast, diagnostics) = RuleCompiler.parse(source: source, file: file)
    if diagnostics.isEmpty {
        let printed = PrettyPrinter.print(ast)
        let (again, againDiagnostics) = RuleCompiler.parse(source: printed, file: file)
        precondition(againDiagnostics.isEmpty, "the printed file does not parse")
        // The printer writes the `version` line a file may leave out (meaning 1).
        precondition(again.rules == ast.rules && (again.version ?? 1) == (ast.version ?? 1), "the printed file parses to another tree")
        precondition(PrettyPrinter.print(again) == printed, "printing is not stable")
        _ = ASTDumper.dump(ast)
    }
    return 0
}

@_cdecl("FuzzRules_main")
func fuzzRulesMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { fuzzRules($0, $1) }
}
