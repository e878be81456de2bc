/// A JSON value that serialises deterministically: object keys sorted, no insignificant white
/// space beyond what `pretty` adds, integers printed exactly (money is never a Double here).
///
/// Every machine-readable output of granska is built from this type, so the same input always
/// gives byte-identical output.
public indirect enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    /// An exact integer (kronor, counts).
    case int(Int64)
    /// A number already formatted as JSON (e.g. a decimal rendering of an exact fraction).
    case number(String)
    case string(String)
    case array([JSONValue])
    /// Keys are sorted when serialised.
    case object([String: JSONValue])

    /// `.string(s)` or `.null` when `s` is nil.
    public static func optional(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }
    /// `.int(i)` or `.null` when `i` is nil.
    public static func optional(_ i: Int?) -> JSONValue { i.map { .int(Int64($0)) } ?? .null }
    /// `.int(i)` or `.null` when `i` is nil.
    public static func optional(_ i: Int64?) -> JSONValue { i.map(JSONValue.int) ?? .null }

    /// The serialised text. `pretty` indents by two spaces and ends without a newline.
    ///
    /// - Complexity: O(size of the output), plus sorting each object's keys.
    public func serialized(pretty: Bool = true) -> String {
        String(decoding: serializedBytes(pretty: pretty), as: UTF8.self)
    }

    /// The serialised text as UTF-8 bytes, ready to be written to a file (no `String` in between).
    ///
    /// - Complexity: O(size of the output), plus sorting each object's keys.
    public func serializedBytes(pretty: Bool = true) -> [UInt8] {
        var writer = JSONWriter(pretty: pretty)
        writer.write(self)
        return writer.bytes
    }

    /// Appends the serialised value to `bytes` (for writers that build one buffer for a file).
    public func write(to bytes: inout [UInt8], pretty: Bool = true) {
        var writer = JSONWriter(pretty: pretty, bytes: bytes)
        bytes = []
        writer.write(self)
        bytes = writer.bytes
    }
}

extension Fraction {
    /// `{"kvot": "n/d", "decimal": "0.634483"}`: the exact fraction and a decimal for reading.
    public func json(places: Int = 6) -> JSONValue {
        .object(["kvot": .string(description), "decimal": .string(decimal(places))])
    }
}
