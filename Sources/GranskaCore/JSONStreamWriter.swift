/// Writes JSON straight from values, member by member, in exactly the bytes
/// ``JSONValue/serializedBytes(pretty:)`` gives for the same document — for the large, regular
/// documents (a finding per row, an object per rate) where building a `JSONValue` tree of
/// dictionaries cost more than the rest of writing the file.
///
/// The caller writes each object's keys in sorted order (as `String` compares them), which is
/// the order the tree writer sorts them into; a test compares both writers' bytes for every
/// document written this way.
///
/// ```swift
/// var w = JSONStreamWriter()
/// w.beginObject()
/// w.key("namnare"); w.int(290)
/// w.key("taljare"); w.int(184)
/// w.endObject()
/// ```
public struct JSONStreamWriter {
    var writer: JSONWriter
    /// Per open object or array: how many members or elements are written so far.
    private var counts: [Int] = []

    /// A writer whose output starts at nesting depth `depth` (an element of a top-level array
    /// is at depth 2 in `{"key": [...]}`).
    public init(pretty: Bool = true, depth: Int = 0) {
        writer = JSONWriter(pretty: pretty)
        self.depth = depth
    }

    private let depth: Int
    private var indent: Int { depth + counts.count }

    /// The bytes written so far.
    public var bytes: [UInt8] {
        get { writer.bytes }
        set { writer.bytes = newValue }
    }

    /// Forgets the bytes written so far (keeping the buffer's capacity).
    public mutating func removeAllBytes() { writer.bytes.removeAll(keepingCapacity: true) }

    public mutating func beginObject() {
        writer.bytes.append(UInt8(ascii: "{"))
        counts.append(0)
    }

    /// The next member's key; keys of an object come in `String` order.
    public mutating func key(_ key: String) {
        let n = counts[counts.count - 1]
        if n > 0 { writer.bytes.append(UInt8(ascii: ",")) }
        counts[counts.count - 1] = n + 1
        writer.memberKey(key, indent: indent)
    }

    public mutating func endObject() { end(UInt8(ascii: "}")) }

    public mutating func beginArray() {
        writer.bytes.append(UInt8(ascii: "["))
        counts.append(0)
    }

    /// Starts the next element of the open array.
    public mutating func element() {
        let n = counts[counts.count - 1]
        if n > 0 { writer.bytes.append(UInt8(ascii: ",")) }
        counts[counts.count - 1] = n + 1
        if writer.pretty { writer.newline(indent) }
    }

    public mutating func endArray() { end(UInt8(ascii: "]")) }

    private mutating func end(_ close: UInt8) {
        let n = counts.removeLast()
        if n > 0 && writer.pretty { writer.newline(indent) }
        writer.bytes.append(close)
    }

    // MARK: - Values

    public mutating func int(_ i: Int64) { DecimalText.append(i, to: &writer.bytes) }
    public mutating func int(_ i: Int) { int(Int64(i)) }
    public mutating func int(_ i: Int?) { if let i { int(Int64(i)) } else { null() } }
    public mutating func string(_ s: String) { JSONWriter.appendString(s, to: &writer.bytes) }
    public mutating func string(_ s: String?) { if let s { string(s) } else { null() } }
    /// A number already formatted as JSON.
    public mutating func number(_ n: String) { writer.bytes.append(contentsOf: n.utf8) }
    public mutating func bool(_ b: Bool) { writer.bytes.append(contentsOf: (b ? "true" : "false").utf8) }
    public mutating func null() { writer.bytes.append(contentsOf: "null".utf8) }

    /// Any value, written as the tree writer writes it (at the current depth).
    public mutating func value(_ v: JSONValue) { writer.write(v, indent: indent) }
}

extension JSONValue {
    /// ``streamObject(_:arrayKey:elements:pretty:chunk:emit:)`` whose elements are written
    /// straight into the stream by `write` (called once per element, in order, at the array's
    /// depth) instead of being built as values.
    ///
    /// - Complexity: O(size of the output); memory O(`chunk` + one element).
    public static func streamObject(
        _ members: [String: JSONValue], arrayKey: String, count: Int, pretty: Bool = true, chunk: Int = 1 << 20,
        write: (inout JSONStreamWriter, Int) throws -> Void, emit: ([UInt8]) throws -> Void
    ) rethrows {
        var w = JSONStreamWriter(pretty: pretty)
        w.bytes.reserveCapacity(chunk + chunk / 4)
        var keys = members.keys.filter { $0 != arrayKey }
        keys.append(arrayKey)
        keys.sort()
        w.beginObject()
        for key in keys {
            w.key(key)
            if key != arrayKey, let value = members[key] {
                w.value(value)
                continue
            }
            w.beginArray()
            for i in 0..<count {
                w.element()
                try write(&w, i)
                if w.bytes.count >= chunk {
                    try emit(w.bytes)
                    w.removeAllBytes()
                }
            }
            w.endArray()
        }
        w.endObject()
        if !w.bytes.isEmpty { try emit(w.bytes) }
    }
}
