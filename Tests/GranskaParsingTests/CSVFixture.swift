import Foundation
import GranskaTestSupport

/// The CSV fixtures of this test target, in `Tests/Fixtures/csv/`.
enum CSVFixture {
    static func path(_ name: String) -> String { Fixtures.file("csv/\(name)").path }

    /// A fresh folder holding the given files (name → UTF-8 text).
    static func directory(_ files: [String: String]) throws -> String {
        let url = try Fixtures.temporaryDirectory("granska-parsing")
        for (name, text) in files {
            try Data(text.utf8).write(to: url.appendingPathComponent(name))
        }
        return url.path
    }
}
