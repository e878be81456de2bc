import Foundation
import GranskaTestSupport
import Testing

/// Golden-file assertions for the declaration's outputs.
///
/// The files live in `Tests/GranskaReportsTests/Golden/`. With `GRANSKA_RECORD_GOLDEN=1` in the
/// environment every compared file is rewritten from the actual output and the test fails (so a
/// recording run is never mistaken for a passing one); run the tests again without it to check.
///
///     GRANSKA_RECORD_GOLDEN=1 swift test --filter GranskaReportsTests
enum GoldenFile {
    static var directory: URL { Fixtures.root.appendingPathComponent("Tests/GranskaReportsTests/Golden") }

    static var recording: Bool { ProcessInfo.processInfo.environment["GRANSKA_RECORD_GOLDEN"] == "1" }

    /// Compares `actual` with the golden file `name`: byte for byte, or for `.json` files as
    /// parsed JSON values. A difference fails with a line diff.
    static func check(_ actual: String, name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = directory.appendingPathComponent(name)
        if recording {
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: url)
                Issue.record("Spelade in \(name); kör testerna igen utan GRANSKA_RECORD_GOLDEN.", sourceLocation: sourceLocation)
            } catch {
                Issue.record("Kunde inte skriva \(url.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record(
                "Golden-filen \(name) saknas. Spela in den med GRANSKA_RECORD_GOLDEN=1 swift test --filter GranskaReportsTests.",
                sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        if name.hasSuffix(".json") {
            let a = try? JSONSerialization.jsonObject(with: Data(actual.utf8)) as? NSDictionary
            let e = try? JSONSerialization.jsonObject(with: data) as? NSDictionary
            if let a, let e, a == e { return }
            if a == nil {
                Issue.record("Utdata för \(name) är inte giltig JSON.", sourceLocation: sourceLocation)
                return
            }
        } else if actual == expected {
            return
        }
        let diff = LineDiff.diff(expected, actual)
        Issue.record("\(name) skiljer sig från golden-filen (- väntat, + fått):\n\(diff)", sourceLocation: sourceLocation)
    }
}

/// A line diff by longest common subsequence, showing changed lines with a little context.
enum LineDiff {
    static func diff(_ a: String, _ b: String, context: Int = 2, maxLines: Int = 80) -> String {
        let x = a.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let y = b.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // LCS table (files here are at most a few thousand lines).
        var table = [[Int]](repeating: [Int](repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in stride(from: x.count - 1, through: 0, by: -1) {
            for j in stride(from: y.count - 1, through: 0, by: -1) {
                table[i][j] = x[i] == y[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var ops: [(Character, Int, String)] = []  // (' '/'-'/'+', line in a or b, text)
        var i = 0
        var j = 0
        while i < x.count || j < y.count {
            if i < x.count, j < y.count, x[i] == y[j] {
                ops.append((" ", i + 1, x[i]))
                i += 1
                j += 1
            } else if j < y.count, i == x.count || table[i][j + 1] >= table[i + 1][j] {
                ops.append(("+", j + 1, y[j]))
                j += 1
            } else {
                ops.append(("-", i + 1, x[i]))
                i += 1
            }
        }
        var keep = [Bool](repeating: false, count: ops.count)
        for (k, op) in ops.enumerated() where op.0 != " " {
            for m in max(0, k - context)...min(ops.count - 1, k + context) { keep[m] = true }
        }
        var out: [String] = []
        var skipped = false
        for (k, op) in ops.enumerated() {
            guard keep[k] else {
                skipped = true
                continue
            }
            if skipped { out.append("…") }
            skipped = false
            out.append("\(op.0) \(op.1): \(op.2)")
            if out.count >= maxLines {
                out.append("… (fler skillnader)")
                break
            }
        }
        return out.joined(separator: "\n")
    }
}
