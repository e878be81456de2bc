import GranskaCore

/// The declaration as JSON: every figure of the tree (see ``DeclarationFigures``) under the same
/// names the templates use, plus `format` and `version`. Keys are sorted and integers exact, so
/// the same input gives the same bytes.
///
/// Shares are `{"kvot": "258/272", "decimal": "0.9485", "procent": 95}`, factors
/// `{"kvot": "…", "decimal": "1.0129"}`, money whole kronor, dates `YYYY-MM-DD`, and a figure
/// that is missing or does not apply is `null`.
public struct JSONRenderer: DeclarationRenderer {
    /// The value of the `format` key.
    public static let formatName = "granska.kvalitetsdeklaration"
    /// The value of the `version` key; raised when a key changes meaning or disappears.
    public static let version: Int64 = 1

    public init() {}

    public var format: DeclarationFormat { .json }

    public func render(_ document: DeclarationDocument) -> String {
        var members: [String: JSONValue] = [:]
        if case .object(let figures) = document.figures.json { members = figures }
        members["format"] = .string(JSONRenderer.formatName)
        members["version"] = .int(JSONRenderer.version)
        return JSONValue.object(members).serialized(pretty: true) + "\n"
    }
}
