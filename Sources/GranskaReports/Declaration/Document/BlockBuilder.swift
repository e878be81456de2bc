import GranskaCore

/// Turns an expanded template into blocks, reading the small Markdown subset the templates are
/// written in. Markup is only ever taken from the template's own text: a value from the data is
/// always plain text, even when it holds `#`, `|`, `*` or a backtick.
///
/// Per line (after the template is filled in):
/// - `# `, `## `, `### `, `#### ` start a heading;
/// - `- ` starts a list item; consecutive items form one list;
/// - `|` starts a table row; the first row of a table is its header, and a row of only `-`, `:`
///   and `|` under it sets the alignment (`--:` right, `:-:` centre);
/// - a chart stands alone;
/// - a blank line ends a paragraph; other lines join into one paragraph.
///
/// Inline, in template text: `` `kod` `` and `**fet**` (which may enclose values).
enum BlockBuilder {
    /// - Complexity: O(n) in the number of pieces.
    static func blocks(from pieces: [ExpandedPiece], charts: [String: DeclarationChart]) -> [DeclarationBlock] {
        var builder = State(charts: charts)
        for line in lines(pieces) { builder.add(line) }
        builder.flush()
        return builder.blocks
    }

    /// One line of pieces, or a chart.
    enum Line {
        case pieces([ExpandedPiece])
        case chart(String)
    }

    /// Splits the pieces into lines at the line breaks of literal text.
    static func lines(_ pieces: [ExpandedPiece]) -> [Line] {
        var out: [Line] = []
        var current: [ExpandedPiece] = []
        for piece in pieces {
            switch piece {
            case .chart(let name):
                if !current.isEmpty { out.append(.pieces(current)) }
                current = []
                out.append(.chart(name))
            case .value:
                current.append(piece)
            case .literal(let text):
                var rest = Substring(text)
                while let nl = rest.firstIndex(where: \.isNewline) {
                    if nl > rest.startIndex { current.append(.literal(String(rest[..<nl]))) }
                    out.append(.pieces(current))
                    current = []
                    rest = rest[rest.index(after: nl)...]
                }
                if !rest.isEmpty { current.append(.literal(String(rest))) }
            }
        }
        if !current.isEmpty { out.append(.pieces(current)) }
        return out
    }

    private struct State {
        let charts: [String: DeclarationChart]
        var blocks: [DeclarationBlock] = []
        var paragraph: [[ExpandedPiece]] = []
        var listItems: [[Inline]] = []
        var tableRows: [[[ExpandedPiece]]] = []

        init(charts: [String: DeclarationChart]) { self.charts = charts }

        mutating func add(_ line: Line) {
            switch line {
            case .chart(let name):
                flush()
                if let chart = charts[name] { blocks.append(.chart(chart)) }
            case .pieces(let raw):
                let pieces = trimLeading(raw)
                if isBlank(pieces) {
                    flush()
                } else if let (level, rest) = headingStart(pieces) {
                    flush()
                    blocks.append(.heading(level: level, InlineParser.parse(trimTrailing(rest))))
                } else if let rest = strip(prefix: "- ", from: pieces) {
                    flushParagraph()
                    flushTable()
                    listItems.append(InlineParser.parse(trimTrailing(rest)))
                } else if case .literal(let t)? = pieces.first, t.hasPrefix("|") {
                    flushParagraph()
                    flushList()
                    tableRows.append(cells(trimTrailing(pieces)))
                } else {
                    flushList()
                    flushTable()
                    paragraph.append(trimTrailing(pieces))
                }
            }
        }

        mutating func flush() {
            flushParagraph()
            flushList()
            flushTable()
        }

        mutating func flushParagraph() {
            guard !paragraph.isEmpty else { return }
            var joined: [ExpandedPiece] = []
            for (i, line) in paragraph.enumerated() {
                if i > 0 { joined.append(.literal(" ")) }
                joined += line
            }
            paragraph = []
            blocks.append(.paragraph(InlineParser.parse(joined)))
        }

        mutating func flushList() {
            guard !listItems.isEmpty else { return }
            blocks.append(.list(listItems))
            listItems = []
        }

        mutating func flushTable() {
            guard !tableRows.isEmpty else { return }
            var rows = tableRows
            tableRows = []
            let header = rows.removeFirst()
            var alignments = [ColumnAlignment](repeating: .left, count: header.count)
            if let first = rows.first, let parsed = separatorAlignments(first) {
                rows.removeFirst()
                for (i, a) in parsed.enumerated() where i < alignments.count { alignments[i] = a }
            }
            let width = header.count
            func normalise(_ row: [[ExpandedPiece]]) -> [[Inline]] {
                var cells = row.prefix(width).map { InlineParser.parse($0) }
                while cells.count < width { cells.append([]) }
                return cells
            }
            blocks.append(.table(header: normalise(header), alignments: alignments, rows: rows.map(normalise)))
        }

        /// The alignments a separator row (`|---|--:|`) sets, or `nil` when the row is not one.
        func separatorAlignments(_ row: [[ExpandedPiece]]) -> [ColumnAlignment]? {
            var out: [ColumnAlignment] = []
            for cell in row {
                guard cell.count <= 1 else { return nil }
                var text = ""
                if case .literal(let t)? = cell.first { text = t.trimmingSpaces() } else if !cell.isEmpty { return nil }
                guard !text.isEmpty, text.allSatisfy({ $0 == "-" || $0 == ":" }), text.contains("-") else { return nil }
                let left = text.hasPrefix(":")
                let right = text.hasSuffix(":")
                out.append(left && right ? .center : right ? .right : .left)
            }
            return out
        }

