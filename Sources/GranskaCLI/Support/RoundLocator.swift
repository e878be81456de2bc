#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import GranskaCore

/// Finds the round folder a command works on: the `DIR` argument, or the embedded example round
/// `Examples/omgang-2024`, looked for from the working directory upwards and then from the
/// executable's folder upwards.
enum RoundLocator {
    /// The example round's path inside the repository.
    static let example = "Examples/omgang-2024"

    /// The folder to read, as a path the library can open (relative to the working directory when
    /// it lies inside it, so messages show short paths).
    ///
    /// - Throws: ``InputError`` `input.missing-directory` when `DIR` is not a folder, or
    ///   `input.no-example` when no `DIR` was given and the example cannot be found.
    static func locate(_ argument: String?, _ context: CommandContext) throws(InputError) -> String {
        let fm = FileManager.default
        if let argument {
            let url = context.resolve(argument)
            guard FilePaths.isDirectory(url.path) == true else {
                throw InputError(id: "input.missing-directory", file: argument, message: "mappen finns inte eller är ingen mapp")
            }
            return display(url, context)
        }
        var starts = [URL(fileURLWithPath: context.currentDirectory)]
        if let exe = context.executablePath {
            starts.append(URL(fileURLWithPath: exe).resolvingSymlinksInPath().deletingLastPathComponent())
        }
        for start in starts {
            var dir = start.standardizedFileURL
            for _ in 0..<64 {
                let candidate = dir.appendingPathComponent(example)
                if fm.fileExists(atPath: candidate.appendingPathComponent("omgang.csv").path) {
                    return display(candidate, context)
                }
                let parent = dir.deletingLastPathComponent()
                if parent.path == dir.path { break }
                dir = parent
            }
        }
        throw InputError(
            id: "input.no-example", file: example,
            message: "ingen mapp angavs och exempelomgången \(example) hittades inte (varken från arbetsmappen eller från programmets mapp); ange mappen med omgångens filer")
    }

    /// `url` relative to the working directory when inside it, else absolute.
    static func display(_ url: URL, _ context: CommandContext) -> String {
        let base = URL(fileURLWithPath: context.currentDirectory).standardizedFileURL.path
        let path = url.standardizedFileURL.path
        if path == base { return "." }
        let prefix = base.hasSuffix("/") ? base : base + "/"
        // Relative paths only work for the library when the process's directory is the context's.
        if path.hasPrefix(prefix), base == FileManager.default.currentDirectoryPath {
            return String(path.dropFirst(prefix.count))
        }
        return path
    }
}
