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
    public func serialized(pretty: Bool = true) -> String {
        var out = ""
        out.reserveCapacity(256)
        write(to: &out, pretty: pretty, indent: 0)
        return out
    }

    private func write(to out: inout String, pretty: Bool, indent: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .number(let n): out += n
        case .string(let s): JSONValue.writeString(s, to: &out)
        case .array(let items):
            if items.isEmpty {
                out += "[]"
                return
            }
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                if pretty { JSONValue.newline(&out, indent + 1) }
                item.write(to: &out, pretty: pretty, indent: indent + 1)
            }
            if pretty { JSONValue.newline(&out, indent) }
            out += "]"
        case .object(let members):
            if members.isEmpty {
                out += "{}"
                return
            }
            out += "{"
            for (i, key) in members.keys.sorted().enumerated() {
                if i > 0 { out += "," }
                if pretty { JSONValue.newline(&out, indent + 1) }
                JSONValue.writeString(key, to: &out)
                out += pretty ? ": " : ":"
                members[key]!.write(to: &out, pretty: pretty, indent: indent + 1)
            }
            if pretty { JSONValue.newline(&out, indent) }
            out += "}"
        }
    }

    private static func newline(_ out: inout String, _ indent: Int) {
        out += "\n"
        out += String(repeating: "  ", count: indent)
    }

    /// Writes `s` as a JSON string: `"` `\` and control characters escaped, everything else as is
    /// (UTF-8), so Swedish text stays readable.
    public static func writeString(_ s: String, to out: inout String) {
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

extension Fraction {
    /// `{"kvot": "n/d", "decimal": "0.634483"}`: the exact fraction and a decimal for reading.
    public func json(places: Int = 6) -> JSONValue {
        .object(["kvot": .string(description), "decimal": .string(decimal(places))])
    }
}
