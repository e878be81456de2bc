import GranskaCore

/// One piece of an expanded template: literal template text (which may hold markup and line
/// breaks), a figure's value (plain text, never markup), or a chart's place.
enum ExpandedPiece: Hashable {
    case literal(String)
    case value(DeclarationValue)
    case chart(String)
}

/// Fills a checked template with a figure tree.
enum TemplateExpander {
    /// The most pieces one template may expand to (a loop inside a loop over long lists could
    /// otherwise grow without bound).
    static let maxPieces = 1_000_000

    /// The pieces of `template` filled from `figures`.
    ///
    /// - Throws: ``InputError`` `mall.for-stort-resultat` at the `#varje` that grew past
    ///   ``maxPieces``.
    /// - Complexity: O(size of the output).
    static func expand(_ template: Template, figures: DeclarationValue) throws(InputError) -> [ExpandedPiece] {
        var out: [ExpandedPiece] = []
        try expand(template.nodes, scopes: [figures], into: &out, budgetAt: nil)
        return out
    }

    private static func expand(
        _ nodes: [TemplateNode], scopes: [DeclarationValue], into out: inout [ExpandedPiece], budgetAt: SourceLocation?
    ) throws(InputError) {
        for node in nodes {
            if out.count >= maxPieces {
                throw InputError(
                    id: "mall.for-stort-resultat",
                    location: budgetAt ?? SourceLocation(file: "mall", line: 1),
                    message: "Mallen ger mer än \(maxPieces) delar text; en {{#varje …}} i en annan växer för mycket.")
            }
            switch node {
            case .text(let t): out.append(.literal(t))
            case .value(let path, _): out.append(.value(resolve(path, scopes: scopes) ?? .absent))
            case .chart(let name, _): out.append(.chart(name))
            case .when(let path, _, let then, let otherwise):
                let shown = resolve(path, scopes: scopes)?.isTruthy ?? false
                try expand(shown ? then : otherwise, scopes: scopes, into: &out, budgetAt: budgetAt)
            case .each(let path, let at, let body):
                guard case .list(let items)? = resolve(path, scopes: scopes) else { continue }
                for item in items {
                    try expand(body, scopes: scopes + [item], into: &out, budgetAt: budgetAt ?? at)
                }
            }
        }
    }

    /// The value `path` names: the first part looked up from the innermost scope outwards.
    static func resolve(_ path: [String], scopes: [DeclarationValue]) -> DeclarationValue? {
        guard let first = path.first, var current = scopes.reversed().lazy.compactMap({ $0[first] }).first else {
            return nil
        }
        for part in path.dropFirst() {
            guard let next = current[part] else { return nil }
            current = next
        }
        return current
    }
}
