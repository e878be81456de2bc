#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import GranskaCore

/// A template's text and where it came from.
public struct TemplateSource: Sendable, Hashable {
    /// The name without extension, e.g. `03-svar-och-bortfall`; it decides the order.
    public var name: String
    /// The path shown in messages: `Reports/03-svar-och-bortfall.mall` for the shipped ones.
    public var file: String
    public var text: String

    public init(name: String, file: String, text: String) {
        self.name = name
        self.file = file
        self.text = text
    }
}

/// The templates a declaration is written from, in order, parsed and checked once.
///
/// ``standard`` holds the templates shipped in `Reports/` (compiled into the library);
/// ``loading(overridesIn:)`` replaces any of them by a file of the same name in a user's folder.
public struct TemplateSet: Sendable {
    /// The file extension of a template.
    public static let fileExtension = "mall"

    /// The sources, in name order.
    public let sources: [TemplateSource]
    /// The parsed and checked templates, or every error in them.
    let compiled: Result<[Template], TemplateErrors>

    /// Parses and checks `sources` against ``DeclarationSchema/shape`` and the known charts.
    ///
    /// - Complexity: O(total template size).
    public init(sources: [TemplateSource]) {
        self.sources = sources.sorted { $0.name < $1.name }
        var templates: [Template] = []
        var errors: [InputError] = []
        for source in self.sources {
            switch TemplateParser.parse(source.text, name: source.name, file: source.file) {
            case .failure(let e): errors += e.errors
            case .success(let template):
                let problems = TemplateChecker.check(template, shape: DeclarationSchema.shape, charts: DeclarationChart.names)
                if problems.isEmpty { templates.append(template) } else { errors += problems }
            }
        }
        compiled = errors.isEmpty ? .success(templates) : .failure(TemplateErrors(errors.sorted(by: TemplateErrors.order)))
    }

    /// The shipped templates (from `Reports/`, embedded at build time).
    public static let standard = TemplateSet(sources: EmbeddedTemplates.sources)

    /// The names of the shipped templates, in order.
    public static var standardNames: [String] { EmbeddedTemplates.sources.map(\.name) }

    /// Every error in the templates; empty when they can be used.
    public var errors: [InputError] {
        if case .failure(let e) = compiled { return e.errors }
        return []
    }

    /// The shipped templates with each `NAME.mall` in `directory` taking the place of the
    /// shipped template of that name. Other files in the folder are ignored.
    ///
    /// - Throws: ``TemplateErrors``: a `.mall` file whose name is no shipped template's, an
    ///   unreadable or oversized file, or any error in the resulting templates.
    public static func loading(overridesIn directory: URL) throws(TemplateErrors) -> TemplateSet {
        let fm = FileManager.default
        let entries: [String]
        do {
            entries = try fm.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw TemplateErrors([
                InputError(id: "mall.mapp-saknas", file: directory.path, message: "Mallmappen går inte att läsa.")
            ])
        }
        var byName = Dictionary(uniqueKeysWithValues: EmbeddedTemplates.sources.map { ($0.name, $0) })
        var errors: [InputError] = []
        for entry in entries.sorted() where entry.hasSuffix("." + fileExtension) {
            let name = String(entry.dropLast(fileExtension.count + 1))
            let path = directory.appendingPathComponent(entry).path
            guard byName[name] != nil else {
                var message = "Okänd mall '\(entry)': den ersätter ingen av de inbyggda mallarna."
                if let near = NearestName.suggestion(for: name, among: standardNames) { message += " Menade du '\(near).\(fileExtension)'?" }
                message += " Kända: " + standardNames.map { "\($0).\(fileExtension)" }.joined(separator: ", ") + "."
                errors.append(InputError(id: "mall.okand-mall", file: path, message: message))
                continue
            }
            let size = FileSize.of(path) ?? 0
            guard size <= TemplateParser.maxBytes, let data = fm.contents(atPath: path) else {
                errors.append(
                    InputError(
                        id: size > TemplateParser.maxBytes ? "mall.for-stor" : "mall.olaslig", file: path,
                        message: size > TemplateParser.maxBytes
                            ? "Mallen är större än \(TemplateParser.maxBytes / 1024) KiB." : "Mallen går inte att läsa."))
                continue
            }
            switch UTF8Text.decode([UInt8](data), file: path, errorID: "mall.ogiltig-utf8") {
            case .failure(let e): errors.append(e)
            case .success(let text): byName[name] = TemplateSource(name: name, file: path, text: text)
            }
        }
        guard errors.isEmpty else { throw TemplateErrors(errors) }
        let set = TemplateSet(sources: Array(byName.values))
        if case .failure(let e) = set.compiled { throw e }
        return set
    }
}
