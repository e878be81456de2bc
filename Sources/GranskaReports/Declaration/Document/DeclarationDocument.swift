import GranskaCore

/// One kvalitetsdeklaration, built and ready to render: its text as blocks, its charts, and the
/// figure tree every number in it comes from.
public struct DeclarationDocument: Sendable, Hashable {
    /// The enkät id, e.g. `K-KUN`.
    public var enkat: String
    /// The title: the text of the first heading.
    public var title: String
    public var blocks: [DeclarationBlock]
    /// Every figure (see ``DeclarationFigures``); the JSON renderer writes this tree.
    public var figures: DeclarationValue
    /// The required facts `deklaration.txt` did not give, in ``MetadataKey`` order.
    public var missing: [MetadataKey]
    /// The generation date to print, if any.
    public var generatedAt: String?
}

/// A block of the declaration's text.
public enum DeclarationBlock: Sendable, Hashable {
    /// A heading, level 1 (the title) to 4.
    case heading(level: Int, [Inline])
    case paragraph([Inline])
    /// A bulleted list; each item is one line of inline content.
    case list([[Inline]])
    /// A table with a header row; every row has as many cells as the header.
    case table(header: [[Inline]], alignments: [ColumnAlignment], rows: [[[Inline]]])
    case chart(DeclarationChart)
}

/// How a table column is aligned (numbers to the right).
public enum ColumnAlignment: String, Sendable, Hashable {
    case left
    case right
    case center
}

/// Inline content: text (from the template or the data, always escaped on output), code,
/// strong emphasis, and the notice for a missing fact.
public indirect enum Inline: Sendable, Hashable {
    case text(String)
    case code(String)
    case strong([Inline])
    /// "Uppgift saknas: … Lägg till `nyckel:` i deklaration.txt."
    case missing(MetadataKey)

    /// The plain text, without markup (the missing notice spelled out).
    public var plainText: String {
        switch self {
        case .text(let s), .code(let s): s
        case .strong(let inner): inner.map(\.plainText).joined()
        case .missing(let key): Inline.missingNotice(key)
        }
    }

    /// The sentence that stands where a fact from `deklaration.txt` is missing.
    public static func missingNotice(_ key: MetadataKey) -> String {
        "Uppgift saknas: \(key.etikett). Lägg till `\(key.rawValue):` i \(DeclarationMetadata.fileName)."
    }
}

extension Array where Element == Inline {
    /// The plain text of a run of inline content.
    public var plainText: String { map(\.plainText).joined() }
}
