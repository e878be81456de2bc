import GranskaCore

/// A rule file compiled: its rules, ready to run.
public struct RuleProgram: Sendable {
    /// The file's name as diagnostics and statistics show it.
    public let file: String
    public let rules: [CompiledRule]
    /// The syntax tree the rules came from (for printing and dumping).
    public let ast: RuleFileAST
}

/// The result of compiling one rule file: a program when there were no errors, and every
/// diagnostic (errors and warnings) either way.
public struct RuleCompilation: Sendable {
    /// `nil` when any diagnostic is an error.
    public let program: RuleProgram?
    /// In the order of the file (line, column).
    public let diagnostics: [RuleDiagnostic]
    /// The source, for drawing diagnostics with their lines.
    public let source: SourceText

    /// Every diagnostic drawn with its source line and a caret, one after the other.
    public func renderedDiagnostics() -> String {
        diagnostics.map { $0.rendered(sourceLine: source.line($0.location.line)) }.joined(separator: "\n")
    }
}

/// Compiles rule files: lexer → parser → checker → closures.
public enum RuleCompiler {
    /// Compiles the text of one rule file.
    ///
    /// - Parameters:
    ///   - source: The file's text.
    ///   - file: Its name as diagnostics should print it (`Rules/egna.regler`).
    /// - Returns: The program (`nil` if there is any error) and all diagnostics, sorted by position.
    /// - Complexity: O(n) in the length of the text, plus O(m) per pattern.
    public static func compile(source: String, file: String) -> RuleCompilation {
        let text = SourceText(file: file, text: source)
        let (ast, parseDiagnostics) = Parser.parse(text)
        var sink = DiagnosticSink(source: text)
        sink.append(contentsOf: parseDiagnostics)
        let unsupported = parseDiagnostics.contains {
            $0.id == RuleDiagnosticID.versionUnsupported.rawValue && ast.version.map { $0 != 1 } == true
        }
        var checked: [CheckedRule] = []
        if !unsupported {
            checked = Checker.check(ast, sink: &sink)
        }
        let diagnostics = sink.diagnostics.sortedByLocation()
        let program =
            diagnostics.hasErrors ? nil : RuleProgram(file: file, rules: checked.map(CompiledRule.init), ast: ast)
        return RuleCompilation(program: program, diagnostics: diagnostics, source: text)
    }

    /// Parses without checking: the tree and the lexer's and parser's diagnostics.
    public static func parse(source: String, file: String) -> (RuleFileAST, [RuleDiagnostic]) {
        Parser.parse(SourceText(file: file, text: source))
    }
}
