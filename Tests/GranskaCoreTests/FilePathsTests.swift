import Foundation
import GranskaCore
import Testing

/// ``FilePaths`` against what Foundation's `NSString` path helpers and `FileManager` give, which
/// they replace.
@Suite struct FilePathsTests {
    static let folders = ["prev", "prev/", "prev//", "/", "", ".", "a//b/", "/abs/x", "./x/../y", "~/x", "mapp med å"]
    static let names = ["k.json", "", "svar.csv", "ä.regler"]

    @Test(arguments: folders, names)
    func joinIsNSStringAppendingPathComponent(folder: String, name: String) {
        #expect(FilePaths.join(folder, name) == (folder as NSString).appendingPathComponent(name))
    }

    /// (A path of two or more slashes only is left out: Foundation on Linux gives "" for it, granska
    /// `/`; it names no file either way.)
    @Test(arguments: ["a/b/svar.csv", "svar.csv", "a/b/", "/", "", "a//b//", "x/SVAR.CSV", "a/b/.", "/svar.csv", "å/ö.csv"])
    func lastComponentIsNSStringLastPathComponent(path: String) {
        #expect(FilePaths.lastComponent(path) == (path as NSString).lastPathComponent)
    }

    @Test func isDirectoryFollowsLinksLikeFileManager() throws {
        let fm = FileManager.default
        let root = fm.temporaryDirectory.appendingPathComponent("granska-filepaths-\(UUID().uuidString)").path
        try fm.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { try? fm.removeItem(atPath: root) }
        let file = root + "/fil.csv"
        #expect(fm.createFile(atPath: file, contents: Data("a".utf8)))
        try fm.createSymbolicLink(atPath: root + "/till-mapp", withDestinationPath: root)
        try fm.createSymbolicLink(atPath: root + "/till-fil", withDestinationPath: file)
        try fm.createSymbolicLink(atPath: root + "/trasig", withDestinationPath: root + "/finns-inte")
        let cases: [(String, Bool?)] = [
            (root, true), (file, false), (root + "/till-mapp", true), (root + "/till-fil", false), (root + "/trasig", nil),
            (root + "/finns-inte", nil), ("", nil),
        ]
        for (path, expected) in cases {
            #expect(FilePaths.isDirectory(path) == expected, "\(path)")
            var isDirectory: ObjCBool = false
            let exists = fm.fileExists(atPath: path, isDirectory: &isDirectory)
            #expect((exists ? isDirectory.boolValue : nil) == expected, "\(path)")
        }
    }
}
