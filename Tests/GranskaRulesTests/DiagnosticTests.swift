import GranskaCore
import Testing

@testable import GranskaRules

/// Every diagnostic the rule language has, each with its position (a marker in the text), id
/// and Swedish message.
@Suite struct DiagnosticTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        var id: RuleDiagnosticID
        var message: String
        /// True when the case must produce exactly this one diagnostic.
        var only = true
        var testDescription: String { name }
    }

    /// A rule of `scope` whose `när` is `nar`.
    static func rule(_ nar: String, scope: String = "insats", extra: String = "") -> String {
        """
        version 1
        regel t.x
          allvarlighet fel
          gäller       \(scope)
          när          \(nar)
        \(extra)  meddelande   "m"
        """
    }

    static let cases: [Case] = [
        // Names
        Case(
            name: "unknown field, with suggestion", text: rule("1️⃣medl < 0"), id: .unknownField,
            message: "okänt fält 'medl' – menade du 'medel'?"),
        Case(
            name: "unknown field, nothing near", text: rule("1️⃣xyzzy < 0"), id: .unknownField,
            message: "okänt fält 'xyzzy'"),
        Case(
            name: "function name as field", text: rule("1️⃣tom = sant"), id: .unknownField,
            message: "'tom' är en funktion: skriv tom(…)"),
        Case(
            name: "field outside its scope", text: rule("1️⃣titel = \"x\"", scope: "enkät"), id: .fieldScope,
            message: "fältet 'titel' finns inte i en regel som gäller enkät; använd en mängdfunktion, som antal(…) eller summa(…)"),
        Case(
            name: "insats field in a svar rule", text: rule("1️⃣medel > 0", scope: "svar"), id: .fieldScope,
            message: "fältet 'medel' finns inte i en regel som gäller svar; fältet hör till insats"),
        Case(
            name: "unknown function", text: rule("1️⃣summ(medel) > 0"), id: .unknownFunction,
            message: "okänd funktion 'summ' – menade du 'summa'?"),
        Case(
            name: "field called as function", text: rule("1️⃣medel(1) > 0"), id: .unknownFunction,
            message: "'medel' är ett fält, ingen funktion: skriv medel utan parentes"),
        Case(
            name: "wrong number of arguments", text: rule("1️⃣tom(titel, status)"), id: .wrongArguments,
            message: "'tom' tar 1 argument, men fick 2"),
        Case(
            name: "saknade takes field names", text: rule("tom(saknade(1️⃣\"x\"))"), id: .wrongArguments,
            message: "saknade(…) tar bara fältnamn, som saknade(titel, status)"),
        Case(
            name: "antal takes at most one argument", text: rule("1️⃣antal(titel, status) > 1"), id: .wrongArguments,
            message: "'antal' tar 0 eller 1 argument, men fick 2"),
        // Types
        Case(
            name: "text compared to an amount", text: rule("1️⃣titel = medel"), id: .typeMismatch,
            message: "kan inte jämföra en text med ett belopp"),
        Case(
            name: "tidpunkt compared to a date", text: rule("1️⃣inskickad > sista_svarsdag"), id: .typeMismatch,
            message: "kan inte jämföra en tidpunkt med ett datum; jämför datum(…) av tidpunkten med datumet"),
        Case(
            name: "amount times amount", text: rule("1️⃣medel * medel > 0"), id: .typeMismatch,
            message: "belopp gånger belopp ger inget belopp: multiplicera ett belopp med ett heltal"),
        Case(
            name: "text ordered", text: rule("1️⃣titel < \"b\""), id: .typeMismatch,
            message: "text kan bara jämföras med = och !=, inte '<'"),
        Case(
            name: "condition that is not a condition", text: rule("1️⃣medel + 1"), id: .typeMismatch,
            message: "villkoret efter 'när' ska vara sant eller falskt, men är ett belopp"),
        Case(
            name: "inte before an amount", text: rule("inte 1️⃣medel"), id: .typeMismatch,
            message: "'inte' ska stå framför ett villkor, inte ett belopp"),
        Case(
            name: "och between amounts", text: rule("1️⃣medel och sant"), id: .typeMismatch,
            message: "'och' binder ihop villkor, men fick ett belopp"),
        Case(
            name: "minus before text", text: rule("1️⃣-titel = \"a\""), id: .typeMismatch,
            message: "'-' kan bara stå framför ett tal eller belopp, inte en text"),
        Case(
            name: "text plus number", text: rule("1️⃣titel + 1 > 0"), id: .typeMismatch,
            message: "'+' går inte mellan en text och ett heltal"),
        Case(
            name: "date arithmetic on a tidpunkt", text: rule("1️⃣inskickad - sista_svarsdag > 0"), id: .typeMismatch,
            message: "'-' går inte mellan en tidpunkt och ett datum; räkna med datum(…) av tidpunkten"),
        Case(
            name: "function argument type", text: rule("längd(1️⃣medel) > 3"), id: .typeMismatch,
            message: "'längd' tar en text, men fick ett belopp"),
        Case(
            name: "summa of text", text: rule("summa(1️⃣titel) > 3"), id: .typeMismatch,
            message: "'summa' tar ett tal eller belopp, men fick en text"),
        Case(
            name: "list item of another type", text: rule("status i [\"a\", 1️⃣5]"), id: .typeMismatch,
            message: "listan jämförs med en text, men här står ett heltal"),
        Case(
            name: "matchar on an amount", text: rule("1️⃣medel matchar \"1\""), id: .typeMismatch,
            message: "'matchar' jämför en text med ett mönster, men fick ett belopp"),
        Case(
            name: "value a closed field never takes", text: rule("medel_tolkning = 1️⃣\"olaslig\""), id: .unknownValue,
            message: "'medel_tolkning' kan aldrig vara \"olaslig\" – menade du \"oläslig\"?"),
        Case(
            name: "closed value in a list", text: rule("population i [\"kommun\", 1️⃣\"landsting\"]"),
            id: .unknownValue,
            message: "'population' kan aldrig vara \"landsting\" (möjliga: \"kommun\", \"region\", \"lan\")"),
        Case(
            name: "list with a field", text: rule("status i [1️⃣titel]"), id: .listLiteral,
            message: "en lista får bara innehålla fasta värden (text, tal, datum)"),
        // Aggregates
        Case(
            name: "aggregate inside an aggregate", text: rule("summa(1️⃣summa(medel)) > 0"), id: .aggregateNotAllowed,
            message: "mängdfunktionen 'summa' kan inte stå inuti en annan mängdfunktion"),
        Case(
            name: "dubblett outside insats rules", text: rule("1️⃣dubblett(titel)", scope: "svar"),
            id: .aggregateNotAllowed, message: "dubblett(…) kan bara användas i en regel som gäller insats"),
        Case(
            name: "över narrower than the scope", text: rule("summa(medel) över 1️⃣svar > 0", scope: "enkät"),
            id: .aggregateScope, message: "'över svar' är snävare än regelns omfång 'enkät'"),
        Case(
            name: "över an unknown group", text: rule("summa(medel) över 1️⃣enkater > 0"), id: .aggregateScope,
            message: "okänd grupp 'enkater' efter 'över' – menade du 'enkät'? (svar, enkät eller omgång)"),
        Case(
            name: "över after a plain function", text: rule("tom(titel) över 1️⃣enkät"), id: .overNotAggregate,
            message: "'över' kan bara följa en mängdfunktion (antal, antal_unika, summa, min, max, dubblett), inte 'tom'"),
        // Patterns
        Case(
            name: "pattern with a repetition count", text: rule("titel matchar 1️⃣\"a{2}\""), id: .badPattern,
            message:
                "ogiltigt mönster: '{' stöds inte i mönster; skriv till exempel \\d\\d\\d\\d i stället för \\d{4}, eller \\{ för tecknet (vid tecken 2 i mönstret)"
        ),
        Case(
            name: "pattern with an open group", text: rule("titel matchar 1️⃣\"(ab\""), id: .badPattern,
            message: "ogiltigt mönster: '(' saknar ')' (vid tecken 1 i mönstret)"),
        Case(
            name: "pattern too long", text: rule("titel matchar 1️⃣\"\(String(repeating: "a", count: 501))\""),
            id: .patternTooLong, message: "ogiltigt mönster: mönstret är längre än 500 tecken"),
        // Syntax
        Case(
            name: "value expected", text: rule("medel > 1️⃣)"), id: .syntax,
            message: "förväntade ett värde, ett fält eller en funktion men fann ')'"),
        Case(
            name: "file ends inside an expression", text: "regel t.x\n  allvarlighet fel\n  när medel >1️⃣", id: .syntax,
            message: "förväntade ett värde, ett fält eller en funktion men fann filens slut"),
        Case(
            name: "comparisons chained", text: rule("1 < medel 1️⃣< 5"), id: .syntax,
            message: "jämförelser kan inte kedjas: skriv till exempel 'a < b och b < c'"),
        Case(
            name: "missing closing parenthesis", text: rule("tom(titel 1️⃣status)"), id: .syntax,
            message: "förväntade ')' men fann 'status'"),
        Case(
            name: "unterminated string", text: rule("titel = 1️⃣\"abc"), id: .unterminatedString,
            message: "texten saknar avslutande '\"' på samma rad", only: false),
        Case(
            name: "bad character", text: rule("medel 1️⃣§ 5"), id: .badCharacter, message: "oväntat tecken '§'",
            only: false),
        Case(
            name: "bad date", text: rule("sista_svarsdag > 1️⃣2025-02-30", scope: "enkät"), id: .badDate,
            message: "'2025-02-30' är inget giltigt datum"),
        Case(
            name: "number too large", text: rule("medel > 1️⃣99999999999999999999"), id: .badNumber,
            message: "talet '99999999999999999999' är för stort"),
        Case(
            name: "amount too large", text: rule("medel > 1️⃣9999999999999 mkr"), id: .badNumber,
            message: "beloppet '9999999999999 mkr' är för stort"),
        // Clauses
        Case(
            name: "unknown scope",
            text: "regel t.x\n  allvarlighet fel\n  gäller 1️⃣insatser\n  när sant\n  meddelande \"m\"\n",
            id: .unknownScope, message: "okänt omfång 'insatser' – menade du 'insats'? (insats, svar, enkät eller omgång)"),
        Case(
            name: "unknown severity",
            text: "regel t.x\n  allvarlighet 1️⃣varnig\n  gäller insats\n  när sant\n  meddelande \"m\"\n",
            id: .unknownSeverity, message: "okänd allvarlighet 'varnig' – menade du 'varning'? (fel, varning eller info)"),
        Case(
            name: "unknown action", text: rule("sant", extra: "  åtgärd 1️⃣utesluta\n"), id: .unknownAction,
            message: "okänd åtgärd 'utesluta' – menade du 'uteslut'? (uteslut, stryk eller uteslut_svar)"),
        Case(
            name: "action in the wrong scope", text: rule("sant", scope: "svar", extra: "  åtgärd 1️⃣stryk\n"),
            id: .actionScope, message: "åtgärden 'stryk' kan bara stå i en regel som gäller insats, inte svar"),
        Case(
            name: "uteslut_svar in an enkät rule", text: rule("sant", scope: "enkät", extra: "  åtgärd 1️⃣uteslut_svar\n"),
            id: .actionScope, message: "åtgärden 'uteslut_svar' kan bara stå i en regel som gäller insats eller svar, inte enkät"),
        Case(
            name: "missing när", text: "regel 1️⃣t.x\n  allvarlighet fel\n  gäller insats\n  meddelande \"m\"\n",
            id: .missingClause, message: "regeln 't.x' saknar 'när'"),
        Case(
            name: "missing gäller", text: "regel 1️⃣t.x\n  allvarlighet fel\n  när sant\n  meddelande \"m\"\n",
            id: .missingClause, message: "regeln 't.x' saknar 'gäller'"),
        Case(
            name: "när twice", text: rule("sant", extra: "  1️⃣när falskt\n"), id: .duplicateClause,
            message: "'när' står redan en gång i regeln 't.x'"),
        Case(
            name: "same id twice", text: rule("sant") + "\nregel 1️⃣t.x\n  allvarlighet fel\n  gäller insats\n  när sant\n  meddelande \"m\"\n",
            id: .duplicateID, message: "regeln 't.x' finns redan på rad 2"),
        Case(
            name: "misspelt clause keyword",
            text: "regel t.x\n  1️⃣allvarlihet fel\n  gäller insats\n  när sant\n  meddelande \"m\"\n",
            id: .unknownClause, message: "okänd del 'allvarlihet' i regeln – menade du 'allvarlighet'?"),
        Case(
            name: "text before the first rule", text: "version 1\n1️⃣när sant\n", id: .syntax,
            message: "förväntade 'regel' men fann 'när'"),
        Case(
            name: "unsupported version", text: "1️⃣version 2\nregel t.x\n", id: .versionUnsupported,
            message: "regelfilen har version 2, men granska läser bara version 1"),
        Case(
            name: "version not first", text: rule("sant") + "\n1️⃣version 1\n", id: .versionUnsupported,
            message: "'version' får bara stå först i filen"),
        // Messages
        Case(
            name: "placeholder without closing brace",
            text: "regel t.x\n  allvarlighet fel\n  gäller insats\n  när sant\n  meddelande \"a 1️⃣{medel\"\n",
            id: .unterminatedPlaceholder, message: "'{' i meddelandet saknar sitt '}'"),
        Case(
            name: "empty placeholder",
            text: "regel t.x\n  allvarlighet fel\n  gäller insats\n  när sant\n  meddelande \"a 1️⃣{}\"\n",
            id: .syntax, message: "platshållaren '{}' är tom: skriv ett uttryck mellan klamrarna"),
        Case(
            name: "unknown field in a placeholder",
            text: "regel t.x\n  allvarlighet fel\n  gäller insats\n  när sant\n  meddelande \"Belopp {1️⃣medl}\"\n",
            id: .unknownField, message: "okänt fält 'medl' – menade du 'medel'?"),
        Case(
            name: "placeholder with trailing text",
            text: "regel t.x\n  allvarlighet fel\n  gäller insats\n  när sant\n  meddelande \"{medel 1️⃣titel}\"\n",
            id: .syntax, message: "förväntade '}' men fann 'titel'"),
    ]

    @Test(arguments: cases)
    func diagnostic(_ c: Case) throws {
        let marked = MarkedText(c.text)
        let offset = try #require(marked.markers["1️⃣"], "the case has no marker")
        let compilation = RuleCompiler.compile(source: marked.text, file: "t.regler")
        #expect(compilation.program == nil, "an error must reject the file")
        let errors = compilation.diagnostics.filter(\.isError)
        if c.only {
            #expect(errors.count == 1, "\(compilation.renderedDiagnostics())")
        }
        let hit = errors.first { $0.id == c.id.rawValue && $0.range.start == offset }
        let d = try #require(hit, "expected \(c.id.rawValue) at byte \(offset), got:\n\(compilation.renderedDiagnostics())")
        #expect(d.message == c.message)
        #expect(d.location == compilation.source.location(of: offset))
    }

    @Test func everyCatalogueIDIsExercised() {
        let exercised = Set(Self.cases.map(\.id))
            .union([.nestingTooDeep, .unknownFeltyp, .encoding, .fileUnreadable])
        let missing = Set(RuleDiagnosticID.allCases).subtracting(exercised)
        #expect(missing.isEmpty, "no test for \(missing.map(\.rawValue).sorted())")
        let ids = RuleDiagnosticID.allCases.map(\.rawValue)
        #expect(ids == ids.sorted(), "the catalogue is kept sorted")
    }

    @Test func unknownFeltypIsAWarningAndTheRuleStillCompiles() throws {
        let marked = MarkedText(Self.rule("sant", extra: "  feltyp 1️⃣ofullstandg\n"))
        let c = RuleCompiler.compile(source: marked.text, file: "t.regler")
        #expect(c.program != nil)
        let d = try #require(c.diagnostics.first)
        #expect(c.diagnostics.count == 1)
        #expect(d.id == "rules.unknown-feltyp")
        #expect(d.severity == .varning)
        #expect(d.range.start == marked.markers["1️⃣"])
        #expect(d.message == "feltypen 'ofullstandg' finns inte i dataavtalet – menade du 'ofullstandig'?")
        #expect(d.description.contains(": warning: "))
    }

    @Test(arguments: ["", "# bara en kommentar\n", "version 1\n", "\u{FEFF}version 1\r\n# kommentar\r\n"])
    func filesWithoutRulesAreValid(_ text: String) {
        let c = RuleCompiler.compile(source: text, file: "tom.regler")
        #expect(c.diagnostics.isEmpty)
        #expect(c.program?.rules.isEmpty == true)
    }

    @Test func eofDiagnosticRendersOnAnEmptyLine() throws {
        let c = RuleCompiler.compile(source: "regel t.x\n  när tom(\n", file: "f")
        let d = try #require(c.diagnostics.first)
        #expect(d.location == SourceLocation(file: "f", line: 3, column: 1))
        #expect(d.rendered(sourceLine: c.source.line(3)) == "f:3:1: error: förväntade ett värde, ett fält eller en funktion men fann filens slut [rules.syntax]\n\n^")
    }

    @Test func ownFeltypIsAllowedWithANote() throws {
        let c = RuleCompiler.compile(source: Self.rule("sant", extra: "  feltyp egen_kontroll\n"), file: "t.regler")
        #expect(c.program?.rules.first?.feltyp == "egen_kontroll")
        #expect(c.diagnostics.map(\.message) == ["feltypen 'egen_kontroll' finns inte i dataavtalet (en egen feltyp går bra)"])
    }

    @Test func columnsCountCharactersNotBytes() throws {
        // "när" and "å" are multi-byte; the column is in characters.
        let marked = MarkedText("regel t.x\n  allvarlighet fel\n  gäller insats\n  när  \"å\" = 1️⃣medl\n  meddelande \"m\"\n")
        let c = RuleCompiler.compile(source: marked.text, file: "Rules/egna.regler")
        let d = try #require(c.diagnostics.first { $0.id == "rules.unknown-field" })
        #expect(d.location == SourceLocation(file: "Rules/egna.regler", line: 4, column: 14))
        #expect(
            d.rendered(sourceLine: c.source.line(4)) == """
                Rules/egna.regler:4:14: error: okänt fält 'medl' – menade du 'medel'? [rules.unknown-field]
                  när  "å" = medl
                             ^~~~
                """)
    }

    @Test func caretKeepsTabsSoItLinesUp() {
        let c = RuleCompiler.compile(source: "regel t.x\n\tallvarlighet fel\n\tgäller insats\n\tnär\tmedl > 0\n\tmeddelande \"m\"\n", file: "f")
        let d = c.diagnostics[0]
        #expect(d.rendered(sourceLine: c.source.line(4)).hasSuffix("\tnär\tmedl > 0\n\t   \t^~~~"))
    }

    @Test func everyProblemInTheFileIsReported() {
        let text = """
            version 1
            regel a.ett
              allvarlighet fel
              gäller insats
              när medl > 0
              meddelande "m"

            regel a.tva
              allvarlighet varnig
              gäller insats
              när tom(titel) eller (status = 
              meddelande "m"

            regel a.tre
              allvarlighet info
              gäller enkät
              när summ(medel) > 0 och titel = "x"
              meddelande "{okand}"

            regel a.fyra
              allvarlighet info
              gäller svar
              när antal_insatser > 10
              meddelande "Många insatser: {antal_insatser}"
            """
        let c = RuleCompiler.compile(source: text, file: "f.regler")
        #expect(c.program == nil)
        let got = c.diagnostics.map { "\($0.location.line):\($0.location.column) \($0.id)" }
        #expect(
            got == [
                "5:7 rules.unknown-field",
                "9:16 rules.unknown-severity",
                "12:3 rules.syntax",
                "17:7 rules.unknown-function",
                "17:27 rules.field-scope",
                "18:16 rules.unknown-field",
            ])
    }
}
