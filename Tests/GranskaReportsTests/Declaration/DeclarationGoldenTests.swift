import Foundation
import GranskaCore
import Testing

@testable import GranskaReports

/// Pins the declarations of the fixture inputs in every format.
@Suite("Kvalitetsdeklaration: golden-filer")
struct DeclarationGoldenTests {
    static let cases: [(String, DeclarationFormat)] = DeclarationFixtures.all.flatMap { fixture in
        DeclarationFormat.allCases.map { (fixture.name, $0) }
    }

    @Test("Deklarationen är oförändrad", arguments: cases)
    func golden(name: String, format: DeclarationFormat) throws {
        let input = try #require(DeclarationFixtures.all.first { $0.name == name }?.input)
        let document = try Kvalitetsdeklaration.build(input)
        GoldenFile.check(format.renderer.render(document), name: "\(name).\(format.fileExtension)")
    }

    @Test("Samma indata ger samma bytes")
    func reproducible() throws {
        for (_, input) in DeclarationFixtures.all {
            for format in DeclarationFormat.allCases {
                let a = format.renderer.render(try Kvalitetsdeklaration.build(input))
                let b = format.renderer.render(try Kvalitetsdeklaration.build(input))
                #expect(a == b)
            }
        }
    }
}
