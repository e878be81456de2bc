#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import GranskaCore

extension PreviousRoundSummary {
    /// Reads the summary from an earlier round's `kvalitetsdeklaration-<enkät>.json`, as
    /// ``JSONRenderer`` writes it.
    ///
    /// - Parameters:
    ///   - data: the file's bytes (at most 16 MiB).
    ///   - file: the path, for messages.
    /// - Throws: ``InputError`` naming the file and the missing or malformed field.
    public init(declarationJSON data: [UInt8], file: String) throws(InputError) {
        guard data.count <= 16 << 20 else {
            throw InputError(id: "tidigare.for-stor", file: file, message: "Filen är större än 16 MiB.")
        }
        guard let root = JSONTree.parse(Data(data)) else {
            throw InputError(id: "tidigare.ogiltig-json", file: file, message: "Filen är inte giltig JSON.")
        }
        guard root["format"]?.string == JSONRenderer.formatName else {
            throw InputError(
                id: "tidigare.fel-format", file: file,
                message: "Filen är ingen kvalitetsdeklaration från granska (fältet \"format\" saknas eller är fel).")
        }
        func field(_ path: String) -> JSONTree? {
            var current: JSONTree? = root
            for part in path.split(separator: ".") { current = current?[String(part)] }
            return current
        }
        func int(_ path: String) -> Int64? { field(path)?.integer }
        func required(_ path: String) throws(InputError) -> Int {
            guard let v = int(path), let small = Int(exactly: v), small >= 0 else {
                throw InputError(
                    id: "tidigare.saknat-falt", file: file,
                    message: "Fältet \"\(path)\" saknas eller är inget icke-negativt heltal.")
            }
            return small
        }
        func fraction(_ path: String) -> Fraction? {
            guard let kvot = field(path + ".kvot")?.string else { return nil }
            let parts = kvot.split(separator: "/")
            guard parts.count == 2, let n = Int64(parts[0]), let d = Int64(parts[1]) else { return nil }
            return Fraction(n, d)
        }
        let year = int("enkat.referensar").flatMap { Int(exactly: $0) }
        self.init(
            label: year.map { "omgång \($0)" } ?? "föregående omgång",
            referensar: year,
            registerPopulation: try required("population.register"),
            surveyPopulation: try required("population.undersokning"),
            answered: try required("svar.svarande"),
            unweighted: fraction("svarsfrekvens.ovagd"),
            byFordelat: fraction("svarsfrekvens.fordelat"),
            targetTotal: int("avstamning.t_summa"),
            reportedTotal: int("avstamning.s_summa"),
            insatser: int("rensning.insatser_lasta").flatMap { Int(exactly: $0) })
    }
}
