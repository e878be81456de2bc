import GranskaCore

/// The kvalitetsdeklaration of one enkät: built from a ``DeclarationInput`` and a
/// ``TemplateSet``, rendered by a ``DeclarationRenderer`` (Markdown, HTML, JSON).
///
/// ```swift
/// let document = try Kvalitetsdeklaration.build(input)
/// let html = HTMLRenderer().render(document)
/// let name = Kvalitetsdeklaration.fileName(enkat: input.enkat.id, format: .html)
/// ```
public enum Kvalitetsdeklaration {
    /// Builds the declaration: computes every figure, fills the templates, lays out the charts.
    ///
    /// - Throws: ``DeclarationError``: the templates have errors (each with file, line and
    ///   column), the input contradicts itself, or a template's output grew past its limit.
    /// - Complexity: O(size of the input + size of the output).
    public static func build(_ input: DeclarationInput, templates: TemplateSet = .standard) throws(DeclarationError)
        -> DeclarationDocument
    {
        let templateList: [Template]
        switch templates.compiled {
        case .failure(let e): throw DeclarationError(e.errors)
        case .success(let list): templateList = list
        }
        let figures: DeclarationValue
        do {
            figures = try DeclarationFigures.make(input)
        } catch {
            throw DeclarationError([error])
        }
        let charts = DeclarationCharts.make(input, figures: figures)
        var blocks: [DeclarationBlock] = []
        for template in templateList {
            let pieces: [ExpandedPiece]
            do {
                pieces = try TemplateExpander.expand(template, figures: figures)
            } catch {
                throw DeclarationError([error])
            }
            blocks += BlockBuilder.blocks(from: pieces, charts: charts)
        }
        var title = "Kvalitetsdeklaration \(input.enkat.id)"
        for case .heading(_, let inline) in blocks {
            title = inline.plainText
            break
        }
        return DeclarationDocument(
            enkat: input.enkat.id, title: title, blocks: blocks, figures: figures,
            missing: MetadataKey.allCases.filter { $0.isRequired && input.metadata[$0] == nil }, generatedAt: input.generatedAt)
    }

    /// The file name of an enkät's declaration in a format: `kvalitetsdeklaration-K-KUN.md`.
    ///
    /// Characters that do not belong in a file name (path separators, control characters,
    /// `:*?"<>|`) become `_`, so a hostile enkät id cannot leave the output folder.
    public static func fileName(enkat: String, format: DeclarationFormat) -> String {
        var safe = ""
        for scalar in enkat.unicodeScalars {
            switch scalar {
            case "/", "\\", ":", "*", "?", "\"", "<", ">", "|": safe += "_"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: safe += "_"
            default: safe.unicodeScalars.append(scalar)
            }
        }
        if safe.isEmpty || safe.allSatisfy({ $0 == "." }) { safe = "_" + safe }
        return "kvalitetsdeklaration-\(safe).\(format.fileExtension)"
    }
}

/// Why a declaration could not be built: one or more input errors, each with a stable id and,
/// for templates, file, line and column. The CLI maps it to exit code 2.
public struct DeclarationError: Error, Sendable, Hashable, CustomStringConvertible {
    public var errors: [InputError]

    public init(_ errors: [InputError]) { self.errors = errors }

    /// One error per line.
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
