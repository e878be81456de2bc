import Foundation
import GranskaTestSupport
import Testing

@testable import GranskaRules

/// `Rules/README.md` stays true: every example compiles, and every field, function and
/// diagnostic id is documented.
@Suite struct DocumentationTests {
    static let readme: String = (try? String(contentsOf: Fixtures.root.appendingPathComponent("Rules/README.md"), encoding: .utf8)) ?? ""

    /// The ```regler blocks of the README.
    static var examples: [String] {
        var blocks: [String] = []
        var current: [Substring]?
        for line in readme.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == nil && line == "```regler" {
                current = []
            } else if current != nil && line == "```" {
                blocks.append((current ?? []).joined(separator: "\n"))
                current = nil
            } else {
                current?.append(line)
            }
        }
        return blocks
    }

    @Test func everyExampleCompiles() {
        let examples = Self.examples
        #expect(examples.count >= 10)
        for (i, text) in examples.enumerated() {
            let c = RuleCompiler.compile(source: text, file: "README.md#\(i + 1)")
            #expect(!c.diagnostics.hasErrors, "\(c.renderedDiagnostics())")
            #expect(c.program?.rules.isEmpty == false)
        }
    }

    @Test func everyFieldFunctionAndIDIsDocumented() {
        for f in Field.allCases {
            #expect(Self.readme.contains("`\(f.name)`"), "field \(f.name)")
        }
        for f in Function.allCases {
            #expect(Self.readme.contains("`\(f.display)("), "function \(f.display)")
        }
        for a in Aggregate.allCases {
            #expect(Self.readme.contains("`\(a.display)("), "aggregate \(a.display)")
        }
        for id in RuleDiagnosticID.allCases {
            #expect(Self.readme.contains("`\(id.rawValue)`"), "diagnostic \(id.rawValue)")
        }
        for rule in RuleSet.standard.rules {
            #expect(Self.readme.contains("`\(rule.id)`"), "standard rule \(rule.id)")
        }
    }

    /// The constructs the README shows are all used by its examples.
    @Test func examplesCoverEveryConstruct() {
        let all = Self.examples.joined(separator: "\n")
        let constructs = [
            " om ", " när ", " åtgärd ", " beskrivning ", " feltyp ", " och ", " eller ", " inte ", " inte i [", " i [",
            " matchar ", " över ", "saknas(", "tom(", " kr", " tkr", " mkr", "2025-", "\"", "+", "-", "*", "(", "{",
            "{{", "sant", "REGEL", "galler", "nar ", "and not",
        ]
        for c in constructs {
            #expect(all.contains(c), "no example uses \(c)")
        }
    }
}
