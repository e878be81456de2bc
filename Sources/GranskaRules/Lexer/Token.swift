import GranskaCore

/// The reserved words of the rule language, by their folded spelling (see ``NameFolding``):
/// `gäller` and `galler` are one keyword. English spellings are accepted for the logic words.
enum Keyword: String, Sendable, CaseIterable {
    case version
    case regel
    case feltyp, allvarlighet, galler, om, nar, atgard, meddelande, beskrivning
    case och, eller, inte, i, matchar, over
    case sant, falskt

    /// The keyword a folded identifier spells, if any.
    static func from(folded: String) -> Keyword? {
        switch folded {
        case "and": .och
        case "or": .eller
        case "not": .inte
        case "in": .i
        case "true": .sant
        case "false": .falskt
        default: Keyword(rawValue: folded)
        }
    }

    /// The spelling used in messages and by the pretty-printer.
    var display: String {
        switch self {
        case .galler: "gäller"
        case .nar: "när"
        case .atgard: "åtgärd"
        case .over: "över"
        default: rawValue
        }
    }

    /// The keywords that start a clause of a rule.
    var isClause: Bool {
        switch self {
        case .feltyp, .allvarlighet, .galler, .om, .nar, .atgard, .meddelande, .beskrivning: true
        default: false
        }
    }

    /// The clause keywords in the order the pretty-printer writes them.
    static let clauses: [Keyword] = [.feltyp, .allvarlighet, .galler, .om, .nar, .atgard, .meddelande, .beskrivning]
}

/// Punctuation and operators.
enum Punct: String, Sendable {
    case lparen = "(", rparen = ")", lbracket = "[", rbracket = "]", comma = ",", dot = "."
    case plus = "+", minus = "-", star = "*"
    case eq = "=", ne = "!=", lt = "<", le = "<=", gt = ">", ge = ">="
}

/// A piece of a string literal: decoded text, or (in a `meddelande`) the source bytes of a
/// `{placeholder}` expression, without the braces, to be parsed in place.
enum StringSegment: Sendable, Equatable {
    case text(String)
    case placeholder(ByteRange)
}

/// What a token is.
enum TokenKind: Sendable, Equatable {
    case identifier
    case keyword(Keyword)
    case integer(Int64)
    case date(Datum)
    /// A string literal; its decoded value is the token's `text`.
    case string
    case punct(Punct)
    case eof
}

/// One token: its kind, its bytes in the file, and its text (the identifier as written, or a
/// string's decoded value).
struct Token: Sendable {
    var kind: TokenKind
    var range: ByteRange
    var text: String
    /// For identifiers and keywords: the folded spelling used for comparison.
    var folded: String = ""
    /// For a `meddelande` string: its text and placeholder pieces.
    var segments: [StringSegment] = []

    func isKeyword(_ k: Keyword) -> Bool { kind == .keyword(k) }
    func isPunct(_ p: Punct) -> Bool { kind == .punct(p) }

    /// True for the tokens the parser resynchronises on: `regel`, a clause keyword, the end.
    var isSyncPoint: Bool {
        switch kind {
        case .eof: true
        case .keyword(let k): k == .regel || k.isClause
        default: false
        }
    }

    /// How the token reads in "förväntade … men fann …" messages.
    var quoted: String {
        switch kind {
        case .eof: "filens slut"
        case .string: "en text"
        default: "'\(text)'"
        }
    }
}
