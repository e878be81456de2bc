#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import GranskaCore

/// The rules a run uses: the standard rules shipped with granska and the user's own files.
public struct RuleSet: Sendable {
    /// In the order they run (and report statistics): standard rules first, then each file's
    /// rules in file order.
    public let rules: [CompiledRule]
    /// Warnings from compiling the files (errors never make a rule set).
    public let diagnostics: [RuleDiagnostic]

    public init(rules: [CompiledRule], diagnostics: [RuleDiagnostic] = []) {
        self.rules = rules
        self.diagnostics = diagnostics
    }

    /// The standard rules (`Rules/*.regler`, embedded in the library so a binary run anywhere has
    /// them), compiled once.
    public static let standard: RuleSet = {
        var rules: [CompiledRule] = []
        var diagnostics: [RuleDiagnostic] = []
        for (file, text) in StandardRules.sources {
            let c = RuleCompiler.compile(source: text, file: file)
            diagnostics += c.diagnostics
            rules += c.program?.rules ?? []
        }
        return RuleSet(rules: rules, diagnostics: diagnostics)
    }()

    /// Reads every `*.regler` file of the given folders (a path to a single `.regler` file works
    /// too), in name order, and compiles them together with the standard rules if asked.
    ///
    /// A rule with the same id as a standard rule replaces it (so a statistician can change the
    /// policy of `std.sen` by copying it into an own file); two user rules with one id are an
    /// error.
    ///
    /// - Throws: ``RuleFileError`` carrying every diagnostic of every file when any file cannot be
    ///   read or has an error.
    /// - Complexity: O(total size of the files); the standard rules are compiled once per process.
    public static func load(directories: [String], includeStandard: Bool) throws -> RuleSet {
        var files: [String] = []
        var problems: [RuleDiagnostic] = []
        var sources: [String: SourceText] = [:]
        let fm = FileManager.default
        for dir in directories {
            guard let isDir = FilePaths.isDirectory(dir) else {
                problems.append(fileProblem(dir, "hittar inte regelmappen eller regelfilen '\(dir)'"))
                continue
            }
            if !isDir {
                files.append(dir)
                continue
            }
            guard let names = try? fm.contentsOfDirectory(atPath: dir) else {
                problems.append(fileProblem(dir, "kan inte läsa mappen '\(dir)'"))
                continue
            }
            files += names.filter { $0.hasSuffix(".regler") }.sorted().map { FilePaths.join(dir, $0) }
        }

        var userRules: [CompiledRule] = []
        var warnings: [RuleDiagnostic] = []
        var firstSeen: [String: SourceLocation] = [:]
        for path in files {
            guard let data = fm.contents(atPath: path) else {
                problems.append(fileProblem(path, "kan inte läsa regelfilen '\(path)'"))
                continue
            }
            guard let text = String(validating: data, as: UTF8.self) else {
                let offset = firstInvalidUTF8(data)
                problems.append(
                    fileProblem(path, "regelfilen är inte giltig UTF-8 (ogiltig byte vid position \(offset)); spara den som UTF-8", id: .encoding))
                continue
            }
            let c = RuleCompiler.compile(source: text, file: path)
            sources[path] = c.source
            for d in c.diagnostics {
                if d.isError { problems.append(d) } else { warnings.append(d) }
            }
            for (rule, ast) in zip(c.program?.rules ?? [], c.program?.ast.rules ?? []) {
                if let first = firstSeen[rule.id] {
                    let range = ast.id.range
                    problems.append(
                        RuleDiagnostic(
                            id: RuleDiagnosticID.duplicateID.rawValue, severity: .fel, location: c.source.location(of: range.start),
                            range: range, length: c.source.underlineLength(range),
                            message: "regeln '\(rule.id)' finns redan i \(first.file):\(first.line)"))
                } else {
                    firstSeen[rule.id] = rule.location
                    userRules.append(rule)
                }
            }
        }
        guard problems.isEmpty else { throw RuleFileError(diagnostics: problems.sortedByLocation(), sources: sources) }
        let own = Set(userRules.map(\.id))
        let standardRules = includeStandard ? RuleSet.standard.rules.filter { !own.contains($0.id) } : []
        return RuleSet(rules: standardRules + userRules, diagnostics: warnings)
    }

    private static func fileProblem(_ path: String, _ message: String, id: RuleDiagnosticID = .fileUnreadable)
        -> RuleDiagnostic
    {
        RuleDiagnostic(
            id: id.rawValue, severity: .fel, location: SourceLocation(file: path, line: 1, column: 1),
            range: ByteRange(0, 0), length: 1, message: message)
    }

    private static func firstInvalidUTF8(_ data: Data) -> Int {
        let bytes = [UInt8](data)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let n = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 0
            guard n > 0, i + n <= bytes.count, bytes[(i + 1)..<(i + n)].allSatisfy({ $0 & 0xC0 == 0x80 }) else {
                return i
            }
            i += n
        }
        return i
    }
}

/// Rule files that cannot be used: every diagnostic of every file, so one run shows them all.
///
/// Compatible with ``InputError``: ``inputErrors`` gives one per diagnostic (the CLI maps them
/// to exit code 2), and ``description`` draws each with its source line and a caret.
public struct RuleFileError: Error, Sendable, CustomStringConvertible {
    /// Errors (and the files' warnings are not included), sorted by file, line and column.
    public let diagnostics: [RuleDiagnostic]
    let sources: [String: SourceText]

    init(diagnostics: [RuleDiagnostic], sources: [String: SourceText]) {
        self.diagnostics = diagnostics
        self.sources = sources
    }

    /// One ``InputError`` per diagnostic.
    public var inputErrors: [InputError] {
        diagnostics.map { InputError(id: $0.id, location: $0.location, message: $0.message) }
    }

    /// The first problem as an ``InputError``.
    public var inputError: InputError {
        inputErrors.first ?? InputError(id: RuleDiagnosticID.fileUnreadable.rawValue, file: nil, message: "okänt fel i regelfilerna")
    }

    /// Every diagnostic with its source line and caret (a diagnostic without a source, such as an
    /// unreadable file, as its single line).
    public var description: String {
        diagnostics.map { d in
            if let s = sources[d.location.file] { return d.rendered(sourceLine: s.line(d.location.line)) }
            return d.description
        }.joined(separator: "\n")
    }
}
