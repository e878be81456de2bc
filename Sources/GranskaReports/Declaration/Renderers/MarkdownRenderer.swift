/// The declaration as CommonMark with GitHub tables. Every text from the data goes through
/// ``MarkdownEscaping``; charts appear as their title and text alternative.
public struct MarkdownRenderer: DeclarationRenderer {
    public init() {}

    public var format: DeclarationFormat { .markdown }

    public func render(_ document: DeclarationDocument) -> String {
        var parts: [String] = []
        for block in document.blocks {
            switch block {
            case .heading(let level, let inline):
                parts.append(String(repeating: "#", count: level) + " " + Self.inline(inline))
            case .paragraph(let inline):
                parts.append(Self.inline(inline))
            case .list(let items):
                parts.append(items.map { "- " + Self.inline($0) }.joined(separator: "\n"))
            case .table(let header, let alignments, let rows):
                var lines = [Self.row(header)]
                lines.append(
                    "|"
                        + alignments.map { a in
                            switch a {
                            case .left: " --- "
                            case .right: " ---: "
                            case .center: " :---: "
                            }
                        }.joined(separator: "|") + "|")
                for row in rows { lines.append(Self.row(row)) }
                parts.append(lines.joined(separator: "\n"))
            case .chart(let chart):
                parts.append(
                    "*Diagram: " + MarkdownEscaping.escape(chart.title) + ".* " + MarkdownEscaping.escape(chart.description))
            }
        }
        return parts.joined(separator: "\n\n") + "\n"
    }

    static func row(_ cells: [[Inline]]) -> String {
        "| " + cells.map { inline($0) }.joined(separator: " | ") + " |"
    }

    static func inline(_ content: [Inline]) -> String {
        var out = ""
        for item in content {
            switch item {
            case .text(let s): out += MarkdownEscaping.escape(s)
            case .code(let s): out += MarkdownEscaping.codeSpan(s)
            case .strong(let inner): out += "**" + inline(inner) + "**"
            case .missing(let key):
                out += "**Uppgift saknas: " + MarkdownEscaping.escape(key.etikett) + ".** Lägg till "
                    + MarkdownEscaping.codeSpan(key.rawValue + ":") + " i "
                    + MarkdownEscaping.escape(DeclarationMetadata.fileName) + "."
            }
        }
        return out
    }
}
