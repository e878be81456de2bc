import GranskaTestSupport
import Foundation
import GranskaCore
import Testing

@testable import GranskaParsing

@Suite struct TextEncodingTests {
    /// The byte-level validator agrees with the standard library's on random byte strings made of
    /// ASCII, lead and continuation bytes (including overlong forms, surrogates, and values above
    /// U+10FFFF), at every starting offset of the ASCII fast path.
    @Test func utf8ValidationAgreesWithTheStandardLibrary() {
        var rng = SeededGenerator(seed: 7)
        let interesting: [UInt8] = [
            0x41, 0x7F, 0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xC3, 0xDF, 0xE0, 0xA0, 0x9F, 0xED, 0xEF, 0xF0, 0x90, 0x8F,
            0xF4, 0xF5, 0xFF, 0xA5, 0xB6,
        ]
        var invalid = 0
        for _ in 0..<20_000 {
            let prefix = [UInt8](repeating: 0x61, count: Int.random(in: 0...17, using: &rng))
            let bytes = prefix + (0..<Int.random(in: 0...6, using: &rng)).map { _ in interesting.randomElement(using: &rng)! }
            let ours = bytes.withUnsafeBufferPointer { TextEncoding.firstInvalidUTF8($0, from: 0) }
            let stdlib = String(validating: bytes, as: UTF8.self)
            #expect((ours == nil) == (stdlib != nil), "\(bytes)")
            if ours != nil { invalid += 1 }
        }
        #expect(invalid > 1000)
    }

    /// Every defined Windows-1252 byte transcodes as Foundation's converter does.
    @Test func windows1252AgreesWithFoundation() throws {
        let defined = (0...255).map(UInt8.init).filter { !TextEncoding.isUndefinedInWindows1252($0) }
        let ours = try defined.withUnsafeBufferPointer { try TextEncoding.transcodeWindows1252($0).get() }
        let foundation = try #require(String(data: Data(defined), encoding: .windowsCP1252))
        #expect(String(decoding: ours, as: UTF8.self) == foundation)
        #expect(defined.count == 251)
    }
}

@Suite struct TimestampReaderTests {
    /// The fast path reads exactly what `Tidpunkt(iso:)` reads, on every kind of near miss.
    @Test func agreesWithTidpunktISO() {
        var rng = SeededGenerator(seed: 99)
        let base = Array("2024-02-29T23:59".utf8)
        let replacements: [UInt8] = Array("0123456789-T :x".utf8)
        var readable = 0
        for _ in 0..<20_000 {
            var bytes = base
            for _ in 0..<Int.random(in: 0...2, using: &rng) {
                bytes[Int.random(in: 0..<bytes.count, using: &rng)] = replacements.randomElement(using: &rng)!
            }
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(TimestampReader.read(text) == Tidpunkt(iso: text), "\(text)")
            if Tidpunkt(iso: text) != nil { readable += 1 }
        }
        #expect(readable > 1000)
        for text in ["2025-03-14", " 2025-03-14T16:05 ", "2025-03-14 16:05:59", "", "2025-02-29T10:00"] {
            #expect(TimestampReader.read(text) == Tidpunkt(iso: text), "\(text)")
        }
    }
}
