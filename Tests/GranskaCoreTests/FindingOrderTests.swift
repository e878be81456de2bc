import GranskaTestSupport
import Testing

@testable import GranskaCore

/// `sortedStable()` against sorting by the documented key tuple: the same order, duplicates and
/// missing values included.
@Suite struct FindingOrderTests {
    @Test func ordersAsTheKeyTupleThenTheMessage() {
        var random = SeededGenerator(seed: 5)
        func pick<T>(_ values: [T]) -> T { values[Int(random.next() % UInt64(values.count))] }
        for _ in 0..<50 {
            let findings = (0..<Int(random.next() % 600)).map { _ in
                Finding(
                    regel: pick(["std.a", "std.b", "avst.c"]), feltyp: nil, allvarlighet: pick([.info, .fel]),
                    enkat: pick([nil, "K-KUN", "R-BU", "Ä", "A\u{308}"]), respondent: pick([nil, "01", "0114", ""]),
                    insatsNr: pick([nil, -1, 0, 3]),
                    location: pick([nil, SourceLocation(file: "svar.csv", line: 2), SourceLocation(file: "a.csv", line: 9)]),
                    meddelande: pick(["b", "a", "ö"]))
            }
            let reference = findings.sorted { a, b in
                let ka = Finding.sortKey(a)
                let kb = Finding.sortKey(b)
                if ka != kb { return ka < kb }
                return a.meddelande < b.meddelande
            }
            #expect(findings.sortedStable() == reference)
        }
    }
}
