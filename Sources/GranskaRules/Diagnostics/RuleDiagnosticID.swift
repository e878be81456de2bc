/// The catalogue of rule-file diagnostics: one stable id per kind of problem, sorted.
///
/// The id is what tests, SARIF (`ruleId`) and JUnit use; the wording may change, the id does not.
public enum RuleDiagnosticID: String, Sendable, CaseIterable {
    /// An action used in a scope it cannot apply to (`uteslut` in an enkät rule).
    case actionScope = "rules.action-scope"
    /// An aggregate where none is allowed: inside another aggregate, or `dubblett` outside insats rules.
    case aggregateNotAllowed = "rules.aggregate-not-allowed"
    /// `över` naming a group narrower than the rule's own scope.
    case aggregateScope = "rules.aggregate-scope"
    /// A character that cannot start any token.
    case badCharacter = "rules.bad-character"
    /// A date literal that is not a calendar date (`2025-02-30`).
    case badDate = "rules.bad-date"
    /// An integer literal too large for 64 bits.
    case badNumber = "rules.bad-number"
    /// A text pattern outside the supported subset.
    case badPattern = "rules.bad-pattern"
    /// Two clauses of the same kind in one rule.
    case duplicateClause = "rules.duplicate-clause"
    /// Two rules with the same id.
    case duplicateID = "rules.duplicate-id"
    /// A rule file that is not valid UTF-8.
    case encoding = "rules.encoding"
    /// A field that exists but not in the rule's scope (`titel` in an enkät rule).
    case fieldScope = "rules.field-scope"
    /// A rule file or folder that cannot be read.
    case fileUnreadable = "rules.file-unreadable"
    /// A list (after `i`) with an element that is not a fixed value.
    case listLiteral = "rules.list-literal"
    /// A rule without a required clause (`allvarlighet`, `gäller`, `när`, `meddelande`).
    case missingClause = "rules.missing-clause"
    /// An expression nested deeper than the limit.
    case nestingTooDeep = "rules.nesting-too-deep"
    /// `över` after something that is not an aggregate.
    case overNotAggregate = "rules.over-not-aggregate"
    /// A text pattern longer than the limit.
    case patternTooLong = "rules.pattern-too-long"
    /// Text that does not fit the grammar where it stands.
    case syntax = "rules.syntax"
    /// Operands or arguments of types that do not fit together.
    case typeMismatch = "rules.type-mismatch"
    /// An `åtgärd` that is not `uteslut`, `stryk` or `uteslut_svar`.
    case unknownAction = "rules.unknown-action"
    /// A word where a clause keyword (`när`, `gäller`, …) was expected.
    case unknownClause = "rules.unknown-clause"
    /// A `feltyp` outside the data contract's vocabulary (a warning: own types are allowed).
    case unknownFeltyp = "rules.unknown-feltyp"
    /// A name that is no field.
    case unknownField = "rules.unknown-field"
    /// A name followed by `(` that is no function.
    case unknownFunction = "rules.unknown-function"
    /// A `gäller` that is not `insats`, `svar`, `enkät` or `omgång`.
    case unknownScope = "rules.unknown-scope"
    /// An `allvarlighet` that is not `fel`, `varning` or `info`.
    case unknownSeverity = "rules.unknown-severity"
    /// A comparison with a value the field can never take (`medel_tolkning = "olasligt"`).
    case unknownValue = "rules.unknown-value"
    /// A `{` in a message without its `}`.
    case unterminatedPlaceholder = "rules.unterminated-placeholder"
    /// A string without its closing quote on the same line.
    case unterminatedString = "rules.unterminated-string"
    /// A `version` other than 1, or a `version` line that is not first.
    case versionUnsupported = "rules.version-unsupported"
    /// A function called with the wrong number of arguments.
    case wrongArguments = "rules.wrong-arguments"
}

/// The deepest an expression may nest (parentheses, operators, calls) before the parser stops
/// with ``RuleDiagnosticID/nestingTooDeep``; checked before recursing, so no input can overflow
/// the stack.
public let ruleNestingLimit = 256

/// The longest text pattern accepted, in Unicode scalars.
public let rulePatternLimit = 500

/// The largest edit distance for a "menade du …?" suggestion.
let suggestionDistanceCap = 2
