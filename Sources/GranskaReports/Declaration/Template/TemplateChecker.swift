import GranskaCore

/// Checks a parsed template against the figure tree's shape and the known charts, before any
/// data is seen: every name must exist, `{{…}}` must name a printable value, `{{#varje …}}` a list.
public enum TemplateChecker {
    /// Every error of `template` against `shape` (the root record) and `charts` (the chart names).
    ///
    /// - Complexity: O(n · d) for n nodes nested d deep (d ≤ ``TemplateParser/maxDepth``).
    public static func check(_ template: Template, shape: ValueShape, charts: Set<String>) -> [InputError] {
        var errors: [InputError] = []
        walk(template.nodes, scopes: [shape], charts: charts, errors: &errors)
        return errors
    }

    private static func walk(_ nodes: [TemplateNode], scopes: [ValueShape], charts: Set<String>, errors: inout [InputError]) {
        for node in nodes {
            switch node {
            case .text: break
            case .value(let path, let at):
                switch resolve(path, at: at, scopes: scopes) {
                case .failure(let e): errors.append(e)
                case .success(.scalar): break
                case .success(.record(let members)):
                    let example = members.keys.sorted().first.map { "{{\(path.joined(separator: ".")).\($0)}}" } ?? ""
                    errors.append(
                        InputError(
                            id: "mall.ar-grupp", location: at,
                            message: "'\(path.joined(separator: "."))' är en grupp av värden, inte ett värde; skriv ett av dess namn, t.ex. \(example)."))
                case .success(.list):
                    errors.append(
                        InputError(
                            id: "mall.ar-lista", location: at,
                            message: "'\(path.joined(separator: "."))' är en lista; skriv den med {{#varje \(path.joined(separator: "."))}}…{{/varje}}."))
                }
            case .chart(let name, let at):
                if !charts.contains(name) {
                    var message = "Okänt diagram '\(name)'."
                    if let near = NearestName.suggestion(for: name, among: charts.sorted()) { message += " Menade du '\(near)'?" }
                    message += " Kända diagram: " + charts.sorted().joined(separator: ", ") + "."
                    errors.append(InputError(id: "mall.okant-diagram", location: at, message: message))
                }
            case .when(let path, let at, let then, let otherwise):
                if case .failure(let e) = resolve(path, at: at, scopes: scopes) { errors.append(e) }
                walk(then, scopes: scopes, charts: charts, errors: &errors)
                walk(otherwise, scopes: scopes, charts: charts, errors: &errors)
            case .each(let path, let at, let body):
                switch resolve(path, at: at, scopes: scopes) {
                case .failure(let e):
                    errors.append(e)
                    walk(body, scopes: scopes, charts: charts, errors: &errors)
                case .success(.list(let item)):
                    walk(body, scopes: scopes + [item], charts: charts, errors: &errors)
                case .success:
                    errors.append(
                        InputError(
                            id: "mall.inte-lista", location: at,
                            message: "'\(path.joined(separator: "."))' är ingen lista; {{#varje …}} går bara över listor. Använd {{#om …}} för att visa text när ett värde finns."))
                    walk(body, scopes: scopes, charts: charts, errors: &errors)
                }
            }
        }
    }

    /// The shape `path` names, looking the first part up from the innermost scope outwards.
    static func resolve(_ path: [String], at: SourceLocation, scopes: [ValueShape]) -> Result<ValueShape, InputError> {
        guard let first = path.first else {
            return .failure(InputError(id: "mall.okant-namn", location: at, message: "Tomt namn."))
        }
        guard var current = scopes.reversed().lazy.compactMap({ $0[first] }).first else {
            var visible = Set<String>()
            for scope in scopes { if case .record(let m) = scope { visible.formUnion(m.keys) } }
            return .failure(unknown(first, in: visible, at: at, prefix: ""))
        }
        var column = at.column + first.count
        for (index, part) in path.enumerated().dropFirst() {
            column += 1  // the dot
            guard case .record(let members) = current else {
                return .failure(
                    InputError(
                        id: "mall.okant-namn",
                        location: SourceLocation(file: at.file, line: at.line, column: column),
                        message: "'\(path[..<index].joined(separator: "."))' har inga delar; '\(part)' finns inte."))
            }
            guard let next = members[part] else {
                return .failure(
                    unknown(
                        part, in: Set(members.keys),
                        at: SourceLocation(file: at.file, line: at.line, column: column),
                        prefix: path[..<index].joined(separator: ".") + "."))
            }
            current = next
            column += part.count
        }
        return .success(current)
    }

    private static func unknown(_ name: String, in candidates: Set<String>, at: SourceLocation, prefix: String) -> InputError {
        var message = "Okänt namn '\(prefix)\(name)'."
        if let near = NearestName.suggestion(for: name, among: candidates.sorted()) {
            message += " Menade du '\(prefix)\(near)'?"
        }
        if !prefix.isEmpty {
            message += " Här finns: " + candidates.sorted().joined(separator: ", ") + "."
        } else {
            message += " Se namnen i Reports/README.md."
        }
        return InputError(id: "mall.okant-namn", location: at, message: message)
    }
}
