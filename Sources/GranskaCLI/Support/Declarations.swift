#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import GranskaCore
import GranskaMetrics
import GranskaReports

/// The kvalitetsdeklarationer of a round, as files: `kvalitetsdeklaration-<enkät>.md`, `.html`
/// and `.json` per enkät, from the analysis, the round's `deklaration.txt` and, when given, an
/// earlier round's declarations.
enum Declarations {
    /// The files to write, in enkät order and md, html, json within an enkät.
    ///
    /// - Parameters:
    ///   - previous: a folder with an earlier round's `kvalitetsdeklaration-<enkät>.json` files; an
    ///     enkät without one gets no comparison.
    ///   - generatedAt: the date to print (`--date` or `SOURCE_DATE_EPOCH`), or `nil` for none.
    /// - Throws: ``InputErrors`` for a malformed `deklaration.txt`, an unreadable earlier
    ///   declaration or a template error; ``InputError`` when `previous` is not a folder.
    static func files(
        _ analysis: Pipeline.Analysis, previous: String?, generatedAt: String?,
        _ context: CommandContext
    ) throws -> [(name: String, text: String)] {
        let omgang = analysis.omgang
        let ids = Set(omgang.enkater.map(\.id))
        let metadata = DeclarationMetadata.load(directory: context.resolve(omgang.directory), knownEnkater: ids)
        if !metadata.errors.isEmpty { throw InputErrors(errors: metadata.errors) }
        let earlier = try previousSummaries(previous, enkater: omgang.enkater.map(\.id), context)
        let inputs = DeclarationInput.make(
            omgang: omgang, outcome: analysis.outcome, reconciliation: analysis.reconciliation, rates: analysis.rates,
            metadata: metadata.metadata, previous: earlier, generatedAt: generatedAt)
        var files: [(name: String, text: String)] = []
        for input in inputs {
            let document: DeclarationDocument
            do {
                document = try Kvalitetsdeklaration.build(input)
            } catch {
                throw InputErrors(errors: error.errors)
            }
            for format in [DeclarationFormat.markdown, .html, .json] {
                files.append((Kvalitetsdeklaration.fileName(enkat: input.enkat.id, format: format), format.renderer.render(document)))
            }
        }
        return files
    }

    /// The earlier round's summaries by enkät id.
    static func previousSummaries(_ folder: String?, enkater: [String], _ context: CommandContext) throws -> [String: PreviousRoundSummary] {
        guard let folder else { return [:] }
        let dir = context.resolve(folder)
        guard FilePaths.isDirectory(dir.path) == true else {
            throw InputError(id: "input.missing-directory", file: folder, message: "mappen med tidigare deklarationer finns inte")
        }
        var out: [String: PreviousRoundSummary] = [:]
        var errors: [InputError] = []
        for id in enkater {
            let name = Kvalitetsdeklaration.fileName(enkat: id, format: .json)
            let url = dir.appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: url.path) else { continue }
            do {
                out[id] = try PreviousRoundSummary(declarationJSON: [UInt8](data), file: FilePaths.join(folder, name))
            } catch {
                errors.append(error)
            }
        }
        if !errors.isEmpty { throw InputErrors(errors: errors) }
        return out
    }

    /// `YYYY-MM-DD` from `--date`, else from `SOURCE_DATE_EPOCH` (seconds since 1970-01-01 UTC),
    /// else `nil`: no date is printed, so the output is the same on every run.
    static func generatedAt(_ date: Datum?, _ context: CommandContext) -> String? {
        if let date { return date.description }
        guard let text = context.environment["SOURCE_DATE_EPOCH"], let seconds = Int64(text), seconds >= 0,
            seconds < 253_402_300_800
        else { return nil }
        return Datum(dayNumber: Int(seconds / 86_400)).description
    }
}
