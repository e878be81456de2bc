/// The output formats of a declaration.
public enum DeclarationFormat: String, Sendable, Hashable, CaseIterable {
    case markdown
    case html
    case json

    /// `md`, `html`, `json`.
    public var fileExtension: String {
        switch self {
        case .markdown: "md"
        case .html: "html"
        case .json: "json"
        }
    }

    /// The renderer for this format.
    public var renderer: any DeclarationRenderer {
        switch self {
        case .markdown: MarkdownRenderer()
        case .html: HTMLRenderer()
        case .json: JSONRenderer()
        }
    }
}

/// Writes a ``DeclarationDocument`` in one format. Renderers are pure: the same document gives
/// the same bytes, and nothing but the document (its `generatedAt` included) goes in.
public protocol DeclarationRenderer: Sendable {
    var format: DeclarationFormat { get }
    /// The whole file's text, ending with a newline.
    func render(_ document: DeclarationDocument) -> String
}
