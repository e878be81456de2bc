import GranskaCore

/// Reads the template syntax.
///
/// - `{{namn}}` or `{{grupp.namn}}` prints a figure (see the figure names in `Reports/README.md`).
/// - `{{#om namn}}…{{/om}}` keeps its text only when the value exists (not missing, not zero, not
///   an empty list or text, not `false`); `{{#om namn}}…{{#annars}}…{{/om}}` gives the alternative.
/// - `{{#varje lista}}…{{/varje}}` repeats its text for each item of a list; inside, the item's
///   members are named directly (`{{namn}}`), and names outside stay visible.
/// - `{{diagram namn}}`, alone on its line, places a chart.
/// - `{{! kommentar }}` is left out of the output.
///
/// A tag is written on one line. A line holding nothing but a block tag (`#om`, `#annars`,
/// `#varje`, `/om`, `/varje`), a comment or a chart (and white space) leaves no line behind, so
/// block tags can stand on lines of their own without adding blank lines.
///
/// Errors name file, 1-based line and 1-based column in characters; parsing goes on after an
/// error where it can, so one run reports them all. Limits: ``maxBytes`` per template, nesting
/// ``maxDepth`` deep, tags of at most ``maxTagLength`` characters.
public enum TemplateParser {
    /// The largest template, in bytes of UTF-8 (256 KiB).
    public static let maxBytes = 256 * 1024
    /// The deepest nesting of `#om` and `#varje` sections.
    public static let maxDepth = 16
    /// The longest tag between `{{` and `}}`, in characters.
    public static let maxTagLength = 256

    /// Parses `text` (the template named `name`, read from `file`).
    ///
    /// - Returns: the template, or every error found.
    /// - Complexity: O(n) in the length of the text.
    public static func parse(_ text: String, name: String, file: String) -> Result<Template, TemplateErrors> {
        guard text.utf8.count <= maxBytes else {
            return .failure(
                TemplateErrors([
                    InputError(
                        id: "mall.for-stor", file: file,
                        message: "Mallen är större än \(maxBytes / 1024) KiB.")
                ]))
        }
        var lexer = TemplateLexer(chars: Array(text), file: file)
        lexer.run()
        var tokens = lexer.tokens
        var errors = lexer.errors
        TemplateLexer.applyStandaloneLines(&tokens, errors: &errors)
        var builder = TreeBuilder(file: file)
        builder.build(tokens)
        errors += builder.errors
        guard errors.isEmpty else { return .failure(TemplateErrors(errors.sorted(by: TemplateErrors.order))) }
        return .success(Template(name: name, file: file, nodes: builder.root))
    }
}

/// The errors of one or more templates, in file and position order.
public struct TemplateErrors: Error, Sendable, Hashable, CustomStringConvertible {
    public var errors: [InputError]

    public init(_ errors: [InputError]) { self.errors = errors }

    /// One error per line, `file:line:column: error: message [id]`.
    public var description: String { errors.map(\.description).joined(separator: "\n") }

    static func order(_ a: InputError, _ b: InputError) -> Bool {
        let ka = (a.file ?? "", a.location?.line ?? 0, a.location?.column ?? 0, a.id)
        let kb = (b.file ?? "", b.location?.line ?? 0, b.location?.column ?? 0, b.id)
        return ka < kb
    }
}

/// What a tag says.
enum TagKind: Hashable {
    case value([String])
    case chart(String)
    case open(BlockKind, [String])
    case otherwise
    case close(BlockKind)
    case comment

    /// Whether a line holding only this tag disappears from the output.
    var vanishesWhenAlone: Bool {
        if case .value = self { return false }
        return true
    }
}

/// The two kinds of section.
enum BlockKind: String, Hashable {
    case when = "om"
    case each = "varje"
}

/// A token of the template: literal text or a tag with the position of its `{{` and of its name.
enum TemplateToken: Hashable {
    case text(String)
    case tag(TagKind, at: SourceLocation, nameAt: SourceLocation)
}

/// Splits a template into text and tags.
struct TemplateLexer {
    let chars: [Character]
    let file: String
    var tokens: [TemplateToken] = []
    var errors: [InputError] = []

    init(chars: [Character], file: String) {
        self.chars = chars
        self.file = file
    }

    mutating func error(_ id: String, _ line: Int, _ column: Int, _ message: String) {
        errors.append(InputError(id: id, location: SourceLocation(file: file, line: line, column: column), message: message))
    }

