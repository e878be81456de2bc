import FuzzDriver
import GranskaCore
import GranskaReports

/// libFuzzer entry for the kvalitetsdeklaration's two user-written inputs. The first byte
/// chooses: even → the rest is a `deklaration.txt` (any bytes); odd → the rest is a template
/// (`.mall`, UTF-8) that takes the place of the first shipped template and is parsed and checked
/// with all the others. Neither may trap; every error names its file, with 1-based positions;
/// the reader's limits hold.
func fuzzMetadata(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    guard let mode = input.first else { return 0 }
    let rest = Array(input.dropFirst())
    if mode % 2 == 0 {
        let file = "runda/deklaration.txt"
        let result = MetadataReader.parse(rest, file: file, knownEnkater: ["K-KUN", "R-BU"])
        for error in result.errors { check(error, file: file) }
        let metadata = result.metadata
        precondition(metadata.perEnkat.count <= MetadataReader.maxSections, "more sections than the limit")
        for value in metadata.common.values { precondition(value.count <= MetadataReader.maxValueLength) }
        for section in metadata.perEnkat.values {
            for value in section.values { precondition(value.count <= MetadataReader.maxValueLength) }
        }
        _ = metadata.values(for: "K-KUN")
    } else {
        guard let text = String(validating: rest, as: UTF8.self) else { return 0 }
        var sources = TemplateSet.standard.sources
        guard !sources.isEmpty else { return 0 }
        let file = "mallar/\(sources[0].name).mall"
        sources[0] = TemplateSource(name: sources[0].name, file: file, text: text)
        let set = TemplateSet(sources: sources)
        for error in set.errors {
            check(error, file: nil)
            // The shipped templates are fine, so every error is the fuzzed one's.
            precondition(error.file == file, "an error in a shipped template or without a file: \(error)")
        }
    }
    return 0
}

/// An error the user reads: id, message and, where there is a position, a 1-based one in `file`.
func check(_ error: InputError, file: String?) {
    precondition(!error.id.isEmpty && !error.message.isEmpty)
    if let file { precondition(error.file == file, "the error names another file") }
    if let at = error.location { precondition(at.line >= 1 && at.column >= 1, "positions are 1-based") }
}

@_cdecl("FuzzMetadata_main")
func fuzzMetadataMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { fuzzMetadata($0, $1) }
}
