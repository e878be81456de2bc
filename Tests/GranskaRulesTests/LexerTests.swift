import GranskaCore
import Testing

@testable import GranskaRules

@Suite struct LexerTests {
    static func lex(_ text: String) -> ([String], [RuleDiagnostic]) {
        let source = SourceText(file: "t", text: text)
        var sink = DiagnosticSink(source: source)
        let tokens = Lexer.tokenize(source, sink: &sink)
        let shown = tokens.map { t -> String in
            switch t.kind {
            case .identifier: "id:\(t.text)"
            case .keyword(let k): "kw:\(k.rawValue)"
            case .integer(let n): "int:\(n)"
            case .date(let d): "date:\(d)"
            case .string: "str:\(t.text)"
            case .punct(let p): p.rawValue
            case .eof: "eof"
            }
        }
        return (shown, sink.diagnostics)
    }

    @Test func tokensOfEveryKind() {
        let (tokens, diagnostics) = Self.lex(
            "regel std.x # kommentar\nnär medel >= 5 tkr och datum(inskickad) != 2025-03-14 == [\"a\\\"b\\\\c\\d\"] <= -1*2+3 < > =")
        #expect(diagnostics.isEmpty)
        #expect(
            tokens == [
                "kw:regel", "id:std", ".", "id:x", "kw:nar", "id:medel", ">=", "int:5", "id:tkr", "kw:och", "id:datum", "(",
                "id:inskickad", ")", "!=", "date:2025-03-14", "=", "[", "str:a\"b\\c\\d", "]", "<=", "-", "int:1", "*", "int:2",
                "+", "int:3", "<", ">", "=", "eof",
            ])
    }

    @Test func keywordsFoldCaseAndDiacritics() {
        let (tokens, _) = Self.lex("GÄLLER galler Gäller NÄR nar Åtgärd atgard över OVER and OR Not in TRUE false sant")
        #expect(
            tokens == [
                "kw:galler", "kw:galler", "kw:galler", "kw:nar", "kw:nar", "kw:atgard", "kw:atgard", "kw:over", "kw:over",
                "kw:och", "kw:eller", "kw:inte", "kw:i", "kw:sant", "kw:falskt", "kw:sant", "eof",
            ])
    }

    @Test func identifiersMayHoldSwedishLettersAndDigits() {
        #expect(Self.lex("längd år_2 x1").0 == ["id:längd", "id:år_2", "id:x1", "eof"])
    }

    @Test func numbersThatAreNotDatesStayNumbers() {
        #expect(Self.lex("2025-03-1 2025 - 03").0 == ["int:2025", "-", "int:3", "-", "int:1", "int:2025", "-", "int:3", "eof"])
        #expect(Self.lex("2025-03-140").0 == ["int:2025", "-", "int:3", "-", "int:140", "eof"])
    }

    @Test func messageStringsSplitIntoTextAndPlaceholders() throws {
        let source = SourceText(file: "t", text: "meddelande \"a {medel} {{b}} {tom(\"}\")}\"")
        var sink = DiagnosticSink(source: source)
        let tokens = Lexer.tokenize(source, sink: &sink)
        #expect(sink.diagnostics.isEmpty)
        let segments = tokens[1].segments.map { s -> String in
            switch s {
            case .text(let t): "text:\(t)"
            case .placeholder(let r): "expr:\(source.text(r))"
            }
        }
        #expect(segments == ["text:a ", "expr:medel", "text: {b} ", "expr:tom(\"}\")"])
    }

    @Test func badInputIsReportedAndLexingGoesOn() {
        let (tokens, diagnostics) = Self.lex("a § b ! c\n\"öppen\nd")
        #expect(tokens == ["id:a", "id:b", "id:c", "str:öppen", "id:d", "eof"])
        #expect(diagnostics.map(\.id) == ["rules.bad-character", "rules.bad-character", "rules.unterminated-string"])
        #expect(diagnostics.map(\.location.column) == [3, 7, 1])
    }

    @Test func controlCharactersAreShownByCodePoint() {
        let (_, diagnostics) = Self.lex("a \u{1} b")
        #expect(diagnostics.map(\.message) == ["oväntat tecken 'U+1'"])
    }

    @Test func byteOrderMarkAndCRLFAreHandled() {
        let source = SourceText(file: "t", text: "\u{FEFF}regel x\r\n  när y\r\n")
        #expect(source.location(of: 16) == SourceLocation(file: "t", line: 2, column: 7))
        #expect(source.line(2) == "  när y")
        #expect(Self.lex("\u{FEFF}regel x\r\n").0 == ["kw:regel", "id:x", "eof"])
    }
}