        /// The cells of a table row: literal text split at `|` (a `|` in a value does not split).
        func cells(_ pieces: [ExpandedPiece]) -> [[ExpandedPiece]] {
            var cells: [[ExpandedPiece]] = []
            var current: [ExpandedPiece] = []
            for piece in pieces {
                guard case .literal(let t) = piece else {
                    current.append(piece)
                    continue
                }
                var part = ""
                for ch in t {
                    if ch == "|" {
                        if !part.isEmpty { current.append(.literal(part)) }
                        cells.append(current)
                        current = []
                        part = ""
                    } else {
                        part.append(ch)
                    }
                }
                if !part.isEmpty { current.append(.literal(part)) }
            }
            cells.append(current)
            // The text before the first `|` is empty (the row starts with one); drop it, and the
            // empty cell after a closing `|`.
            if let first = cells.first, isBlank(first) { cells.removeFirst() }
            if let last = cells.last, isBlank(last), !cells.isEmpty { cells.removeLast() }
            return cells.map { trimTrailing(trimLeading($0)) }
        }
    }

    static func isBlank(_ pieces: [ExpandedPiece]) -> Bool {
        pieces.allSatisfy { piece in
            if case .literal(let t) = piece { return t.isBlank }
            return false
        }
    }

    static func trimLeading(_ pieces: [ExpandedPiece]) -> [ExpandedPiece] {
        var out = pieces
        while case .literal(let t)? = out.first {
            let trimmed = t.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty {
                out.removeFirst()
            } else {
                out[0] = .literal(String(trimmed))
                break
            }
        }
        return out
    }

    static func trimTrailing(_ pieces: [ExpandedPiece]) -> [ExpandedPiece] {
        var out = pieces
        while case .literal(let t)? = out.last {
            var s = Substring(t)
            while let c = s.last, c == " " || c == "\t" { s = s.dropLast() }
            if s.isEmpty {
                out.removeLast()
            } else {
                out[out.count - 1] = .literal(String(s))
                break
            }
        }
        return out
    }

    /// `# `…`#### ` at the start of a line: the level and the rest of the line.
    static func headingStart(_ pieces: [ExpandedPiece]) -> (Int, [ExpandedPiece])? {
        guard case .literal(let t)? = pieces.first else { return nil }
        let hashes = t.prefix { $0 == "#" }.count
        guard (1...4).contains(hashes) else { return nil }
        let after = t.dropFirst(hashes)
        guard after.first == " " else { return nil }
        var rest = pieces
        rest[0] = .literal(String(after.dropFirst()))
        return (hashes, trimLeading(rest))
    }

    /// The line without `prefix` when its literal start has it.
    static func strip(prefix: String, from pieces: [ExpandedPiece]) -> [ExpandedPiece]? {
        guard case .literal(let t)? = pieces.first, t.hasPrefix(prefix) else { return nil }
        var rest = pieces
        rest[0] = .literal(String(t.dropFirst(prefix.count)))
        return trimLeading(rest)
    }
}

/// Reads `` `kod` `` and `**fet**` in literal template text, and turns values into text.
enum InlineParser {
    static func parse(_ pieces: [ExpandedPiece]) -> [Inline] {
        var stack: [[Inline]] = [[]]  // [outer] or [outer, inside **…**]
        func emit(_ inline: Inline) {
            if case .text(let s) = inline, case .text(let previous)? = stack[stack.count - 1].last {
                stack[stack.count - 1][stack[stack.count - 1].count - 1] = .text(previous + s)
            } else {
                stack[stack.count - 1].append(inline)
            }
        }
        for piece in pieces {
            switch piece {
            case .chart: break
            case .value(let v):
                if case .missing(let key) = v {
                    emit(.missing(key))
                } else if let text = v.displayText {
                    emit(.text(text))
                }
            case .literal(let t):
                let chars = Array(t)
                var i = 0
                var plain = ""
                while i < chars.count {
                    if chars[i] == "`", let close = chars[(i + 1)...].firstIndex(of: "`"), close > i + 1 {
                        if !plain.isEmpty { emit(.text(plain)) }
                        plain = ""
                        emit(.code(String(chars[(i + 1)..<close])))
                        i = close + 1
                    } else if chars[i] == "*", i + 1 < chars.count, chars[i + 1] == "*" {
                        if !plain.isEmpty { emit(.text(plain)) }
                        plain = ""
                        if stack.count == 2 {
                            let inner = stack.removeLast()
                            stack[0].append(.strong(inner))
                        } else {
                            stack.append([])
                        }
                        i += 2
                    } else {
                        plain.append(chars[i])
                        i += 1
                    }
                }
                if !plain.isEmpty { emit(.text(plain)) }
            }
        }
        if stack.count == 2 {
            // An unclosed `**`: keep it as text.
            let inner = stack.removeLast()
            stack[0].append(.text("**"))
            for inline in inner { stack[0].append(inline) }
        }
        return stack[0]
    }
}
