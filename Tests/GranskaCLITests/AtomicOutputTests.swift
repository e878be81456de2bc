import Foundation
import GranskaCore
import GranskaTestSupport
import Testing

@testable import GranskaCLI

@Suite struct AtomicOutputTests {
    @Test func atomicFileWritesAndReplaces() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("a.txt")
        try AtomicFile.write(Data("ett".utf8), to: url)
        try AtomicFile.write(Data("två".utf8), to: url)
        #expect(try String(contentsOf: url, encoding: .utf8) == "två")
        #expect(listing(dir) == ["a.txt"])
    }

    @Test func atomicFileFailureLeavesTheOldFile() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("a.txt")
        try AtomicFile.write(Data("ett".utf8), to: url)
        #expect(throws: InputError.self) { try AtomicFile.write(Data("två".utf8), to: url, writer: FailingWriter(failOn: 1)) }
        #expect(try String(contentsOf: url, encoding: .utf8) == "ett")
        #expect(listing(dir) == ["a.txt"])
    }

    /// A failure at any file of the set leaves the folder exactly as before: no partial file,
    /// no temporary file, no half set.
    @Test(arguments: 1...4)
    func folderTransactionIsAllOrNothing(failOn: Int) throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("ut/nested")
        var folder = OutputFolder(directory: out)
        for name in ["a.csv", "b.json", "c.md", "d.html"] { folder.add(name, text: String(repeating: name, count: 1000)) }
        do {
            try folder.commit(writer: FailingWriter(failOn: failOn))
            Issue.record("commit did not fail")
        } catch {
            #expect(error.id == "output.unwritable")
        }
        #expect(listing(out).isEmpty)
        try folder.commit()
        #expect(listing(out) == ["a.csv", "b.json", "c.md", "d.html"])
    }

    @Test func outputThatIsAFileIsUnwritable() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("fil")
        try Data("x".utf8).write(to: file)
        var folder = OutputFolder(directory: file)
        folder.add("a.txt", text: "a")
        #expect(throws: InputError.self) { try folder.commit() }
        var nested = OutputFolder(directory: file.appendingPathComponent("under"))
        nested.add("a.txt", text: "a")
        do {
            try nested.commit()
            Issue.record("wrote under a file")
        } catch {
            #expect(error.message.contains("utmappen går inte att skapa"))
        }
        #expect(listing(dir) == ["fil"])
    }

    @Test(arguments: [("R-BU", "R-BU"), ("a/b", "a_b"), ("../x", "___x"), ("Å ä", "___"), ("ok_1", "ok_1")])
    func safeNames(id: String, name: String) {
        #expect(OutputFolder.safeName(id) == name)
    }
}