    mutating func run() {
        var i = 0
        var line = 1
        var column = 1
        var text = ""
        while i < chars.count {
            let c = chars[i]
            if c == "{", i + 1 < chars.count, chars[i + 1] == "{" {
                // Find the closing braces on the same line.
                var j = i + 2
                var closed = false
                while j < chars.count, !chars[j].isNewline, j - i <= TemplateParser.maxTagLength + 2 {
                    if chars[j] == "}", j + 1 < chars.count, chars[j + 1] == "}" {
                        closed = true
                        break
                    }
                    j += 1
                }
                guard closed else {
                    let tooLong = j - i > TemplateParser.maxTagLength + 2
                    error(
                        tooLong ? "mall.for-lang-tagg" : "mall.oavslutad-platshallare", line, column,
                        tooLong
                            ? "Platshållaren är längre än \(TemplateParser.maxTagLength) tecken eller saknar '}}'."
                            : "'{{' utan '}}' på samma rad. En platshållare skrivs på en rad: {{namn}}.")
                    // Treat the braces as text and go on after them.
                    text += "{{"
                    i += 2
                    column += 2
                    continue
                }
                if !text.isEmpty {
                    tokens.append(.text(text))
                    text = ""
                }
                let inner = Array(chars[(i + 2)..<j])
                if let kind = readTag(inner, line: line, column: column) {
                    let lead = inner.prefix { $0 == " " || $0 == "\t" }.count
                    let nameOffset = TemplateLexer.nameOffset(inner, lead: lead)
                    tokens.append(
                        .tag(
                            kind, at: SourceLocation(file: file, line: line, column: column),
                            nameAt: SourceLocation(file: file, line: line, column: column + 2 + nameOffset)))
                }
                column += j + 2 - i
                i = j + 2
                continue
            }
            text.append(c)
            if c.isNewline {
                line += 1
                column = 1
            } else {
                column += 1
            }
            i += 1
        }
        if !text.isEmpty { tokens.append(.text(text)) }
    }

    /// Where the name starts inside the tag: after `#om `, `diagram ` and the like.
    static func nameOffset(_ inner: [Character], lead: Int) -> Int {
        var k = lead
        guard k < inner.count else { return lead }
        if inner[k] == "#" || inner[k] == "/" {
            k += 1
            while k < inner.count, !inner[k].isWhitespace { k += 1 }
            while k < inner.count, inner[k].isWhitespace { k += 1 }
            return k
        }
        let word = String(inner[k...].prefix { !$0.isWhitespace })
        if word == "diagram" {
            k += word.count
            while k < inner.count, inner[k].isWhitespace { k += 1 }
        }
        return k
    }

    /// The meaning of a tag's inside, or `nil` (with an error) when it has none.
    mutating func readTag(_ inner: [Character], line: Int, column: Int) -> TagKind? {
        let content = String(inner).trimmingSpaces()
        let lead = inner.prefix { $0 == " " || $0 == "\t" }.count
        let nameColumn = column + 2 + TemplateLexer.nameOffset(inner, lead: lead)
        if content.isEmpty {
            error("mall.tom-platshallare", line, column, "Tom platshållare '{{}}': skriv ett namn, t.ex. {{enkat.id}}.")
            return nil
        }
        if content.hasPrefix("!") { return .comment }
        if content.hasPrefix("#") || content.hasPrefix("/") {
            let opening = content.hasPrefix("#")
            let body = content.dropFirst()
            let keyword = String(body.prefix { !$0.isWhitespace })
            let argument = String(body.dropFirst(keyword.count)).trimmingSpaces()
            let sign = opening ? "#" : "/"
            switch (opening, keyword) {
            case (true, "annars"):
                guard argument.isEmpty else {
                    error("mall.annars-med-namn", line, nameColumn, "{{#annars}} tar inget namn.")
                    return nil
                }
                return .otherwise
            case (true, "om"), (true, "varje"):
                let kind: BlockKind = keyword == "om" ? .when : .each
                guard !argument.isEmpty else {
                    error(
                        "mall.saknar-namn", line, column,
                        "{{#\(keyword)}} saknar namn: skriv t.ex. {{#\(keyword) \(kind == .when ? "tidigare.finns" : "lan")}}.")
                    return nil
                }
                guard let path = readPath(argument, line: line, column: nameColumn) else { return nil }
                return .open(kind, path)
            case (false, "om"), (false, "varje"):
                guard argument.isEmpty else {
                    error("mall.avslut-med-namn", line, nameColumn, "{{/\(keyword)}} tar inget namn.")
                    return nil
                }
                return .close(keyword == "om" ? .when : .each)
            default:
                let known = opening ? ["om", "varje", "annars"] : ["om", "varje"]
                var message = "Okänt block '\(sign)\(keyword)'."
                if let near = NearestName.suggestion(for: keyword, among: known) { message += " Menade du '\(sign)\(near)'?" }
                message += " Kända: " + known.map { "{{\(sign)\($0)}}" }.joined(separator: ", ") + "."
                error("mall.okant-block", line, column, message)
                return nil
            }
        }
        let word = String(content.prefix { !$0.isWhitespace })
        if word == "diagram" {
            let name = String(content.dropFirst(word.count)).trimmingSpaces()
            guard !name.isEmpty else {
                error("mall.saknar-namn", line, column, "{{diagram}} saknar namn, t.ex. {{diagram svar_per_lan}}.")
                return nil
            }
            guard name.allSatisfy(\.isTemplateNameCharacter) else {
                error("mall.ogiltigt-namn", line, nameColumn, "Ogiltigt diagramnamn '\(name)'.")
                return nil
            }
            return .chart(name)
        }
        return readPath(content, line: line, column: nameColumn).map { .value($0) }
    }

