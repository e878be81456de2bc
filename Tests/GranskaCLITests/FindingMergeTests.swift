import GranskaCore
import GranskaTestSupport
import Testing

@testable import GranskaCLI

/// Joining the stages' findings keeps the first of equal findings and the order, as a Set of seen
/// findings does (seeded random findings with repeats inside and across sources).
@Test func findingMergeKeepsTheFirstOfEqualFindingsInOrder() {
    var random = SeededGenerator(seed: 13)
    func pick<T>(_ values: [T]) -> T { values[Int(random.next() % UInt64(values.count))] }
    for _ in 0..<100 {
        let sources = (0..<3).map { _ in
            (0..<Int(random.next() % 40)).map { _ in
                Finding(
                    regel: pick(["std.a", "avst.b"]), feltyp: pick([nil, "sen"]), allvarlighet: pick([.info, .fel]),
                    enkat: pick(["K", nil]), respondent: pick(["01", "02"]), insatsNr: pick([nil, 1, 2]),
                    location: pick([nil, SourceLocation(file: "s.csv", line: 2), SourceLocation(file: "s.csv", line: 3)]),
                    meddelande: pick(["a", "b"]))
            }
        }
        var seen = Set<Finding>()
        let reference = sources.flatMap { $0 }.filter { seen.insert($0).inserted }
        #expect(FindingMerge.unique(sources) == reference)
    }
}
