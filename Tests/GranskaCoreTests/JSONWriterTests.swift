import GranskaTestSupport
import Testing
@testable import GranskaCore

/// The byte writer against the obvious `String`-appending writer granska used before (kept here
/// as the reference): same bytes for hand-picked and seeded random values.
@Suite struct JSONWriterTests {
    @Test(arguments: [
        ("plain", JSONValue.string("Kunskapsbaserad och säker vård")),
        ("escapes", .string("a\"b\\c\nd\re\tf")),
        ("controls", .string("\u{0}\u{1}\u{1F}\u{7F}")),
        ("separators", .string("x\u{2028}y\u{2029}z\u{2027}")),
        ("emoji", .string("👩‍👩‍👧 å")),
        ("empty", .object([:])),
        ("empty array", .array([])),
        ("ints", .array([.int(0), .int(-1), .int(Int64.min), .int(Int64.max), .int(1_250_000)])),
        ("nested", .object(["b": .array([.null, .bool(true), .bool(false)]), "a": .object(["ö": .number("0.5")])])),
        ("key order", .object(["Z": .int(1), "a": .int(2), "å": .int(3), "ä": .int(4), "10": .int(5), "9": .int(6)])),
    ])
    func matchesTheStringWriter(_ name: String, _ value: JSONValue) {
        for pretty in [true, false] {
            #expect(value.serialized(pretty: pretty) == Reference.serialized(value, pretty: pretty), "\(name)")
        }
    }

    @Test func matchesTheStringWriterOnRandomValues() {
        var random = SeededGenerator(seed: 2024)
        for n in 0..<300 {
            let value = Self.randomValue(&random, depth: 0)
            for pretty in [true, false] {
                let expected = Reference.serialized(value, pretty: pretty)
                #expect(value.serialized(pretty: pretty) == expected, "case \(n)")
                #expect(value.serializedBytes(pretty: pretty) == Array(expected.utf8), "case \(n)")
            }
        }
    }

    @Test func appendsAfterExistingBytes() {
        var bytes = Array("x=".utf8)
        JSONValue.object(["a": .int(1)]).write(to: &bytes, pretty: false)
        #expect(String(decoding: bytes, as: UTF8.self) == "x={\"a\":1}")
    }

    @Test func streamingAnObjectEqualsSerialisingItWhole() {
        var random = SeededGenerator(seed: 11)
        for n in 0..<200 {
            var members: [String: JSONValue] = [:]
            for _ in 0..<Int(random.next() % 4) { members[Self.randomString(&random)] = Self.randomValue(&random, depth: 1) }
            let key = ["findings", "a", "zz", "", "version"][Int(random.next() % 5)]
            let elements = (0..<Int(random.next() % 5)).map { _ in Self.randomValue(&random, depth: 1) }
            var whole = members
            whole[key] = .array(elements)
            for pretty in [true, false] {
                for chunk in [1, 7, 1 << 20] {
                    var streamed: [UInt8] = []
                    var pieces = 0
                    JSONValue.streamObject(members, arrayKey: key, elements: elements, pretty: pretty, chunk: chunk) {
                        streamed += $0
                        pieces += 1
                    }
                    #expect(streamed == JSONValue.object(whole).serializedBytes(pretty: pretty), "case \(n)")
                    if chunk == 1 { #expect(pieces >= elements.count) }
                }
            }
        }
    }

    static let alphabet: [Character] = ["a", "Z", "å", "Ö", " ", "\"", "\\", "\n", "\r", "\t", "\u{1}", "\u{2028}", "\u{2029}", "€", "🙂", "0", ";"]

    static func randomString(_ r: inout SeededGenerator) -> String {
        String((0..<Int(r.next() % 12)).map { _ in alphabet[Int(r.next() % UInt64(alphabet.count))] })
    }

    static func randomValue(_ r: inout SeededGenerator, depth: Int) -> JSONValue {
        switch r.next() % (depth > 3 ? 5 : 7) {
        case 0: return .null
        case 1: return .bool(r.next() % 2 == 0)
        case 2: return .int(Int64(bitPattern: r.next()) >> Int64(r.next() % 64))
        case 3: return .number("\(r.next() % 1000).\(r.next() % 100)")
        case 4: return .string(randomString(&r))
        case 5: return .array((0..<Int(r.next() % 4)).map { _ in randomValue(&r, depth: depth + 1) })
        default:
            var members: [String: JSONValue] = [:]
            for _ in 0..<Int(r.next() % 5) { members[randomString(&r)] = randomValue(&r, depth: depth + 1) }
            return .object(members)
        }
    }

    /// The writer granska used before the byte writer, verbatim in behaviour.
    enum Reference {
        static func serialized(_ v: JSONValue, pretty: Bool) -> String {
            var out = ""
            write(v, to: &out, pretty: pretty, indent: 0)
            return out
        }

        static func write(_ v: JSONValue, to out: inout String, pretty: Bool, indent: Int) {
            switch v {
            case .null: out += "null"
            case .bool(let b): out += b ? "true" : "false"
            case .int(let i): out += String(i)
            case .number(let n): out += n
            case .string(let s): writeString(s, to: &out)
            case .array(let items):
                if items.isEmpty {
                    out += "[]"
                    return
                }
                out += "["
                for (i, item) in items.enumerated() {
                    if i > 0 { out += "," }
                    if pretty { newline(&out, indent + 1) }
                    write(item, to: &out, pretty: pretty, indent: indent + 1)
                }
                if pretty { newline(&out, indent) }
                out += "]"
            case .object(let members):
                if members.isEmpty {
                    out += "{}"
                    return
                }
                out += "{"
                for (i, key) in members.keys.sorted().enumerated() {
                    if i > 0 { out += "," }
                    if pretty { newline(&out, indent + 1) }
                    writeString(key, to: &out)
                    out += pretty ? ": " : ":"
                    write(members[key]!, to: &out, pretty: pretty, indent: indent + 1)
                }
                if pretty { newline(&out, indent) }
                out += "}"
            }
        }

        static func newline(_ out: inout String, _ indent: Int) {
            out += "\n"
            out += String(repeating: "  ", count: indent)
        }

        static func writeString(_ s: String, to out: inout String) {
            out += "\""
            for scalar in s.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default: out.unicodeScalars.append(scalar)
                }
            }
            out += "\""
        }
    }
}
