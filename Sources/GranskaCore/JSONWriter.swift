/// Serialises a ``JSONValue`` straight into UTF-8 bytes.
///
/// The output is byte for byte what granska has always written: object keys sorted (by `String`
/// order), `pretty` indenting by two spaces with `": "` after a key, strings escaped as
/// ``appendString(_:to:)`` documents. Writing bytes instead of appending to a `String`
/// avoids a `String` growth check and a Unicode scalar decode per character: the profile of
/// `granska run` on a 14 710-insats round showed a third of all instructions in the old
/// `String`-based writer.
struct JSONWriter {
    var bytes: [UInt8] = []
    let pretty: Bool

    /// - Parameter bytes: what is already written; the value is appended after it.
    init(pretty: Bool, bytes: [UInt8] = []) {
        self.pretty = pretty
        self.bytes = bytes
        self.bytes.reserveCapacity(bytes.count + 256)
    }

    /// - Complexity: O(size of the output), plus sorting each object's keys.
    mutating func write(_ value: JSONValue, indent: Int = 0) {
        switch value {
        case .null: append("null")
        case .bool(let b): append(b ? "true" : "false")
        case .int(let i): DecimalText.append(i, to: &bytes)
        case .number(let n): append(n)
        case .string(let s): JSONWriter.appendString(s, to: &bytes)
        case .array(let items):
            if items.isEmpty {
                append("[]")
                return
            }
            bytes.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { bytes.append(UInt8(ascii: ",")) }
                if pretty { newline(indent + 1) }
                write(item, indent: indent + 1)
            }
            if pretty { newline(indent) }
            bytes.append(UInt8(ascii: "]"))
        case .object(let members):
            if members.isEmpty {
                append("{}")
                return
            }
            bytes.append(UInt8(ascii: "{"))
            for (i, member) in members.sorted(by: { $0.key < $1.key }).enumerated() {
                if i > 0 { bytes.append(UInt8(ascii: ",")) }
                memberKey(member.key, indent: indent + 1)
                write(member.value, indent: indent + 1)
            }
            if pretty { newline(indent) }
            bytes.append(UInt8(ascii: "}"))
        }
    }

    /// The start of an object member at `indent`: the line break and indent when pretty, the
    /// key and its colon.
    mutating func memberKey(_ key: String, indent: Int) {
        if pretty { newline(indent) }
        JSONWriter.appendString(key, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        if pretty { bytes.append(UInt8(ascii: " ")) }
    }

    mutating func newline(_ indent: Int) {
        bytes.append(0x0A)
        for _ in 0..<(2 * indent) { bytes.append(0x20) }
    }

    private mutating func append(_ s: String) {
        bytes.append(contentsOf: s.utf8)
    }

    /// Appends `s` as a JSON string: `"` and `\` escaped, `\n` `\r` `\t` as such, other control
    /// characters and U+2028/U+2029 (line separators JavaScript rejects in strings) as `\uXXXX`,
    /// everything else as its UTF-8 bytes. Runs of plain bytes are copied in one go.
    ///
    /// - Complexity: O(length of `s` in UTF-8 bytes).
    static func appendString(_ s: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var copy = s
        copy.withUTF8 { b in
            let n = b.count
            var runStart = 0
            var i = 0
            while i < n {
                let c = b[i]
                let escape: Bool
                if c < 0x20 || c == 0x22 || c == 0x5C {
                    escape = true
                } else if c == 0xE2 && i + 2 < n && b[i + 1] == 0x80 && (b[i + 2] == 0xA8 || b[i + 2] == 0xA9) {
                    escape = true
                } else {
                    escape = false
                }
                if !escape {
                    i += 1
                    continue
                }
                if i > runStart { out.append(contentsOf: UnsafeBufferPointer(rebasing: b[runStart..<i])) }
                switch c {
                case 0x22: appendASCII("\\\"", to: &out)
                case 0x5C: appendASCII("\\\\", to: &out)
                case 0x0A: appendASCII("\\n", to: &out)
                case 0x0D: appendASCII("\\r", to: &out)
                case 0x09: appendASCII("\\t", to: &out)
                case 0xE2:
                    appendASCII(b[i + 2] == 0xA8 ? "\\u2028" : "\\u2029", to: &out)
                    i += 2
                default:
                    appendASCII("\\u00", to: &out)
                    out.append(hexDigit(c >> 4))
                    out.append(hexDigit(c & 0x0F))
                }
                i += 1
                runStart = i
            }
            if n > runStart { out.append(contentsOf: UnsafeBufferPointer(rebasing: b[runStart..<n])) }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// The lower-case hexadecimal digit of a value 0…15.
    private static func hexDigit(_ v: UInt8) -> UInt8 { v < 10 ? 0x30 + v : 0x61 + v - 10 }

    @inline(__always)
    private static func appendASCII(_ s: StaticString, to out: inout [UInt8]) {
        s.withUTF8Buffer { out.append(contentsOf: $0) }
    }
}

extension JSONValue {
    /// Serialises the object `members` plus the member `arrayKey` holding `elements`, exactly as
    /// ``serializedBytes(pretty:)`` would, without holding the array: the elements are made and
    /// written one at a time, and the bytes are handed to `emit` in pieces of about `chunk` bytes.
    ///
    /// For documents such as `{"findings": [...], "version": 1}` whose array has one element per
    /// finding: a million findings never exist as one `JSONValue` tree or one buffer.
    ///
    /// - Parameters:
    ///   - members: the other members (a member named `arrayKey` among them is ignored).
    ///   - elements: the array's elements, made on demand.
    ///   - emit: receives the bytes in order; their concatenation is the document.
    /// - Complexity: O(size of the output); memory O(`chunk` + one element).
    public static func streamObject<Elements: Sequence<JSONValue>>(
        _ members: [String: JSONValue], arrayKey: String, elements: Elements, pretty: Bool = true,
        chunk: Int = 1 << 20, emit: ([UInt8]) throws -> Void
    ) rethrows {
        var writer = JSONWriter(pretty: pretty)
        writer.bytes.reserveCapacity(chunk + chunk / 4)
        func flush(_ force: Bool) throws {
            if force || writer.bytes.count >= chunk {
                if !writer.bytes.isEmpty { try emit(writer.bytes) }
                writer.bytes.removeAll(keepingCapacity: true)
            }
        }
        var keys = members.keys.filter { $0 != arrayKey }
        keys.append(arrayKey)
        keys.sort()
        writer.bytes.append(UInt8(ascii: "{"))
        for (i, key) in keys.enumerated() {
            if i > 0 { writer.bytes.append(UInt8(ascii: ",")) }
            writer.memberKey(key, indent: 1)
            if key != arrayKey, let value = members[key] {
                writer.write(value, indent: 1)
                continue
            }
            var empty = true
            for element in elements {
                writer.bytes.append(UInt8(ascii: empty ? "[" : ","))
                empty = false
                if pretty { writer.newline(2) }
                writer.write(element, indent: 2)
                try flush(false)
            }
            if empty {
                writer.bytes.append(contentsOf: "[]".utf8)
            } else {
                if pretty { writer.newline(1) }
                writer.bytes.append(UInt8(ascii: "]"))
            }
        }
        if pretty { writer.newline(0) }
        writer.bytes.append(UInt8(ascii: "}"))
        try flush(true)
    }
}