    /// `a.b.c` as its parts, or `nil` (with an error pointing at the bad character).
    mutating func readPath(_ text: String, line: Int, column: Int) -> [String]? {
        for (offset, ch) in text.enumerated() where !(ch.isTemplateNameCharacter || ch == ".") {
            let shown = ch.isWhitespace ? "ett blanksteg" : "'\(ch)'"
            error(
                "mall.ogiltigt-namn", line, column + offset,
                "Ogiltigt tecken \(shown) i namnet '\(text)'. Namn skrivs med a–z, 0–9 och _, grupper med punkt: {{svar.sena}}.")
            return nil
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard !parts.contains(where: \.isEmpty) else {
            error("mall.ogiltigt-namn", line, column, "Namnet '\(text)' har en tom del mellan punkterna.")
            return nil
        }
        return parts
    }

    /// Removes the line of every tag that stands alone on it (see ``TemplateParser``), and
    /// reports a chart that does not.
    ///
    /// A tag stands alone when it is the only tag on its line and the text around it on that
    /// line is only blanks. The decision is made on the original tokens, then applied.
    static func applyStandaloneLines(_ tokens: inout [TemplateToken], errors: inout [InputError]) {
        var tagsPerLine: [Int: Int] = [:]
        for token in tokens {
            if case .tag(_, let at, _) = token { tagsPerLine[at.line, default: 0] += 1 }
        }
        // For each text token: how many characters to drop at its start and at its end.
        var dropHead: [Int: Int] = [:]
        var dropTail: [Int: Int] = [:]
        for k in tokens.indices {
            guard case .tag(let kind, let at, _) = tokens[k], kind.vanishesWhenAlone else { continue }
            var tail = 0
            var beforeOK = tagsPerLine[at.line] == 1
            if beforeOK, k > 0, case .text(let t) = tokens[k - 1] {
                let chars = Array(t)
                let lineStart = (chars.lastIndex(where: \.isNewline) ?? -1) + 1
                if lineStart == 0 && k - 1 != 0 { beforeOK = false }  // cannot happen with one tag per line
                beforeOK = beforeOK && chars[lineStart...].allSatisfy { $0 == " " || $0 == "\t" }
                tail = chars.count - lineStart
            }
            var head = 0
            var afterOK = beforeOK
            if afterOK, k + 1 < tokens.count, case .text(let t) = tokens[k + 1] {
                let chars = Array(t)
                if let nl = chars.firstIndex(where: \.isNewline) {
                    afterOK = chars[..<nl].allSatisfy { $0 == " " || $0 == "\t" }
                    head = nl + 1
                } else {
                    afterOK = k + 1 == tokens.count - 1 && chars.allSatisfy { $0 == " " || $0 == "\t" }
                    head = chars.count
                }
            }
            guard beforeOK && afterOK else {
                if case .chart = kind {
                    errors.append(
                        InputError(id: "mall.diagram-egen-rad", location: at, message: "{{diagram …}} ska stå ensamt på sin rad."))
                }
                continue
            }
            if k > 0 { dropTail[k - 1] = tail }
            if k + 1 < tokens.count { dropHead[k + 1] = head }
        }
        for k in tokens.indices {
            guard case .text(let t) = tokens[k], dropHead[k] != nil || dropTail[k] != nil else { continue }
            let chars = Array(t)
            let from = min(chars.count, dropHead[k] ?? 0)
            let to = max(from, chars.count - (dropTail[k] ?? 0))
            tokens[k] = .text(String(chars[from..<to]))
        }
    }
}

extension Character {
    /// a–z, A–Z, 0–9 and `_`: the characters of one part of a name.
    var isTemplateNameCharacter: Bool {
        guard let ascii = asciiValue else { return false }
        return (ascii >= 0x61 && ascii <= 0x7A) || (ascii >= 0x41 && ascii <= 0x5A) || (ascii >= 0x30 && ascii <= 0x39)
            || ascii == 0x5F
    }
}

/// Builds the tree from the tokens, checking that sections open and close in order.
struct TreeBuilder {
    let file: String
    var root: [TemplateNode] = []
    var errors: [InputError] = []

