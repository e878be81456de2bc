import GranskaCore

/// A parsed template: literal text with placeholders, conditional sections and lists.
///
/// See ``TemplateParser`` for the syntax. Every placeholder keeps the position of its name, so
/// the checker can point at it: 1-based line and 1-based column in characters.
public struct Template: Sendable, Hashable {
    /// The template's name without extension, e.g. `03-svar-och-bortfall`.
    public var name: String
    /// The file it was read from (for messages).
    public var file: String
    var nodes: [TemplateNode]
}

/// A node of a template's tree. Nesting is bounded by ``TemplateParser/maxDepth``.
indirect enum TemplateNode: Sendable, Hashable {
    /// Literal text, markup included, copied as is.
    case text(String)
    /// `{{a.b}}`: a figure's value.
    case value(path: [String], at: SourceLocation)
    /// `{{diagram namn}}` on a line of its own: a chart.
    case chart(name: String, at: SourceLocation)
    /// `{{#om a}}…{{#annars}}…{{/om}}`.
    case when(path: [String], at: SourceLocation, then: [TemplateNode], otherwise: [TemplateNode])
    /// `{{#varje a}}…{{/varje}}`.
    case each(path: [String], at: SourceLocation, body: [TemplateNode])
}