    private struct Frame {
        var kind: BlockKind
        var path: [String]
        var at: SourceLocation
        var nameAt: SourceLocation
        var then: [TemplateNode] = []
        var otherwise: [TemplateNode] = []
        var inOtherwise = false
    }
    private var stack: [Frame] = []

    init(file: String) { self.file = file }

    private mutating func append(_ node: TemplateNode) {
        guard !stack.isEmpty else {
            root.append(node)
            return
        }
        if stack[stack.count - 1].inOtherwise {
            stack[stack.count - 1].otherwise.append(node)
        } else {
            stack[stack.count - 1].then.append(node)
        }
    }

    mutating func build(_ tokens: [TemplateToken]) {
        for token in tokens {
            switch token {
            case .text(let t):
                if !t.isEmpty { append(.text(t)) }
            case .tag(let kind, let at, let nameAt):
                switch kind {
                case .comment: break
                case .value(let path): append(.value(path: path, at: nameAt))
                case .chart(let name): append(.chart(name: name, at: nameAt))
                case .open(let block, let path):
                    guard stack.count < TemplateParser.maxDepth else {
                        errors.append(
                            InputError(
                                id: "mall.for-djup", location: at,
                                message: "Sektionerna är nästlade djupare än \(TemplateParser.maxDepth) nivåer."))
                        return  // stop: the rest cannot be trusted, and depth is what the limit protects
                    }
                    stack.append(Frame(kind: block, path: path, at: at, nameAt: nameAt))
                case .otherwise:
                    guard let top = stack.last, top.kind == .when else {
                        errors.append(
                            InputError(
                                id: "mall.annars-utanfor", location: at,
                                message: "{{#annars}} står utanför ett {{#om …}}-block."))
                        continue
                    }
                    guard !top.inOtherwise else {
                        errors.append(
                            InputError(
                                id: "mall.dubbel-annars", location: at,
                                message: "Andra {{#annars}} i samma {{#om …}} (öppnat på rad \(top.at.line))."))
                        continue
                    }
                    stack[stack.count - 1].inOtherwise = true
                case .close(let block):
                    guard let top = stack.last else {
                        errors.append(
                            InputError(
                                id: "mall.fel-avslut", location: at,
                                message: "{{/\(block.rawValue)}} avslutar inget: det finns inget öppet {{#\(block.rawValue) …}}."))
                        continue
                    }
                    guard top.kind == block else {
                        errors.append(
                            InputError(
                                id: "mall.fel-avslut", location: at,
                                message:
                                    "{{/\(block.rawValue)}} kan inte avsluta {{#\(top.kind.rawValue) \(top.path.joined(separator: "."))}} från rad \(top.at.line); skriv {{/\(top.kind.rawValue)}}."
                            ))
                        continue
                    }
                    stack.removeLast()
                    switch top.kind {
                    case .when:
                        append(.when(path: top.path, at: top.nameAt, then: top.then, otherwise: top.otherwise))
                    case .each:
                        append(.each(path: top.path, at: top.nameAt, body: top.then))
                    }
                }
            }
        }
        for frame in stack.reversed() {
            errors.append(
                InputError(
                    id: "mall.oavslutat-block", location: frame.at,
                    message:
                        "{{#\(frame.kind.rawValue) \(frame.path.joined(separator: "."))}} avslutas aldrig: lägg till {{/\(frame.kind.rawValue)}}."
                ))
        }
    }
}
